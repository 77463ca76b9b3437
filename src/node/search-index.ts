/**
 * Builds the Pagefind search index of a built site, in its own step after `astro build` has exited
 * (scripts/build.ts). Run apart, the build's peak memory is the larger of Astro's and Pagefind's,
 * not their sum: Pagefind holds every indexed word in memory while it works (bench/RESULTS.md).
 *
 * Then, from what Pagefind wrote: the quick index (search/quick-index.json, src/lib/search-quick.ts)
 * that answers most searches before Pagefind has loaded, with the spelling vocabulary; on the home
 * page a prefetch of the files the search page needs, so a search from the home page's box starts
 * with them already fetched; and on the search page a preload of the same files, so they arrive
 * while the page loads.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { otherNamesHeadingId } from '../lib/search-excerpt.ts';
import { buildQuickIndex, quickIndexPath, type IndexedPageWithUrl } from '../lib/search-quick.ts';

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
  const quick = buildQuickIndex(readIndexedPages(siteDir), otherNamesHeadingId);
  writeFileSync(path.join(siteDir, quickIndexPath), `${JSON.stringify(quick)}\n`);
  addSearchPrefetch(siteDir);
  addSearchPreload(siteDir);
  return { pages, words: Object.keys(quick.vocabulary).length };
}

/** Pagefind's page fragments: gzip, a 12-byte signature, then JSON (as its own search script reads them). */
function readIndexedPages(siteDir: string): IndexedPageWithUrl[] {
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
      const page = JSON.parse(bytes.subarray(12).toString()) as Omit<IndexedPageWithUrl, 'id'>;
      return { ...page, id: name.slice(0, -'.pf_fragment'.length) };
    });
}

/**
 * The files the search page needs before it can answer, as Pagefind names them in this build:
 * its script, the language's metadata and its WebAssembly. Its entry file is left out: Pagefind
 * always asks for it with a fresh query string, so a prefetched copy would never be used. The
 * search page runs Pagefind on the main thread (src/scripts/search.ts), so no worker script either.
 */
function pagefindFiles(siteDir: string): { script: string; data: string[] } {
  const entry = JSON.parse(readFileSync(path.join(siteDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string; wasm?: string }>;
  };
  return {
    script: 'pagefind/pagefind.js',
    data: Object.values(entry.languages).flatMap((l) => [
      `pagefind/pagefind.${l.hash}.pf_meta`,
      `pagefind/wasm.${l.wasm ?? 'unknown'}.pagefind`,
    ]),
  };
}

/** The modules a built script imports statically ("./format.Ci3u-9ld.js"), as paths beside it. */
function staticImports(siteDir: string, scriptHref: string, base: string): string[] {
  const file = path.join(siteDir, scriptHref.slice(base.length));
  const code = readFileSync(file, 'utf8');
  const dir = path.posix.dirname(scriptHref);
  return [...code.matchAll(/(?:^|[;}\s])(?:import|from)\s*"(\.\/[^"]+\.js)"/g)].map((m) => path.posix.join(dir, m[1]!));
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
  const { script, data } = pagefindFiles(siteDir);
  const modules = scripts.flatMap((href) => [href, ...staticImports(siteDir, href, base)]);
  const links = [...modules, ...[script, ...data, quickIndexPath].map((f) => `${base}${f}`)].map(
    (href) => `<link rel="prefetch" href="${href}">`,
  );
  writeFileSync(home, html.replace(marker[0], `${marker[0]}${links.join('')}`));
}

/**
 * Has the search page fetch the quick index, and any module its script imports, while the page
 * itself loads: the first answer needs them. `crossorigin` makes the preload match the script's
 * own fetch. Pagefind's files are left until after the first answer: preloaded, they competed with
 * the search script and delayed the first results by about 30 ms (bench/SEARCH-RESULTS.md). The
 * home page prefetches them.
 */
function addSearchPreload(siteDir: string): void {
  const file = path.join(siteDir, 'search', 'index.html');
  const html = readFileSync(file, 'utf8');
  const marker = /<form[^>]* data-pagefind="([^"]*)pagefind\/pagefind\.js"/.exec(html);
  if (!marker) throw new Error(`${file}: expected the search form's data-pagefind=".../pagefind/pagefind.js"`);
  const base = marker[1]!;
  const scripts = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1]!);
  const links = [
    `<link rel="preload" href="${base}${quickIndexPath}" as="fetch" crossorigin>`,
    ...scripts
      .flatMap((href) => staticImports(siteDir, href, base))
      .map((href) => `<link rel="modulepreload" href="${href}">`),
  ];
  if (!html.includes('</head>')) throw new Error(`${file}: expected a </head> to add the preloads before`);
  writeFileSync(file, html.replace('</head>', `${links.join('')}</head>`));
}
