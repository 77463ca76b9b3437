/**
 * The search island. Answers what was typed through src/lib/search-engine.ts (sentences, typing
 * mistakes, most-words fallback) twice: first from the quick index (src/lib/search-quick.ts), the
 * pages whose title, other names, headings or summary have the words, as soon as the page runs;
 * then from Pagefind, which adds, below them, the pages that have the words only in their text.
 * Results already shown never move. A status line says what was searched, for screen reader users
 * too; the list is `aria-busy` until Pagefind has answered. For the benchmark it marks
 * `cst-search-script` when it starts and `cst-search-results` when the first results show.
 */
import { searchOptions } from './search-options.ts';
import { answerQuery, type Answer, type AnsweredResult, type Hit, type SearchIndex } from '../lib/search-engine.ts';
import { currentFirst, readPowerStatus } from '../lib/search-ranking.ts';
import {
  excerptBetween,
  markWords,
  otherNamesHeadingId,
  otherNamesStart,
  wordIndexOf,
  type ExcerptPart,
  type Located,
} from '../lib/search-excerpt.ts';
import { resultTags, type ResultMeta } from '../lib/search-tags.ts';
import { quickSearchIndex, sitePageUrl, type QuickHit, type QuickIndex } from '../lib/search-quick.ts';

interface PageData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  anchors: { id: string; location: number }[];
  weighted_locations: Located[];
}
interface PagefindHit {
  id: string;
  score: number;
  data: () => Promise<PageData>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  search: (q: string, o?: { filters?: Record<string, string> }) => Promise<{ results: PagefindHit[] } | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

/**
 * How many of the quick index's results are shown: the rest of the list is Pagefind's, which also
 * reads the pages' text. How many of Pagefind's new results are ordered with their page details
 * (current powers before repealed ones). How many results are shown at most.
 */
const QUICK_SHOWN = 10;
const RANKED = 8;
const SHOWN = 20;

/** A result as the list shows it, from either index. */
interface Shown {
  id: string;
  url: string;
  title: string;
  type: string;
  meta: ResultMeta;
  snippet: ExcerptPart[];
}

const form = document.querySelector<HTMLFormElement>('#search-form');
const input = document.querySelector<HTMLInputElement>('#search-input');
const typeSelect = document.querySelector<HTMLSelectElement>('#search-type');
const status = document.querySelector<HTMLElement>('#search-status');
const list = document.querySelector<HTMLOListElement>('#search-results');

if (form && input && typeSelect && status && list) {
  performance.mark('cst-search-script');
  // Where the site is published ("/" or "/community-safety/"): the folder above Pagefind's own.
  const basePath = new URL('..', new URL(form.dataset.pagefind!, location.href)).pathname;
  const quickIndex: Promise<QuickIndex | undefined> = fetch(form.dataset.quickIndex!)
    .then((r) => {
      if (!r.ok) throw new Error(`search quick index: ${r.status}`);
      return r.json() as Promise<QuickIndex>;
    })
    .catch((error: unknown) => {
      console.warn(error);
      return undefined;
    });
  const quickByType = new Map<string, ReturnType<typeof quickSearchIndex>>();
  const quickFor = (index: QuickIndex) => {
    const type = typeSelect.value;
    if (!quickByType.has(type)) quickByType.set(type, quickSearchIndex(index, type || undefined));
    return quickByType.get(type)!;
  };

  // Pagefind loads once the first answer is on the page, so the two do not share its first moments.
  // A load that failed is tried again by the next search (a script that did not arrive needs a reload).
  let pagefindLoad: Promise<Pagefind> | undefined;
  const pagefind = () =>
    (pagefindLoad ??= (async () => {
      const pf = (await import(/* @vite-ignore */ form.dataset.pagefind!)) as Pagefind;
      // On the main thread, Pagefind's fetches use what the home page prefetched (see
      // src/node/search-index.ts); a worker would fetch its own script first, then every file again.
      // Pagefind splits every query with an Intl.Segmenter; the first one a page makes costs tens
      // of milliseconds. Made here, it costs nothing: options() waits for Pagefind's WebAssembly.
      setTimeout(() => new Intl.Segmenter(document.documentElement.lang || undefined, { granularity: 'grapheme' }));
      await pf.options({ ...searchOptions, noWorker: true });
      return pf;
    })().catch((error: unknown) => {
      pagefindLoad = undefined;
      throw error;
    }));
  const vocabulary = quickIndex.then((q) => q?.vocabulary ?? {});
  let latest = 0;

  const indexFor = (pf: Pagefind): SearchIndex<PagefindHit> => {
    const filters = typeSelect.value ? { filters: { type: typeSelect.value } } : {};
    return {
      search: async (words) => (await pf.search(words, filters))?.results ?? [],
      has: async (word) => ((await pf.search(`"${word}"`))?.results.length ?? 0) > 0,
      vocabulary: () => vocabulary,
    };
  };

  const run = async () => {
    const query = input.value.trim();
    const ticket = ++latest;
    const url = new URL(location.href);
    url.searchParams.set('q', query);
    if (typeSelect.value) url.searchParams.set('type', typeSelect.value);
    else url.searchParams.delete('type');
    history.replaceState(null, '', url);
    if (!query) {
      list.replaceChildren();
      list.setAttribute('aria-busy', 'false');
      status.textContent = '';
      return;
    }
    list.setAttribute('aria-busy', 'true');
    const shown = new Set<string>();
    const quick = await quickIndex;
    if (ticket !== latest) return;
    if (quick) {
      const first = await answerQuery(query, quickFor(quick));
      if (ticket !== latest) return;
      if (first.results.length > 0) {
        const ordered = currentFirst(first.results.slice(0, QUICK_SHOWN), (r) =>
          standing(sitePageUrl(basePath, r.hits[0]!.page.url), r.matched.length, r.hits, r.hits[0]!.page.meta),
        );
        const item = (r: (typeof ordered)[number]) => renderResult(fromQuick(r.hits[0]!, first.words));
        list.replaceChildren(...ordered.slice(0, 5).map(item));
        for (const r of ordered) shown.add(r.id);
        status.textContent = `${statusLine(query, first, first.results.length, QUICK_SHOWN)} Looking in the full text of every page for more.`;
        performance.mark('cst-search-results');
        list.append(...ordered.slice(5).map(item));
      }
    }
    if (shown.size === 0) {
      list.replaceChildren();
      status.textContent = `Searching the full text of every page for "${query}".`;
    }

    let pf: Pagefind;
    try {
      pf = await pagefind();
    } catch (error) {
      console.warn(error);
      if (ticket !== latest) return;
      if (shown.size === 0) list.replaceChildren();
      status.textContent = `${shown.size > 0 ? statusLine(query, undefined, shown.size) : `No results for "${query}".`} The full text of the pages could not be searched: reload the page to try again, or browse the lists below.`;
      list.setAttribute('aria-busy', 'false');
      return;
    }
    const answer = await answerQuery(query, indexFor(pf));
    if (ticket !== latest) return;
    const fresh = answer.results.filter((r) => !shown.has(r.id));
    const total = shown.size + fresh.length;
    // The best new results are ordered with their details (current powers first), then shown; the
    // rest follow in the index's order.
    const room = Math.max(0, SHOWN - shown.size);
    const top = await Promise.all(fresh.slice(0, Math.min(RANKED, room)).map(withDetails));
    if (ticket !== latest) return;
    const ordered = currentFirst(top, (r) =>
      standing(
        r.page.url,
        r.result.matched.length,
        r.result.hits,
        r.page.meta as ResultMeta & { replaced_by?: string },
      ),
    );
    const items = ordered.map((r) => renderResult(fromPagefind(r, answer.words)));
    if (shown.size === 0) {
      list.replaceChildren(...items.slice(0, 5));
      status.textContent = statusLine(query, answer, total);
      performance.mark('cst-search-results');
      list.append(...items.slice(5));
    } else {
      list.append(...items);
      status.textContent = statusLine(query, answer, total);
    }
    const rest = await Promise.all(fresh.slice(RANKED, room).map(withDetails));
    if (ticket !== latest) return;
    list.append(...rest.map((r) => renderResult(fromPagefind(r, answer.words))));
    list.setAttribute('aria-busy', 'false');
  };

  const standing = (
    pageUrl: string,
    matched: number,
    hits: readonly { score: number }[],
    meta: ResultMeta & { replaced_by?: string },
  ) => ({
    url: new URL(pageUrl, location.href).pathname,
    matched,
    score: hits.reduce((sum, h) => sum + h.score, 0),
    status: readPowerStatus(meta.power_status),
    replacedBy: meta.replaced_by?.split(' ') ?? [],
  });

  const withDetails = async (result: AnsweredResult<PagefindHit>) => {
    const pages = await Promise.all(result.hits.map((h) => h.data()));
    return { result, page: pages[0]!, locations: pages.flatMap((p) => p.weighted_locations) };
  };

  const fromQuick = (hit: QuickHit, words: string[]): Shown => ({
    id: hit.id,
    url: sitePageUrl(basePath, hit.page.url),
    title: hit.page.title,
    type: hit.page.type,
    meta: hit.page.meta,
    snippet: markWords(hit.page.summary ?? hit.page.title, words),
  });

  const fromPagefind = (r: Awaited<ReturnType<typeof withDetails>>, words: string[]): Shown => {
    const { page } = r;
    const start = wordIndexOf(page.content, page.meta.summary);
    const stop = otherNamesStart(page.anchors, page.content, otherNamesHeadingId);
    return {
      id: r.result.id,
      url: page.url,
      title: page.meta.title ?? page.url,
      type: page.filters.type?.[0] ?? 'Page',
      meta: page.meta,
      snippet:
        excerptBetween(page.content, r.locations, start, stop, searchOptions.excerptLength) ??
        markWords(page.meta.summary ?? page.meta.title ?? '', words),
    };
  };

  const statusLine = <H extends Hit>(
    query: string,
    answer: Answer<H> | undefined,
    n: number,
    shownAtMost = SHOWN,
  ): string => {
    const parts: string[] = [];
    if (answer && answer.corrections.length > 0)
      parts.push(
        `Showing results for ${answer.words.join(' ')} (you typed ${answer.corrections.map((c) => c.typed).join(', ')}).`,
      );
    if (answer && answer.notFound.length > 0)
      parts.push(`No page has the word${answer.notFound.length === 1 ? '' : 's'} ${answer.notFound.join(', ')}.`);
    if (n === 0) return [...parts, `No results for "${query}". Try other words, or browse the lists below.`].join(' ');
    if (answer && !answer.allWords) parts.push('No page has all these words; showing pages with most of them.');
    parts.push(
      `${n} result${n === 1 ? '' : 's'} for "${query}"${n > shownAtMost ? `, best ${shownAtMost} shown` : ''}.`,
    );
    return parts.join(' ');
  };

  const renderResult = (r: Shown) => {
    const li = document.createElement('li');
    const caption = document.createElement('p');
    caption.className = 'caption';
    caption.append(r.type);
    for (const { text, kind } of resultTags(r.meta)) {
      const tag = document.createElement('span');
      tag.className = `tag tag--${kind}`;
      tag.textContent = text;
      caption.append(' ', tag);
    }
    const a = document.createElement('a');
    a.className = 'entry-list__title';
    a.href = r.url;
    a.textContent = r.title;
    const snippet = document.createElement('p');
    snippet.append(...r.snippet.map(partNode));
    li.append(caption, a, snippet);
    return li;
  };

  const partNode = (part: ExcerptPart): Node => {
    if (!part.mark) return document.createTextNode(part.text);
    const mark = document.createElement('mark');
    mark.textContent = part.text;
    return mark;
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, 120);
  });
  typeSelect.addEventListener('change', run);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run();
  });

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  const wantedType = params.get('type') ?? '';
  // The type filter's options come from the index. A search without a type runs first and does
  // not wait for them, nor share the first moments with loading them.
  const showTypes = async () => {
    const pf = await pagefind();
    const types = Object.keys((await pf.filters()).type ?? {}).sort();
    typeSelect.append(...types.map((t) => new Option(t, t)));
    typeSelect.value = wantedType;
    typeSelect.hidden = false;
  };
  if (wantedType) void showTypes().then(() => (input.value ? run() : undefined));
  else if (input.value) void run().finally(showTypes);
  else void showTypes();
}
