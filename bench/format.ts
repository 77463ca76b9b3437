/** How bench/RESULTS.md writes sizes, times, ratios and tables, and the figures it derives from a run. */
import { percentile, type SearchRun } from './search.ts';
import { SEARCH_INDEX_PHASE, type Build, type SizeResult } from './results.ts';

export const mib = (bytes: number | undefined) =>
  bytes === undefined ? '-' : `${Math.round(bytes / 1024 / 1024).toLocaleString('en-GB')} MiB`;
export const secs = (s: number) => `${s < 10 ? s.toFixed(2) : s.toFixed(1)} s`;
export const ms = (v: number) => `${v < 10 ? v.toFixed(1) : Math.round(v).toLocaleString('en-GB')} ms`;
export const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : '-');
export const n = (v: number) => v.toLocaleString('en-GB');
export const cores = (v: number | undefined) => (v === undefined ? '-' : `${v.toFixed(2)} cores`);
export const table = (head: string[], rows: string[][], align?: string[]) =>
  [
    `| ${head.join(' | ')} |`,
    `| ${(align ?? head.map((_, i) => (i === 0 ? '---' : '---:'))).join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');

export function searchStats(s: SearchRun) {
  const rest = s.queries.slice(1);
  return {
    first: s.queries[0]!,
    medianTotal: percentile(
      rest.map((q) => q.totalMs),
      50,
    ),
    p95Total: percentile(
      rest.map((q) => q.totalMs),
      95,
    ),
    medianSearch: percentile(
      rest.map((q) => q.searchMs),
      50,
    ),
    p95Search: percentile(
      rest.map((q) => q.searchMs),
      95,
    ),
    medianData: percentile(
      rest.map((q) => q.totalMs - q.searchMs),
      50,
    ),
    medianFirst5: percentile(
      rest.map((q) => q.first5Ms ?? Number.NaN),
      50,
    ),
    p95First5: percentile(
      rest.map((q) => q.first5Ms ?? Number.NaN),
      95,
    ),
    medianFetches: percentile(
      rest.map((q) => q.fetches),
      50,
    ),
    medianBytes: percentile(
      rest.map((q) => q.bytes),
      50,
    ),
    medianResults: percentile(
      rest.map((q) => q.results),
      50,
    ),
    count: rest.length,
  };
}

export const hasSearch = (s: SizeResult['search']): s is SearchRun => !!s && !('error' in s);

export function buildTime(b: Build | undefined) {
  if (!b) return 'not installed';
  return b.ok ? secs(b.seconds) : `failed (exit ${b.exitCode})`;
}

/** The peak of the Astro process alone: every phase but the search index step and the exit. */
export function astroPeakOf(b: Build): number {
  return Math.max(
    0,
    ...b.phases.filter((p) => p.name !== SEARCH_INDEX_PHASE && p.name !== 'exit').map((p) => p.peakRss),
  );
}

/** The site's Pagefind step (its own process after Astro exits), ms. */
export function searchIndexMs(b: Build): number {
  return b.phases.find((p) => p.name === SEARCH_INDEX_PHASE)?.ms ?? 0;
}
