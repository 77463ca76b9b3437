/**
 * Search latency in Chromium through Pagefind's JS API, as the site's search page uses it.
 *
 * Serves the built site on 127.0.0.1, opens /search/ and waits until the page's own script has
 * loaded Pagefind and its filters (the "ready" time), then, in the page, imports the same
 * /pagefind/pagefind.js with the site's options (src/scripts/search-options.ts) and times each
 * query with performance.now(): `pagefind.search(q)` alone, search until the data of the best 5
 * results has arrived (when the page shows them), and search plus the data of the best 20 (the
 * whole first page of results). The first query
 * is reported on its own (it loads the index's word chunks for the first time); the rest give
 * the median and 95th percentile. Bytes fetched per query are counted from the browser's
 * responses (the worker's too); each query runs in its own evaluate call so they can be told apart.
 */
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { serveStatic } from '../tests/helpers/static-server.ts';
import { searchOptions } from '../src/scripts/search-options.ts';

export interface QueryTiming {
  query: string;
  /** pagefind.search() alone, ms. */
  searchMs: number;
  /** search() plus data() of the best 20 results, ms: what a reader waits for. */
  totalMs: number;
  /** search() until the data of the best 5 had arrived (all 20 load at once), ms. */
  first5Ms: number;
  results: number;
  fetches: number;
  bytes: number;
}

export interface SearchRun {
  /** From navigation to the page's search being ready (Pagefind and its filters loaded), ms. */
  readyMs: number;
  /** Bytes fetched by then. */
  readyBytes: number;
  queries: QueryTiming[];
  /** The browser, as "Chromium 156.0...". */
  chromium: string;
}

export async function measureSearch(distDir: string, queries: string[], basePath = '/'): Promise<SearchRun> {
  const server = await serveStatic(path.resolve(distDir));
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser();
    const context = await browser.newContext();
    const page = await context.newPage();
    // Every response, the worker's included (Pagefind searches in a web worker), counted by size.
    const fetched = { count: 0, bytes: 0 };
    context.on('requestfinished', (request) => {
      fetched.count++;
      void request.sizes().then(
        (s) => (fetched.bytes += s.responseBodySize),
        () => {},
      );
    });
    const start = Date.now();
    await page.goto(`${server.url}${basePath}search/`, { waitUntil: 'load' });
    // The page's script shows the type filter once Pagefind, its options and filters are loaded.
    await page.waitForSelector('#search-type:not([hidden])', { timeout: 60_000 });
    const readyMs = Date.now() - start;
    const readyBytes = fetched.bytes;
    const bundle = `${basePath}pagefind/pagefind.js`;
    await page.evaluate(
      async ({ options, bundle }) => {
        const pagefind = await import(bundle);
        await pagefind.options(options);
        (window as unknown as { benchPagefind: unknown }).benchPagefind = pagefind;
      },
      { options: searchOptions, bundle },
    );
    const timings: QueryTiming[] = [];
    for (const query of queries) {
      const before = { ...fetched };
      const timing = await page.evaluate(async (query) => {
        const pagefind = (
          window as unknown as {
            benchPagefind: { search: (q: string) => Promise<{ results: { data: () => Promise<unknown> }[] }> };
          }
        ).benchPagefind;
        const t0 = performance.now();
        const search = await pagefind.search(query);
        const t1 = performance.now();
        const loading = search.results.slice(0, 20).map((r) => r.data());
        await Promise.all(loading.slice(0, 5));
        const t2 = performance.now();
        await Promise.all(loading);
        const t3 = performance.now();
        return { searchMs: t1 - t0, first5Ms: t2 - t0, totalMs: t3 - t0, results: search.results.length };
      }, query);
      // Let the request events for this query arrive before counting them.
      await page.waitForTimeout(20);
      timings.push({ query, ...timing, fetches: fetched.count - before.count, bytes: fetched.bytes - before.bytes });
    }
    return { readyMs, readyBytes, queries: timings, chromium: `Chromium ${browser.version()}` };
  } finally {
    await browser?.close();
    await server.close();
  }
}

/** Nearest-rank percentile of a list of numbers. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}
