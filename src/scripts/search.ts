/**
 * The search island: loads Pagefind only on this page, only when the page runs. Results are
 * links with excerpts; the status line tells screen reader users how many were found.
 */
import { searchOptions } from './search-options.ts';

interface PagefindResult {
  data: () => Promise<{ url: string; meta: { title?: string }; excerpt: string; filters: Record<string, string[]> }>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  search: (q: string, o?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] } | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

const form = document.querySelector<HTMLFormElement>('#search-form');
const input = document.querySelector<HTMLInputElement>('#search-input');
const typeSelect = document.querySelector<HTMLSelectElement>('#search-type');
const status = document.querySelector<HTMLElement>('#search-status');
const list = document.querySelector<HTMLOListElement>('#search-results');

if (form && input && typeSelect && status && list) {
  let pagefind: Pagefind | undefined;
  let latest = 0;
  const load = async (): Promise<Pagefind> => {
    pagefind ??= (await import(/* @vite-ignore */ form.dataset.pagefind!)) as Pagefind;
    return pagefind;
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
    const pf = await load();
    const search = await pf.search(query, typeSelect.value ? { filters: { type: typeSelect.value } } : {});
    if (!search || ticket !== latest) return;
    // The best five first, as soon as they arrive, then the rest: most of the wait is fetching
    // each result's fragment, not the search itself (see bench/RESULTS.md).
    const n = search.results.length;
    const first = await Promise.all(search.results.slice(0, 5).map((r) => r.data()));
    if (ticket !== latest) return;
    list.replaceChildren(...first.map(renderResult));
    status.textContent = n === 0 ? `No results for "${query}". Try other words, or browse the lists below.` : `${n} result${n === 1 ? '' : 's'} for "${query}"${n > 20 ? ', best 20 shown' : ''}.`;
    const rest = await Promise.all(search.results.slice(5, 20).map((r) => r.data()));
    if (ticket !== latest) return;
    list.append(...rest.map(renderResult));
  };

  const renderResult = (r: Awaited<ReturnType<PagefindResult['data']>>) => {
    const li = document.createElement('li');
    const type = r.filters.type?.[0];
    if (type) {
      const caption = document.createElement('p');
      caption.className = 'caption';
      caption.textContent = type;
      li.append(caption);
    }
    const a = document.createElement('a');
    a.className = 'entry-list__title';
    a.href = r.url;
    a.textContent = r.meta.title ?? r.url;
    const p = document.createElement('p');
    p.innerHTML = r.excerpt; // Pagefind escapes the page text and adds only <mark> around matches
    li.append(a, p);
    return li;
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

  void (async () => {
    const params = new URLSearchParams(location.search);
    const pf = await load();
    await pf.options(searchOptions);
    const types = Object.keys((await pf.filters()).type ?? {}).sort();
    typeSelect.append(...types.map((t) => new Option(t, t)));
    typeSelect.hidden = false;
    input.value = params.get('q') ?? '';
    typeSelect.value = params.get('type') ?? '';
    if (input.value) await run();
  })();
}
