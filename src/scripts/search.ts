/**
 * The search island: loads Pagefind only on this page, only when the page runs, and answers what
 * was typed through src/lib/search-engine.ts (sentences, typing mistakes, most-words fallback).
 * Results are links with a snippet from the page's text; a status line says what was searched,
 * for screen reader users too. Marks `cst-search-results` for the benchmark when results show.
 */
import { searchOptions } from './search-options.ts';
import { answerQuery, type Answer, type AnsweredResult, type SearchIndex } from '../lib/search-engine.ts';
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
import type { Vocabulary } from '../lib/search-spelling.ts';
import { resultTags } from '../lib/search-labels.ts';

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

/** How many results are ordered with their page details (current powers before repealed ones), and shown at most. */
const RANKED = 8;
const SHOWN = 20;

const form = document.querySelector<HTMLFormElement>('#search-form');
const input = document.querySelector<HTMLInputElement>('#search-input');
const typeSelect = document.querySelector<HTMLSelectElement>('#search-type');
const status = document.querySelector<HTMLElement>('#search-status');
const list = document.querySelector<HTMLOListElement>('#search-results');

if (form && input && typeSelect && status && list) {
  const pagefindReady = (async () => {
    const pf = (await import(/* @vite-ignore */ form.dataset.pagefind!)) as Pagefind;
    // On the main thread, Pagefind's fetches use what the page preloaded (see addSearchPreload in
    // src/node/search-index.ts); a worker would fetch its own script first, then every file again.
    // Pagefind splits every query with an Intl.Segmenter; the first one a page makes costs tens
    // of milliseconds. Made here, it costs nothing: options() waits for Pagefind's WebAssembly.
    setTimeout(() => new Intl.Segmenter(document.documentElement.lang || undefined, { granularity: 'grapheme' }));
    await pf.options({ ...searchOptions, noWorker: true });
    return pf;
  })();
  // Every search looks its words up in the vocabulary first, so it loads alongside Pagefind. Without
  // it the search still runs, looking every word up in the index, but cannot correct spelling.
  const vocabulary: Promise<Vocabulary> = fetch(form.dataset.vocabulary!)
    .then((r) => {
      if (!r.ok) throw new Error(`search vocabulary: ${r.status}`);
      return r.json() as Promise<Vocabulary>;
    })
    .catch((error: unknown) => {
      console.warn(error);
      return {};
    });
  let latest = 0;

  const indexFor = (pf: Pagefind): SearchIndex<PagefindHit> => {
    const filters = typeSelect.value ? { filters: { type: typeSelect.value } } : {};
    return {
      search: async (words) => (await pf.search(words, filters))?.results ?? [],
      exact: async (word) => (await pf.search(`"${word}"`))?.results ?? [],
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
      status.textContent = '';
      return;
    }
    const pf = await pagefindReady;
    const answer = await answerQuery(query, indexFor(pf));
    if (ticket !== latest) return;
    // The best results are ordered with their details (current powers first), then shown; the
    // rest follow in the index's order.
    const top = await Promise.all(answer.results.slice(0, RANKED).map(withDetails));
    if (ticket !== latest) return;
    const ordered = currentFirst(top, (r) => ({
      url: new URL(r.page.url, location.href).pathname,
      matched: r.result.matched.length,
      score: r.result.hits.reduce((sum, h) => sum + h.score, 0),
      status: readPowerStatus(r.page.meta.power_status),
      replacedBy: r.page.meta.replaced_by?.split(' ') ?? [],
    }));
    list.replaceChildren(...ordered.slice(0, 5).map((r) => renderResult(r, answer.words)));
    status.textContent = statusLine(query, answer);
    performance.mark('cst-search-results');
    const rest = [...ordered.slice(5), ...(await Promise.all(answer.results.slice(RANKED, SHOWN).map(withDetails)))];
    if (ticket !== latest) return;
    list.append(...rest.map((r) => renderResult(r, answer.words)));
  };

  const withDetails = async (result: AnsweredResult<PagefindHit>) => {
    const pages = await Promise.all(result.hits.map((h) => h.data()));
    return { result, page: pages[0]!, locations: pages.flatMap((p) => p.weighted_locations) };
  };

  const statusLine = (query: string, answer: Answer<PagefindHit>): string => {
    const n = answer.results.length;
    const parts: string[] = [];
    if (answer.corrections.length > 0)
      parts.push(
        `Showing results for ${answer.words.join(' ')} (you typed ${answer.corrections.map((c) => c.typed).join(', ')}).`,
      );
    if (answer.notFound.length > 0)
      parts.push(`No page has the word${answer.notFound.length === 1 ? '' : 's'} ${answer.notFound.join(', ')}.`);
    if (n === 0) return [...parts, `No results for "${query}". Try other words, or browse the lists below.`].join(' ');
    if (!answer.allWords) parts.push('No page has all these words; showing pages with most of them.');
    parts.push(`${n} result${n === 1 ? '' : 's'} for "${query}"${n > SHOWN ? `, best ${SHOWN} shown` : ''}.`);
    return parts.join(' ');
  };

  const renderResult = (r: Awaited<ReturnType<typeof withDetails>>, words: string[]) => {
    const { page } = r;
    const li = document.createElement('li');
    const caption = document.createElement('p');
    caption.className = 'caption';
    caption.append(page.filters.type?.[0] ?? 'Page');
    for (const { text, kind } of resultTags(page.meta)) {
      const tag = document.createElement('span');
      tag.className = `tag tag--${kind}`;
      tag.textContent = text;
      caption.append(' ', tag);
    }
    const a = document.createElement('a');
    a.className = 'entry-list__title';
    a.href = page.url;
    a.textContent = page.meta.title ?? page.url;
    const snippet = document.createElement('p');
    const start = wordIndexOf(page.content, page.meta.summary);
    const stop = otherNamesStart(page.anchors, page.content, otherNamesHeadingId);
    const parts =
      excerptBetween(page.content, r.locations, start, stop, searchOptions.excerptLength) ??
      markWords(page.meta.summary ?? page.meta.title ?? '', words);
    snippet.append(...parts.map(partNode));
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
    const pf = await pagefindReady;
    const types = Object.keys((await pf.filters()).type ?? {}).sort();
    typeSelect.append(...types.map((t) => new Option(t, t)));
    typeSelect.value = wantedType;
    typeSelect.hidden = false;
  };
  if (wantedType) void showTypes().then(() => (input.value ? run() : undefined));
  else if (input.value) void run().finally(showTypes);
  else void showTypes();
}
