/**
 * Builds the Pagefind search index of a built site, in its own step after `astro build` has exited
 * (scripts/build.ts). Run apart, the build's peak memory is the larger of Astro's and Pagefind's,
 * not their sum: Pagefind holds every indexed word in memory while it works (bench/RESULTS.md).
 *
 * Then, from what Pagefind wrote: the spelling vocabulary (search/vocabulary.json), and on the
 * home page a prefetch of the files the search page needs, so a search from the home page's box
 * starts with them already fetched.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { otherNamesHeadingId } from '../lib/search-excerpt.ts';
import { buildVocabulary, vocabularyPath, type IndexedPage } from '../lib/search-vocabulary.ts';

export interface IndexedSite {
  pages: number;
  /** Words in the spelling vocabulary. */
  words: number;
}

export async function buildSearchIndex(siteDir: string): Promise<IndexedSite> {
  const { index, errors } = await pagefind.createIndex({});
  let pages: number;
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${siteDir}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: path.join(siteDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    pages = added.page_count;
  } finally {
    await pagefind.close();
  }
  const vocabulary = buildVocabulary(readIndexedPages(siteDir), otherNamesHeadingId);
  writeFileSync(path.join(siteDir, vocabularyPath), `${JSON.stringify(vocabulary)}\n`);
  addSearchPrefetch(siteDir);
  return { pages, words: Object.keys(vocabulary).length };
}

/** Pagefind's page fragments: gzip, a 12-byte signature, then JSON (as its own search script reads them). */
function readIndexedPages(siteDir: string): IndexedPage[] {
  const dir = path.join(siteDir, 'pagefind', 'fragment');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.pf_fragment'))
    .sort()
    .map((name) => {
      const bytes = gunzipSync(readFileSync(path.join(dir, name)));
      const signature = bytes.subarray(0, 12).toString();
      if (signature !== 'pagefind_dcd')
        throw new Error(
          `${path.join(dir, name)}: expected a Pagefind fragment starting "pagefind_dcd", found "${signature}"; has Pagefind's format changed?`,
        );
      return JSON.parse(bytes.subarray(12).toString()) as IndexedPage;
    });
}

/**
 * Adds `<link rel="prefetch">` for the search page's own files to the home page, after the link
 * to the search page that the home page already prefetches. The file names are known only once
 * Astro and Pagefind have written them.
 */
function addSearchPrefetch(siteDir: string): void {
  const home = path.join(siteDir, 'index.html');
  const html = readFileSync(home, 'utf8');
  const marker = /<link rel="prefetch" href="([^"]*)search\/"[^>]*>/.exec(html);
  if (!marker)
    throw new Error(`${home}: expected <link rel="prefetch" href=".../search/"> to add the search files after`);
  const base = marker[1]!;
  const searchPage = readFileSync(path.join(siteDir, 'search', 'index.html'), 'utf8');
  const scripts = [...searchPage.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1]!);
  const entry = JSON.parse(readFileSync(path.join(siteDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string; wasm?: string }>;
  };
  const pagefindFiles = [
    'pagefind.js',
    'pagefind-worker.js',
    'pagefind-entry.json',
    ...Object.values(entry.languages).flatMap((l) => [
      `pagefind.${l.hash}.pf_meta`,
      `wasm.${l.wasm ?? 'unknown'}.pagefind`,
    ]),
  ];
  const links = [...scripts, ...pagefindFiles.map((f) => `${base}pagefind/${f}`), `${base}${vocabularyPath}`].map(
    (href) => `<link rel="prefetch" href="${href}">`,
  );
  writeFileSync(home, html.replace(marker[0], `${marker[0]}${links.join('')}`));
}
