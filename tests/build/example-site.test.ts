/** The example council's site, built once by the global setup: structure, links, search, weight. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { exampleDist } from '../helpers/paths.ts';
import { brokenLinks, htmlPages } from '../helpers/dist.ts';

const pages = htmlPages(exampleDist);
const read = (file: string) => readFileSync(file, 'utf8');
const rel = (file: string) => path.relative(exampleDist, file);
const origin = 'http://site.test';

describe('every page', () => {
  test('there are pages to check', () => {
    expect(pages.length).toBeGreaterThan(50);
  });

  test.each(pages.map(rel))('%s has lang, a title, one main and one h1', (page) => {
    const html = read(path.join(exampleDist, page));
    expect(html).toMatch(/<html lang="en-GB"/);
    expect(html).toMatch(/<title>[^<]+<\/title>/);
    expect(html.match(/<main\b/g)).toHaveLength(1);
    expect(html.match(/<h1\b/g)).toHaveLength(1);
    expect(html).toMatch(/<a class="skip-link" href="#main">/);
  });

  test('every internal link and anchor resolves', () => {
    expect(brokenLinks(exampleDist, pages, origin)).toEqual([]);
  });

  test('only the search page loads JavaScript', () => {
    const withScripts = pages.filter((p) => /<script\b/.test(read(p))).map(rel);
    expect(withScripts).toEqual(['search/index.html']);
  });

  test('no inline scripts or styles, so the Content-Security-Policy can forbid them', () => {
    const inline = pages.filter((p) => /<script(?![^>]*\ssrc=)[^>]*>|<style\b|\sstyle="/.test(read(p))).map(rel);
    expect(inline).toEqual([]);
  });
});

describe('search index', () => {
  test('Pagefind wrote its index and covers the entry pages', () => {
    const entry = JSON.parse(read(path.join(exampleDist, 'pagefind/pagefind-entry.json'))) as {
      languages: Record<string, { page_count: number }>;
    };
    const count = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
    const entryPages = pages.filter((p) => /data-pagefind-body/.test(read(p))).length;
    expect(count).toBe(entryPages);
    expect(count).toBeGreaterThan(50);
  });

  test('aliases are on the page, weighted, so acronyms find their power, and come after the content', () => {
    const html = read(path.join(exampleDist, 'powers/community-protection-notice/index.html'));
    expect(html).toMatch(
      /<h2 id="other-names">Other names<\/h2>\s*<p class="aliases" data-pagefind-weight="9">[^<]*\bCPN\b/,
    );
    // The answer, the key facts and the guidance all come before the list of other names.
    for (const id of ['answer-heading', 'key-facts-heading', 'guidance-heading', 'sources-heading'])
      expect(html.indexOf(`id="${id}"`), id).toBeLessThan(html.indexOf('id="other-names"'));
  });

  test('the search page preloads its quick index, and the home page prefetches everything the search page needs', () => {
    const links = (file: string, rel: string) =>
      [
        ...read(path.join(exampleDist, file)).matchAll(new RegExp(`<link rel="${rel}" href="([^"]+)"([^>]*)>`, 'g')),
      ].map((m) => ({ href: m[1]!, rest: m[2]! }));
    const exists = (href: string) => {
      expect(readFileSync(path.join(exampleDist, href)).length, href).toBeGreaterThan(0);
    };
    const search = read(path.join(exampleDist, 'search/index.html'));
    const preloaded = links('search/index.html', 'preload');
    expect(preloaded.map((l) => l.href)).toEqual(['/search/quick-index.json']);
    // Without crossorigin a preload does not match the script's fetch, and the file is fetched twice.
    expect(preloaded[0]!.rest).toBe(' as="fetch" crossorigin');
    // The search script runs from the head, and Pagefind's files wait until the first answer is shown.
    const script = /<script type="module" src="([^"]+)"><\/script>/.exec(search);
    expect(search.indexOf(script![0])).toBeLessThan(search.indexOf('</head>'));
    expect(links('search/index.html', 'modulepreload').filter((l) => l.href.includes('pagefind'))).toEqual([]);
    const prefetched = links('index.html', 'prefetch').map((l) => l.href);
    expect(prefetched).toEqual(
      expect.arrayContaining([
        '/search/',
        script![1]!,
        '/search/quick-index.json',
        '/pagefind/pagefind.js',
        expect.stringMatching(/^\/pagefind\/pagefind\.en-gb_[0-9a-f]+\.pf_meta$/),
        '/pagefind/wasm.en-gb.pagefind',
      ]),
    );
    // Pagefind runs on the main thread, so its worker script is not fetched ahead.
    expect(prefetched.filter((h) => h.includes('worker'))).toEqual([]);
    for (const href of prefetched.filter((h) => h !== '/search/')) exists(href);
  });

  test('entry pages carry a type filter', () => {
    const html = read(path.join(exampleDist, 'problems/noisy-neighbours/index.html'));
    expect(html).toContain('data-pagefind-filter="type:Problem"');
  });
});
