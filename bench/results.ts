/** The shape of a benchmark run's figures (bench/.work/results.json) and the targets they are held to. */
import type { GeneratedTree } from './generate.ts';
import type { ProfileSummary } from './profile.ts';
import type { SearchRun } from './search.ts';
import { astroHeapArgs } from '../src/node/build-settings.ts';

/** The heap cap `npm run build` gives Astro, for the profiled build. The baseline runs with Node's defaults, as a plain Astro site would. */
export const HEAP_ARGS = astroHeapArgs({});
export const NODE_OPTIONS = HEAP_ARGS.join(' ');
export const GiB = 1024 ** 3;

/** Targets from issue 9. */
export const TARGETS = {
  buildRatio: 1.1,
  searchMedianMs: 50,
  searchSize: 5000,
  memoryBytes: 2 * GiB,
  memorySize: 10000,
};

export const SEARCH_INDEX_PHASE = 'search index: Pagefind, in its own step after Astro exits (the site only)';

export interface Phase {
  name: string;
  ms: number;
  /** Peak tree RSS during the phase, bytes. */
  peakRss: number;
}
export interface Build {
  ok: boolean;
  exitCode: number | null;
  seconds: number;
  peakTreeRss: number;
  maxProcessRss: number | undefined;
  pages: number;
  outBytes: number;
  phases: Phase[];
  others: string[];
  /** CPU seconds of the build's processes (user + system). */
  cpuSeconds: number | undefined;
  /** Average cores the rest of the machine used meanwhile (noise). */
  otherCores: number | undefined;
  /** How the machine was just before: quiet, or busy after waiting. */
  before: string;
  /** Runs made to get one undisturbed measurement (see steady()). */
  attempts: number;
  /** Render time by kind of page, from the per-page times Astro prints. */
  routes: RouteTime[];
  /** The biggest HTML pages written. */
  largestPages: { path: string; bytes: number }[];
  tail?: string[];
}
export interface RouteTime {
  pattern: string;
  pages: number;
  ms: number;
  slowestMs: number;
}
export interface PagefindRun {
  ok: boolean;
  seconds: number;
  peakTreeRss: number;
  indexBytes: number;
  indexFiles: number;
  pagesIndexed: number | undefined;
}
export interface SizeResult {
  size: number;
  tree: Omit<GeneratedTree, 'dir'> & { seconds: number };
  check: { ok: boolean; seconds: number; peakTreeRss: number };
  site: Build;
  pagefind: PagefindRun | undefined;
  baseline: Build;
  hugo: Build | undefined;
  /** What-if: this site and the baseline with the same entries as .md files. */
  siteMd?: Build;
  /** What-if, at the memory target's size: the site with V8's heap left at 8 GiB instead of capped. */
  siteUncapped?: Build;
  baselineMd?: Build;
  search: SearchRun | { error: string } | undefined;
}
export interface ProfileResult {
  size: number;
  seconds: number;
  cpu: ProfileSummary | undefined;
  /** Largest live heap after a full GC, per build phase, MiB. */
  liveHeapByPhase: { name: string; liveMiB: number }[];
  phases: Phase[];
}
export interface Results {
  date: string;
  machine: Record<string, string>;
  versions: Record<string, string>;
  queries: string[];
  sizes: SizeResult[];
  profile: ProfileResult | undefined;
  notes: string[];
  /** Words and distinct words in the example content (content/), to compare vocabularies. */
  example: { words: number; distinct: number };
}
