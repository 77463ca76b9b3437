/**
 * npm run bench [-- --sizes 1000,5000,10000] [-- --queries 60] [-- --profile-size 5000]
 *               [-- --no-profile] [-- --keep] [-- --report-only] [-- --max-wait 20]
 *
 * Issue 9's benchmark. For each size it generates a synthetic content tree (bench/generate.ts)
 * and measures, one after the other on the same machine:
 *   1. `npm run check` on the tree (the integrity check alone);
 *   2. this site's build (`npm run build`'s scripts/build.ts with CST_CONTENT_DIR, CST_OUT_DIR,
 *      CST_AS_OF): `astro build` with the integrity check first, then Pagefind in its own process
 *      after Astro exits: wall time, peak memory, phases;
 *   3. Pagefind's CLI on the built site, alone, and the size of the site's search index;
 *   4. the plain Astro + MDX baseline (bench/baseline/) on the same .mdx files;
 *   5. Hugo (Debian's package) on the same entries as Markdown, when installed;
 *   6. search latency in Chromium through Pagefind's JS API (bench/search.ts).
 * Before those, issue 18's search timings on the example site (bench/example-search.ts, its own
 * results in bench/SEARCH-RESULTS.md; `npm run bench:search` runs that part alone).
 * When a target is missed it profiles that part (a CPU profile and V8's GC trace of one more
 * site build) and writes where the time goes. Results: bench/RESULTS.md (and the raw figures in
 * bench/.work/results.json). Everything generated goes to bench/.work/, which git ignores.
 * Before each measurement it waits (up to --max-wait minutes) until no other build, test run or
 * browser is running and the CPUs are idle, and records how busy the rest of the machine was.
 *
 * Not a test: the figures depend on the machine and on what else runs on it.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { AS_OF, generateContent, searchQueries, splitOf, type GeneratedTree } from './generate.ts';
import { hugoVersion, writeHugoSite } from './hugo.ts';
import { hasGnuTime, measure, othersRunning, peakBetween, waitForQuiet, type Line, type Measured } from './measure.ts';
import { gcPoints, summariseCpuProfile, type ProfileSummary } from './profile.ts';
import { measureSearch, percentile, type SearchRun } from './search.ts';
import { runExampleSearchBench } from './example-search.ts';
import { astroHeapArgs } from '../src/node/build-settings.ts';

const root = path.resolve(import.meta.dirname, '..');
const work = path.join(root, 'bench/.work');
const resultsJson = path.join(work, 'results.json');
const resultsMd = path.join(root, 'bench/RESULTS.md');
const astroBin = path.join(root, 'node_modules/astro/bin/astro.mjs');
const pagefindBin = path.join(root, 'node_modules/pagefind/lib/runner/bin.cjs');
const baselineRoot = path.join(root, 'bench/baseline');
const buildScript = path.join(root, 'scripts/build.ts');
/** The heap cap `npm run build` gives Astro, for the profiled build. The baseline runs with Node's defaults, as a plain Astro site would. */
const HEAP_ARGS = astroHeapArgs({});
const NODE_OPTIONS = HEAP_ARGS.join(' ');
const GiB = 1024 ** 3;

/** Targets from issue 9. */
const TARGETS = { buildRatio: 1.1, searchMedianMs: 50, searchSize: 5000, memoryBytes: 2 * GiB, memorySize: 10000 };

// ---------------------------------------------------------------- types of the results
interface Phase {
  name: string;
  ms: number;
  /** Peak tree RSS during the phase, bytes. */
  peakRss: number;
}
interface Build {
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
interface RouteTime {
  pattern: string;
  pages: number;
  ms: number;
  slowestMs: number;
}
interface PagefindRun {
  ok: boolean;
  seconds: number;
  peakTreeRss: number;
  indexBytes: number;
  indexFiles: number;
  pagesIndexed: number | undefined;
}
interface SizeResult {
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
interface ProfileResult {
  size: number;
  seconds: number;
  cpu: ProfileSummary | undefined;
  /** Largest live heap after a full GC, per build phase, MiB. */
  liveHeapByPhase: { name: string; liveMiB: number }[];
  phases: Phase[];
}
interface Results {
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

// ---------------------------------------------------------------- helpers
const log = (text: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${text}`);

function dirStats(dir: string): { files: number; bytes: number; html: number } {
  let files = 0;
  let bytes = 0;
  let html = 0;
  if (!existsSync(dir)) return { files, bytes, html };
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else {
        files++;
        bytes += statSync(p).size;
        if (e.name.endsWith('.html')) html++;
      }
    }
  };
  walk(dir);
  return { files, bytes, html };
}

/** Words and distinct words in the example content's .mdx files, counted as the generator counts. */
function exampleVocabulary(): { words: number; distinct: number } {
  const distinct = new Set<string>();
  let words = 0;
  const dir = path.join(root, 'content');
  const walk = (d: string) => {
    if (!existsSync(d)) return;
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.mdx')) {
        const text = readFileSync(p, 'utf8');
        words += text.split(/\s+/).filter(Boolean).length;
        for (const w of text.toLowerCase().split(/[^a-z0-9'£]+/)) if (w) distinct.add(w);
      }
    }
  };
  walk(dir);
  return { words, distinct: distinct.size };
}

function version(pkg: string): string {
  try {
    return (JSON.parse(readFileSync(path.join(root, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'not installed';
  }
}

const SEARCH_INDEX_PHASE = 'search index: Pagefind, in its own step after Astro exits (the site only)';
/** Build phases, each named for the interval that ends at its marker line. */
const PHASE_MARKERS: [string, RegExp][] = [
  ['start-up, config and integration setup (the site runs its integrity check here)', /\[content\] Syncing content/],
  ['content layer: read, parse and validate entries', /\[content\] Synced content/],
  ['types and build info', /Building static entrypoints/],
  ['bundle with Vite/Rolldown (compile .astro, MDX, scripts)', /Rearranging server assets/],
  ['server assets', /generating static routes/],
  // Astro prints "523ms", "23.05s" or, from a minute up, "1m 16s".
  ['render pages to HTML', /✓ Completed in (?:\d+m )?[\d.]+m?s\.$/],
  ['after rendering: astro:build:done hooks (the site: sitemap)', /\[build\] Complete!/],
  [SEARCH_INDEX_PHASE, /^Search index: \d+ pages read/],
];

function phasesOf(run: Measured): Phase[] {
  const phases: Phase[] = [];
  let from = 0;
  let index = 0;
  for (const [name, marker] of PHASE_MARKERS) {
    let found = -1;
    for (let i = index; i < run.lines.length; i++)
      if (marker.test(run.lines[i]!.text)) {
        found = i;
        break;
      }
    if (found < 0) continue;
    const at = run.lines[found]!.ms;
    phases.push({ name, ms: at - from, peakRss: peakBetween(run.samples, from, at) });
    from = at;
    index = found + 1;
  }
  const end = run.seconds * 1000;
  phases.push({ name: 'exit', ms: end - from, peakRss: peakBetween(run.samples, from, end) });
  return phases;
}

const isRouteLine = (text: string) => /[├└]─/.test(text);
function progress(prefix: string) {
  return (line: Line) => {
    if (isRouteLine(line.text) || !line.text.trim()) return;
    if (PHASE_MARKERS.some(([, m]) => m.test(line.text)) || /error|Error|problem/.test(line.text) || /Search index|page\(s\) built/.test(line.text))
      console.log(`  ${prefix} +${(line.ms / 1000).toFixed(1)}s ${line.text.replace(/^\d\d:\d\d:\d\d /, '').slice(0, 160)}`);
  };
}

/** Per-page render times from Astro's route lines ("├─ /powers/x/index.html (+12ms)"), by kind of page. */
function routeTimes(run: Measured, ids: Set<string>): RouteTime[] {
  const pages: { path: string; ms: number }[] = [];
  for (const line of run.lines) {
    const m = /[├└]─ (\S+) \(\+([\d.]+)(ms|s)\)/.exec(line.text);
    if (m) pages.push({ path: m[1]!, ms: Number(m[2]) * (m[3] === 's' ? 1000 : 1) });
  }
  // An entry's id in a path becomes "[id]", as do the owner, status and kind of the tracker and briefing pages.
  const groups = new Map<string, RouteTime>();
  for (const p of pages) {
    const parts = p.path.split('/').filter(Boolean);
    const pattern = `/${parts.map((part, i) => (i > 0 && i < parts.length - 1 && (ids.has(part) || ['owner', 'status', 'kind'].includes(parts[i - 1]!)) ? '[id]' : part)).join('/')}`;
    const g = groups.get(pattern) ?? { pattern, pages: 0, ms: 0, slowestMs: 0 };
    g.pages++;
    g.ms += p.ms;
    g.slowestMs = Math.max(g.slowestMs, p.ms);
    groups.set(pattern, g);
  }
  return [...groups.values()].sort((a, b) => b.ms - a.ms);
}

function largestHtml(dir: string, count: number): { path: string; bytes: number }[] {
  const all: { path: string; bytes: number }[] = [];
  const walk = (d: string) => {
    if (!existsSync(d)) return;
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(html|csv|json|xml|ics|vcf)$/.test(e.name) && !p.includes(`${path.sep}pagefind${path.sep}`)) all.push({ path: `/${path.relative(dir, p)}`, bytes: statSync(p).size });
    }
  };
  walk(dir);
  return all.sort((a, b) => b.bytes - a.bytes).slice(0, count);
}

/** Every entry id in a content tree (file names without extension). */
function entryIds(contentDir: string): Set<string> {
  const ids = new Set<string>();
  if (!existsSync(contentDir)) return ids;
  for (const d of readdirSync(contentDir, { withFileTypes: true }))
    if (d.isDirectory()) for (const f of readdirSync(path.join(contentDir, d.name))) ids.add(f.replace(/\.[^.]+$/, ''));
  return ids;
}

function toBuild(run: Measured, outDir: string, before: string, ids: Set<string>, attempts = 1): Build {
  const stats = dirStats(outDir);
  const ok = run.exitCode === 0;
  return {
    ok,
    exitCode: run.exitCode,
    seconds: run.seconds,
    peakTreeRss: run.peakTreeRss,
    maxProcessRss: run.maxProcessRss,
    pages: stats.html,
    outBytes: stats.bytes,
    phases: phasesOf(run),
    others: run.others,
    cpuSeconds: run.cpuSeconds,
    otherCores: run.otherCores,
    before,
    attempts,
    routes: routeTimes(run, ids),
    largestPages: largestHtml(outDir, 8),
    ...(ok ? {} : { tail: run.lines.filter((l) => !isRouteLine(l.text)).slice(-40).map((l) => l.text) }),
  };
}

/** Astro's content-layer cache for a content folder, as astro.config.mjs names it. */
function siteCacheDir(contentDir: string): string {
  return path.join(root, 'node_modules/.astro', path.relative(root, contentDir).replaceAll(/[\\/]/g, '_'));
}

/**
 * A cold build of the site as `npm run build` does it (scripts/build.ts: Astro, then Pagefind).
 * With node arguments (the profiler's), Astro alone runs, with the same heap cap, so they apply to it.
 */
async function buildSite(contentDir: string, outDir: string, profilerArgs: string[] = [], extraEnv: Record<string, string> = {}): Promise<Measured> {
  rmSync(outDir, { recursive: true, force: true });
  rmSync(siteCacheDir(contentDir), { recursive: true, force: true }); // a cold build every time
  const args = profilerArgs.length > 0 ? [...HEAP_ARGS, ...profilerArgs, astroBin, 'build'] : [buildScript];
  try {
    return await measure(process.execPath, args, {
      cwd: root,
      env: { CST_CONTENT_DIR: contentDir, CST_OUT_DIR: outDir, CST_AS_OF: AS_OF, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', ...extraEnv },
      onLine: progress('site'),
    });
  } finally {
    rmSync(siteCacheDir(contentDir), { recursive: true, force: true });
  }
}

/** A copy of a content tree with every .mdx entry renamed .md (the same text: no entry uses MDX syntax). */
function markdownCopy(contentDir: string, mdDir: string): void {
  rmSync(mdDir, { recursive: true, force: true });
  const walk = (from: string, to: string) => {
    mkdirSync(to, { recursive: true });
    for (const e of readdirSync(from, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(from, e.name), path.join(to, e.name));
      else copyFileSync(path.join(from, e.name), path.join(to, e.name.replace(/\.mdx$/, '.md')));
    }
  };
  walk(contentDir, mdDir);
}

async function buildBaseline(contentDir: string, outDir: string, pattern = '**/*.mdx'): Promise<Measured> {
  rmSync(outDir, { recursive: true, force: true });
  const cache = path.join(work, 'cache/baseline');
  rmSync(cache, { recursive: true, force: true });
  return measure(process.execPath, [astroBin, 'build', '--root', baselineRoot], {
    cwd: root,
    env: {
      BENCH_CONTENT_DIR: contentDir,
      BENCH_OUT_DIR: outDir,
      BENCH_CACHE_DIR: cache,
      BENCH_PATTERN: pattern,
      // Vite's dependency cache persists between runs, as the site's does in node_modules/.vite.
      BENCH_VITE_CACHE_DIR: path.join(work, 'cache/baseline-vite'),
      ASTRO_TELEMETRY_DISABLED: '1',
      NODE_OPTIONS: '', // Node's own defaults, as a plain Astro site runs
      FORCE_COLOR: '0',
    },
    onLine: progress('baseline'),
  });
}

let maxWaitMs = 20 * 60_000;
/** Waits for a quiet machine before a measurement; returns a note on how it was. */
async function quiet(what: string): Promise<string> {
  let said = false;
  const result = await waitForQuiet(maxWaitMs, (why) => {
    if (!said) log(`  waiting for a quiet machine before ${what} (${why})`);
    said = true;
  });
  if (!result.quiet) log(`  still busy after ${Math.round(result.waitedMs / 60_000)} min (${result.last}); measuring anyway`);
  return result.quiet ? `quiet${result.waitedMs > 10_000 ? ` after waiting ${Math.round(result.waitedMs / 1000)} s` : ''}` : `busy (${result.last}) after waiting ${Math.round(result.waitedMs / 60_000)} min`;
}

/**
 * Measures on a quiet machine; if other work still used more than a fifth of a core meanwhile,
 * measures again (at most three times) and keeps the least disturbed run.
 */
async function steady(what: string, run: () => Promise<Measured>): Promise<{ run: Measured; before: string; attempts: number }> {
  let best: { run: Measured; before: string } | undefined;
  let attempts = 0;
  for (let i = 0; i < 3; i++) {
    const before = await quiet(what);
    const result = await run();
    attempts++;
    if (!best || (result.otherCores ?? 0) < (best.run.otherCores ?? 0)) best = { run: result, before };
    if (result.exitCode !== 0 || (result.otherCores ?? 0) <= 0.2) break;
    if (i < 2) log(`  disturbed: other work used ${(result.otherCores ?? 0).toFixed(2)} cores during ${what}; measuring again`);
  }
  return { ...best!, attempts };
}

// ---------------------------------------------------------------- one size
async function runSize(size: number, queries: string[], keep: boolean, notesOut: string[]): Promise<SizeResult> {
  const contentDir = path.join(work, `content-${size}`);
  const siteOut = path.join(work, `out/site-${size}`);
  const baseOut = path.join(work, `out/baseline-${size}`);
  const hugoSite = path.join(work, `hugo-${size}`);
  const hugoOut = path.join(work, `out/hugo-${size}`);

  log(`${size.toLocaleString('en-GB')} entries: generating ${path.relative(root, contentDir)}`);
  const t0 = performance.now();
  const { dir: _dir, ...tree } = generateContent(contentDir, size);
  const treeResult = { ...tree, seconds: (performance.now() - t0) / 1000 };
  const ids = entryIds(contentDir);

  log('integrity check alone (npm run check)');
  const check = await measure(process.execPath, ['scripts/check.ts', '--content', contentDir], { cwd: root, env: { CST_AS_OF: AS_OF } });
  if (check.exitCode !== 0) throw new Error(`the generated tree fails npm run check:\n${check.lines.filter((l) => !/review was due/.test(l.text)).slice(0, 40).map((l) => l.text).join('\n')}`);

  log('this site: npm run build (integrity check and pages in astro build, then Pagefind)');
  const siteSteady = await steady('the site build', () => buildSite(contentDir, siteOut));
  const site = toBuild(siteSteady.run, siteOut, siteSteady.before, ids, siteSteady.attempts);
  log(`  site: ${site.ok ? 'ok' : `FAILED (exit ${site.exitCode})`}, ${site.seconds.toFixed(1)} s, peak ${mib(site.peakTreeRss)}, ${site.pages} pages`);

  let siteUncapped: Build | undefined;
  if (site.ok && size === TARGETS.memorySize) {
    log('what-if: the same build with V8\'s heap left at 8 GiB (npm run build caps it)');
    const scratch = path.join(work, `out/site-uncapped-${size}`);
    const u = await steady('the uncapped site build', () => buildSite(contentDir, scratch, [], { NODE_OPTIONS: '--max-old-space-size=8192' }));
    siteUncapped = toBuild(u.run, scratch, u.before, ids, u.attempts);
    rmSync(scratch, { recursive: true, force: true });
    log(`  site (uncapped): ${siteUncapped.ok ? 'ok' : 'FAILED'}, ${siteUncapped.seconds.toFixed(1)} s, peak ${mib(siteUncapped.peakTreeRss)}`);
  }

  let pagefind: PagefindRun | undefined;
  if (site.ok) {
    log('Pagefind CLI on the built site, alone');
    const scratch = path.join(work, `out/pagefind-cli-${size}`);
    rmSync(scratch, { recursive: true, force: true });
    const { run } = await steady('Pagefind', () => measure(process.execPath, [pagefindBin, '--site', siteOut, '--output-path', scratch], { cwd: root }));
    const index = dirStats(path.join(siteOut, 'pagefind'));
    const pages = Number(/Indexed (\d+) pages?/.exec(run.lines.map((l) => l.text).join('\n'))?.[1]);
    pagefind = { ok: run.exitCode === 0, seconds: run.seconds, peakTreeRss: run.peakTreeRss, indexBytes: index.bytes, indexFiles: index.files, pagesIndexed: Number.isNaN(pages) ? undefined : pages };
    rmSync(scratch, { recursive: true, force: true });
    log(`  pagefind: ${pagefind.seconds.toFixed(1)} s, index ${mib(pagefind.indexBytes)} in ${pagefind.indexFiles} files`);
  }

  log('baseline: plain Astro + MDX, one page per entry');
  const baseSteady = await steady('the baseline build', () => buildBaseline(contentDir, baseOut));
  const baseline = toBuild(baseSteady.run, baseOut, baseSteady.before, ids, baseSteady.attempts);
  log(`  baseline: ${baseline.ok ? 'ok' : `FAILED (exit ${baseline.exitCode})`}, ${baseline.seconds.toFixed(1)} s, peak ${mib(baseline.peakTreeRss)}, ${baseline.pages} pages`);
  if (!keep) rmSync(baseOut, { recursive: true, force: true });

  let hugo: Build | undefined;
  if (hugoVersion()) {
    log('Hugo on the same entries as Markdown');
    writeHugoSite(contentDir, hugoSite);
    rmSync(hugoOut, { recursive: true, force: true });
    const h = await steady('Hugo', () => {
      rmSync(hugoOut, { recursive: true, force: true });
      return measure('hugo', ['--quiet', '--source', hugoSite, '--destination', hugoOut], { cwd: root });
    });
    hugo = toBuild(h.run, hugoOut, h.before, ids, h.attempts);
    hugo.phases = [];
    log(`  hugo: ${hugo.ok ? 'ok' : 'FAILED'}, ${hugo.seconds.toFixed(1)} s, peak ${mib(hugo.peakTreeRss)}, ${hugo.pages} pages`);
    if (!keep) rmSync(hugoOut, { recursive: true, force: true }), rmSync(hugoSite, { recursive: true, force: true });
  } else log('Hugo not installed: skipped');

  // What-if: the same entries as plain Markdown. The toolkit accepts .md as well as .mdx, and no
  // entry uses MDX syntax, so this is a change the project could make.
  log('what-if: the same entries as .md, for this site and the baseline');
  const mdDir = path.join(work, `content-${size}-md`);
  markdownCopy(contentDir, mdDir);
  const mdSiteOut = path.join(work, `out/site-md-${size}`);
  const mdBaseOut = path.join(work, `out/baseline-md-${size}`);
  const mdSiteSteady = await steady('the site build (.md)', () => buildSite(mdDir, mdSiteOut));
  const siteMd = toBuild(mdSiteSteady.run, mdSiteOut, mdSiteSteady.before, ids, mdSiteSteady.attempts);
  log(`  site (.md): ${siteMd.ok ? 'ok' : `FAILED (exit ${siteMd.exitCode})`}, ${siteMd.seconds.toFixed(1)} s, peak ${mib(siteMd.peakTreeRss)}, ${siteMd.pages} pages`);
  const mdBaseSteady = await steady('the baseline build (.md)', () => buildBaseline(mdDir, mdBaseOut, '**/*.md'));
  const baselineMd = toBuild(mdBaseSteady.run, mdBaseOut, mdBaseSteady.before, ids, mdBaseSteady.attempts);
  log(`  baseline (.md): ${baselineMd.ok ? 'ok' : `FAILED (exit ${baselineMd.exitCode})`}, ${baselineMd.seconds.toFixed(1)} s, peak ${mib(baselineMd.peakTreeRss)}, ${baselineMd.pages} pages`);
  if (!keep) for (const d of [mdSiteOut, mdBaseOut, mdDir]) rmSync(d, { recursive: true, force: true });

  let search: SizeResult['search'];
  if (site.ok) {
    log(`search latency in Chromium: ${queries.length} queries`);
    try {
      // Chromium and the server are ours; another build or browser meanwhile means measure again.
      let measured: SearchRun | undefined;
      for (let attempt = 1; attempt <= 3; attempt++) {
        await quiet('the search measurement');
        const seen = new Set<string>();
        const watch = setInterval(() => othersRunning().forEach((o) => seen.add(o)), 1000);
        try {
          measured = await measureSearch(siteOut, queries);
        } finally {
          clearInterval(watch);
        }
        if (seen.size === 0) break;
        if (attempt < 3) log(`  disturbed: ${[...seen].join(', ')} ran during the search measurement; measuring again`);
        else notesOut.push(`At ${n(size)} entries other work (${[...seen].join(', ')}) ran during the search measurement, so its figures are noisier.`);
      }
      search = measured!;
      const rest = measured!.queries.slice(1).map((q) => q.totalMs);
      log(`  search: ready ${measured!.readyMs} ms, first ${measured!.queries[0]!.totalMs.toFixed(0)} ms, median ${percentile(rest, 50).toFixed(0)} ms, p95 ${percentile(rest, 95).toFixed(0)} ms`);
    } catch (error) {
      search = { error: (error as Error).message.split('\n')[0]! };
      log(`  search failed: ${search.error}`);
    }
  }
  if (!keep) rmSync(siteOut, { recursive: true, force: true });

  return {
    size,
    tree: treeResult,
    check: { ok: check.exitCode === 0, seconds: check.seconds, peakTreeRss: check.peakTreeRss },
    site,
    pagefind,
    baseline,
    hugo,
    siteMd,
    siteUncapped,
    baselineMd,
    search,
  };
}

// ---------------------------------------------------------------- profiling
async function profileSite(size: number): Promise<ProfileResult> {
  const contentDir = path.join(work, `content-${size}`);
  if (!existsSync(contentDir)) generateContent(contentDir, size);
  const profDir = path.join(work, `profile-${size}`);
  rmSync(profDir, { recursive: true, force: true });
  mkdirSync(profDir, { recursive: true });
  const out = path.join(work, `out/site-profile-${size}`);
  log(`profiling this site's build at ${size.toLocaleString('en-GB')} entries (--cpu-prof, --trace-gc)`);
  await quiet('the profiled build');
  const run = await buildSite(contentDir, out, ['--cpu-prof', `--cpu-prof-dir=${profDir}`, '--trace-gc']);
  rmSync(out, { recursive: true, force: true });
  const phases = phasesOf(run);
  const gc = gcPoints(run.lines);
  let from = 0;
  const liveHeapByPhase = phases.map((p) => {
    const to = from + p.ms;
    const live = Math.max(0, ...gc.filter((g) => g.ms >= from && g.ms <= to).map((g) => g.liveMiB));
    from = to;
    return { name: p.name, liveMiB: live };
  });
  // The main process writes the biggest profile; workers (if any) write smaller ones.
  const profiles = readdirSync(profDir).filter((f) => f.endsWith('.cpuprofile')).map((f) => path.join(profDir, f));
  const main = profiles.sort((a, b) => statSync(b).size - statSync(a).size)[0];
  const cpu = main ? summariseCpuProfile(main, root) : undefined;
  writeFileSync(path.join(profDir, 'build.log'), run.lines.filter((l) => !isRouteLine(l.text)).map((l) => `${(l.ms / 1000).toFixed(3)} ${l.text}`).join('\n'));
  log(`  profile: ${run.seconds.toFixed(1)} s, ${profiles.length} profile file(s) in ${path.relative(root, profDir)}`);
  return { size, seconds: run.seconds, cpu, liveHeapByPhase, phases };
}

// ---------------------------------------------------------------- report
const mib = (bytes: number | undefined) => (bytes === undefined ? '-' : `${Math.round(bytes / 1024 / 1024).toLocaleString('en-GB')} MiB`);
const secs = (s: number) => `${s < 10 ? s.toFixed(2) : s.toFixed(1)} s`;
const ms = (v: number) => `${v < 10 ? v.toFixed(1) : Math.round(v).toLocaleString('en-GB')} ms`;
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : '-');
const n = (v: number) => v.toLocaleString('en-GB');
const cores = (v: number | undefined) => (v === undefined ? '-' : `${v.toFixed(2)} cores`);
const table = (head: string[], rows: string[][], align?: string[]) =>
  [`| ${head.join(' | ')} |`, `| ${(align ?? head.map((_, i) => (i === 0 ? '---' : '---:'))).join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

function searchStats(s: SearchRun) {
  const rest = s.queries.slice(1);
  return {
    first: s.queries[0]!,
    medianTotal: percentile(rest.map((q) => q.totalMs), 50),
    p95Total: percentile(rest.map((q) => q.totalMs), 95),
    medianSearch: percentile(rest.map((q) => q.searchMs), 50),
    p95Search: percentile(rest.map((q) => q.searchMs), 95),
    medianData: percentile(rest.map((q) => q.totalMs - q.searchMs), 50),
    medianFirst5: percentile(rest.map((q) => q.first5Ms ?? Number.NaN), 50),
    p95First5: percentile(rest.map((q) => q.first5Ms ?? Number.NaN), 95),
    medianFetches: percentile(rest.map((q) => q.fetches), 50),
    medianBytes: percentile(rest.map((q) => q.bytes), 50),
    medianResults: percentile(rest.map((q) => q.results), 50),
    count: rest.length,
  };
}

const hasSearch = (s: SizeResult['search']): s is SearchRun => !!s && !('error' in s);

function buildTime(b: Build | undefined) {
  if (!b) return 'not installed';
  return b.ok ? secs(b.seconds) : `failed (exit ${b.exitCode})`;
}

/** The peak of the Astro process alone: every phase but the search index step and the exit. */
function astroPeakOf(b: Build): number {
  return Math.max(0, ...b.phases.filter((p) => p.name !== SEARCH_INDEX_PHASE && p.name !== 'exit').map((p) => p.peakRss));
}

/** The site's Pagefind step (its own process after Astro exits), ms. */
function searchIndexMs(b: Build): number {
  return b.phases.find((p) => p.name === SEARCH_INDEX_PHASE)?.ms ?? 0;
}

function report(r: Results): string {
  const out: string[] = [];
  const sizes = r.sizes;
  const bySize = (size: number) => sizes.find((s) => s.size === size);
  out.push(`# Benchmark results (issue 9)

Written by \`npm run bench\` (bench/run.ts) on ${r.date}. Do not edit by hand: run it again.

**Machine:** ${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.memory} memory, ${r.machine.os}. Load average ${r.machine.loadStart} when the run started and ${r.machine.loadEnd} when it ended.
**Versions:** Node ${r.versions.node}, astro ${r.versions.astro}, @astrojs/mdx ${r.versions.mdx}, pagefind ${r.versions.pagefind}, Hugo ${r.versions.hugo}, ${r.versions.chromium}, playwright-core ${r.versions.playwright}.

**Method.** One run of each measure per size, one after another, so the figures are rough (a shared
2-core machine moves them by 10% or more). Each size is a synthetic content tree from
\`bench/generate.ts\` (seeded, so every run builds the same files): entries split 25% powers, 40%
problems and 35% scrutiny reports with 2 to 8 recommendations each (about 8% of reports are draft
or exempt and get no page), a few hundred words of plain English each, plus 10 contacts, 8 areas,
6 acts, 3 meetings and 3 briefings, all valid under \`npm run check\`. Builds are cold (Astro's
content cache is deleted first) with \`CST_AS_OF=${AS_OF}\`. The site runs with the V8 heap cap
\`npm run build\` gives Astro (\`${NODE_OPTIONS}\`, from \`src/node/build-settings.ts\`); the baseline with
Node's defaults, as a plain Astro site would.
- **This site**: \`npm run build\` (scripts/build.ts) with the tree as \`CST_CONTENT_DIR\`: \`astro build\`,
  which runs the integrity check first, then Pagefind indexes the pages in its own process once
  Astro has exited. The time and memory are the whole of it.
- **Baseline**: \`bench/baseline/\`, plain Astro + MDX with the same astro and @astrojs/mdx, one glob
  collection of the same .mdx files with a permissive schema and one page per entry (title,
  summary, body), no other integrations. The difference is what the project's features cost.
- **Hugo**: Debian's \`hugo\` package on the same entries converted to Markdown with front matter
  (bench/hugo.ts), minimal layout, one page per entry.
- **Time** is wall clock from starting the process to its exit. **Peak memory** is the largest
  resident memory of the whole process tree, sampled from /proc every 100 ms and summed over the
  tree (Astro's process, then Pagefind's, during the site's build); the largest single process's
  exact maxRSS from GNU time is given beside it.
- **Search**: the built site served on 127.0.0.1; headless Chromium (playwright-core) opens
  /search/ and waits until the page has loaded Pagefind and its filters ("ready"); then, in the
  page, Pagefind's JS API with the site's options (\`src/scripts/search-options.ts\`) runs
  ${r.queries.length} distinct queries drawn from the generated vocabulary, each timed with
  \`performance.now()\`: \`search()\` alone; search until the data of the best 5 results is in,
  which is when the search page shows them (the target is measured here); and search plus the
  best 20 results' data, the whole first page of results. The first query is reported on its own;
  median and 95th percentile are over the other ${r.queries.length - 1}.`);
  if (r.notes.length > 0) out.push(`\n**Notes from this run:**\n${r.notes.map((x) => `- ${x}`).join('\n')}`);

  // ----- targets
  out.push('\n## Targets');
  const targetRows: string[][] = [];
  const buildRows = sizes.filter((s) => s.site.ok && s.baseline.ok);
  const buildMet = buildRows.length > 0 && buildRows.every((s) => s.site.seconds / s.baseline.seconds <= TARGETS.buildRatio);
  targetRows.push([
    `Build time no worse than ${TARGETS.buildRatio}× the plain Astro baseline`,
    buildRows.map((s) => `${n(s.size)}: ${ratio(s.site.seconds, s.baseline.seconds)}`).join(', ') || 'not measured',
    buildRows.length === 0 ? 'not measured' : buildMet ? 'met' : '**missed**',
  ]);
  const s5 = bySize(TARGETS.searchSize);
  if (s5 && hasSearch(s5.search)) {
    const st = searchStats(s5.search);
    // What a reader waits for: the search page shows the best five as soon as their data is in.
    const met = st.medianFirst5 < TARGETS.searchMedianMs;
    targetRows.push([
      `Search median under ${TARGETS.searchMedianMs} ms at ${n(TARGETS.searchSize)} entries`,
      `${ms(st.medianFirst5)} until the best 5 results can be shown (the search page shows them first); all 20 results ${ms(st.medianTotal)}; search() alone ${ms(st.medianSearch)}`,
      met ? 'met' : `**missed**${st.medianSearch < TARGETS.searchMedianMs ? ' (search() alone meets it)' : ''}`,
    ]);
  } else targetRows.push([`Search median under ${TARGETS.searchMedianMs} ms at ${n(TARGETS.searchSize)} entries`, 'not measured in this run', 'not measured']);
  const s10 = bySize(TARGETS.memorySize);
  if (s10 && s10.site.ok) {
    const met = s10.site.peakTreeRss < TARGETS.memoryBytes;
    targetRows.push([`Peak memory under 2 GiB at ${n(TARGETS.memorySize)} entries`, `${mib(s10.site.peakTreeRss)} (largest process ${mib(s10.site.maxProcessRss)})`, met ? 'met' : '**missed**']);
  } else targetRows.push([`Peak memory under 2 GiB at ${n(TARGETS.memorySize)} entries`, s10 ? 'the build failed' : 'not measured in this run', s10 ? '**missed**' : 'not measured']);
  out.push(table(['target', 'measured', 'result'], targetRows, ['---', '---', '---']));

  // ----- content
  out.push('\n## Content generated');
  out.push(
    table(
      ['entries', 'powers', 'problems', 'reports', 'other entries', 'entries with a public page', 'words of body text', 'distinct words', 'size on disk', 'npm run check'],
      sizes.map((s) => {
        const split = splitOf(s.size);
        const other = Object.entries(s.tree.counts).reduce((a, [k, v]) => a + (['powers', 'problems', 'reports'].includes(k) ? 0 : v), 0);
        return [n(s.size), n(split.powers), n(split.problems), n(split.reports), n(other), n(s.tree.publicEntries), n(s.tree.words), n(s.tree.distinctWords), mib(s.tree.bytes), secs(s.check.seconds)];
      }),
    ),
  );

  out.push(
    `\nThe text is built from sentence templates with made-up street and family names, so it has fewer distinct words than real prose of the same length: the example content in \`content/\` has ${n(r.example.distinct)} distinct words in ${n(r.example.words)}, and by Heaps' law (distinct words growing with the square root of the length) real text the size of these trees would have roughly ${sizes.map((s) => n(Math.round(((r.example.distinct / Math.sqrt(r.example.words)) * Math.sqrt(s.tree.words)) / 100) * 100)).join(', ')} distinct words. Pagefind's index grows with the vocabulary, so its size here is an underestimate.`,
  );

  // ----- build time
  out.push('\n## Build time');
  out.push(
    table(
      ['entries', 'this site', 'baseline (Astro + MDX)', 'Hugo', 'site ÷ baseline', 'site ÷ Hugo', 'baseline ÷ Hugo', 'site without its Pagefind step ÷ baseline'],
      sizes.map((s) => [
        n(s.size),
        buildTime(s.site),
        buildTime(s.baseline),
        buildTime(s.hugo),
        s.site.ok && s.baseline.ok ? ratio(s.site.seconds, s.baseline.seconds) : '-',
        s.site.ok && s.hugo?.ok ? ratio(s.site.seconds, s.hugo.seconds) : '-',
        s.baseline.ok && s.hugo?.ok ? ratio(s.baseline.seconds, s.hugo.seconds) : '-',
        s.site.ok && s.baseline.ok ? ratio(s.site.seconds - searchIndexMs(s.site) / 1000, s.baseline.seconds) : '-',
      ]),
    ),
  );
  out.push(
    '\n' +
      table(
        ['entries', 'pages: site', 'pages: baseline', 'pages: Hugo', 'output: site', 'output: baseline', 'site ms per page', 'baseline ms per page'],
        sizes.map((s) => [
          n(s.size),
          n(s.site.pages),
          n(s.baseline.pages),
          s.hugo ? n(s.hugo.pages) : '-',
          mib(s.site.outBytes),
          mib(s.baseline.outBytes),
          s.site.pages ? ms((s.site.seconds * 1000) / s.site.pages) : '-',
          s.baseline.pages ? ms((s.baseline.seconds * 1000) / s.baseline.pages) : '-',
        ]),
      ),
  );
  out.push(
    '\nMachine during the builds (cores the rest of the machine used on average while each build ran, from /proc/stat less the build\'s own CPU time; a build disturbed by more than 0.2 cores is run again, up to three times):\n\n' +
      table(
        ['entries', 'site: before', 'site: other load', 'site: its own CPU time', 'baseline: before', 'baseline: other load', 'baseline: its own CPU time'],
        sizes.map((s) => [n(s.size), `${s.site.before}${(s.site.attempts ?? 1) > 1 ? `; kept the least disturbed of ${s.site.attempts} runs` : ''}`, cores(s.site.otherCores), s.site.cpuSeconds === undefined ? '-' : secs(s.site.cpuSeconds), `${s.baseline.before}${(s.baseline.attempts ?? 1) > 1 ? `; kept the least disturbed of ${s.baseline.attempts} runs` : ''}`, cores(s.baseline.otherCores), s.baseline.cpuSeconds === undefined ? '-' : secs(s.baseline.cpuSeconds)]),
      ),
  );
  out.push('\n"site without its Pagefind step" takes off the search index step (Pagefind, run after Astro exits), to show the cost of the pages alone: the baseline has no search.');

  // ----- memory
  out.push('\n## Peak memory');
  out.push(
    table(
      ['entries', 'this site', 'baseline', 'Hugo', 'site ÷ baseline', 'site ÷ Hugo', 'site: largest process', 'baseline: largest process'],
      sizes.map((s) => [
        n(s.size),
        s.site.ok ? mib(s.site.peakTreeRss) : 'failed',
        s.baseline.ok ? mib(s.baseline.peakTreeRss) : 'failed',
        s.hugo ? mib(s.hugo.peakTreeRss) : 'not installed',
        ratio(s.site.peakTreeRss, s.baseline.peakTreeRss),
        s.hugo ? ratio(s.site.peakTreeRss, s.hugo.peakTreeRss) : '-',
        mib(s.site.maxProcessRss),
        mib(s.baseline.maxProcessRss),
      ]),
    ),
  );

  // ----- what-if .md
  const md = sizes.filter((s) => s.siteMd && s.baselineMd);
  if (md.length > 0) {
    out.push('\n## What-if: the same entries as plain Markdown (.md)');
    out.push(
      "\nThe toolkit reads `.md` as well as `.mdx` entries, and no entry body uses MDX syntax (no imports, no components), so renaming the files is a change the project could make. Astro turns each `.mdx` entry into a module that Vite and Rolldown bundle, while `.md` entries are rendered by the content layer. Same entries, same pages; measured the same way:\n",
    );
    out.push(
      table(
        ['entries', 'this site, .mdx', 'this site, .md', 'baseline, .mdx', 'baseline, .md', 'site .md ÷ baseline .mdx', 'site .md ÷ baseline .md', 'peak: site .md', 'peak: baseline .md', 'pages: site .md'],
        md.map((s) => [
          n(s.size),
          buildTime(s.site),
          buildTime(s.siteMd),
          buildTime(s.baseline),
          buildTime(s.baselineMd),
          s.siteMd!.ok && s.baseline.ok ? ratio(s.siteMd!.seconds, s.baseline.seconds) : '-',
          s.siteMd!.ok && s.baselineMd!.ok ? ratio(s.siteMd!.seconds, s.baselineMd!.seconds) : '-',
          s.siteMd!.ok ? mib(s.siteMd!.peakTreeRss) : '-',
          s.baselineMd!.ok ? mib(s.baselineMd!.peakTreeRss) : '-',
          n(s.siteMd!.pages),
        ]),
      ),
    );
  }

  // ----- pagefind
  out.push('\n## Pagefind');
  out.push(
    table(
      ['entries', 'pages indexed', 'time (CLI, alone)', 'its peak memory', 'the search index step of the site build', 'index size', 'index files', 'index bytes per page'],
      sizes.map((s) =>
        s.pagefind
          ? [n(s.size), s.pagefind.pagesIndexed ? n(s.pagefind.pagesIndexed) : '-', secs(s.pagefind.seconds), mib(s.pagefind.peakTreeRss), secs(searchIndexMs(s.site) / 1000), `${(s.pagefind.indexBytes / 1e6).toFixed(1)} MB`, n(s.pagefind.indexFiles), s.pagefind.pagesIndexed ? n(Math.round(s.pagefind.indexBytes / s.pagefind.pagesIndexed)) : '-']
          : [n(s.size), '-', 'not run (the build failed)', '-', '-', '-', '-', '-'],
      ),
    ),
  );
  out.push('\nThe site\'s build runs the same indexing through Pagefind\'s Node API once Astro has exited (src/node/search-index.ts); the CLI run here times it again, alone, on the built pages. Index size is the `pagefind/` folder the site publishes.');

  // ----- search
  out.push('\n## Search latency (Chromium, Pagefind JS API)');
  out.push(
    table(
      ['entries', 'page ready', 'fetched by then', 'first query, until the best 5 are in', 'median until the best 5 are in', '95th percentile', 'median with all 20', '95th percentile with all 20', 'median search() alone', '95th percentile search() alone', 'median results', 'median fetches and bytes per query'],
      sizes.map((s) => {
        if (!hasSearch(s.search)) return [n(s.size), s.search ? `failed: ${s.search.error}` : 'not run', '-', '-', '-', '-', '-', '-', '-', '-', '-', '-'];
        const st = searchStats(s.search);
        return [
          n(s.size),
          ms(s.search.readyMs),
          `${Math.round(s.search.readyBytes / 1024)} KiB`,
          `${ms(st.first.first5Ms)} ("${st.first.query}")`,
          ms(st.medianFirst5),
          ms(st.p95First5),
          ms(st.medianTotal),
          ms(st.p95Total),
          ms(st.medianSearch),
          ms(st.p95Search),
          n(st.medianResults),
          `${st.medianFetches}, ${Math.round(st.medianBytes / 1024)} KiB`,
        ];
      }),
    ),
  );
  out.push('\n"Until the best 5 are in" is search plus the data of the best 5 results: the search page shows those as soon as they arrive, then the rest, so this is what a reader waits for. "With all 20" is the whole first page of results; "search() alone" is Pagefind finding and ranking the pages.');

  // ----- where the time goes
  out.push('\n## Where the time goes');
  const missedBuild = !buildMet && buildRows.length > 0;
  const missedSearch = !!(s5 && hasSearch(s5.search) && searchStats(s5.search).medianFirst5 >= TARGETS.searchMedianMs);
  const missedMemory = !!(s10 && (!s10.site.ok || s10.site.peakTreeRss >= TARGETS.memoryBytes));
  if (!missedBuild && !missedSearch && !missedMemory) out.push('\nEvery measured target was met.');

  const largest = [...sizes].reverse().find((s) => s.site.ok && s.baseline.ok);
  if (largest) {
    out.push(`\n### Build phases at ${n(largest.size)} entries (from the times Astro prints them)`);
    const names = [...new Set([...largest.site.phases, ...largest.baseline.phases].map((p) => p.name))];
    const find = (b: Build, name: string) => b.phases.find((p) => p.name === name);
    const rows = names.map((name) => {
      const a = find(largest.site, name);
      const b = find(largest.baseline, name);
      return [name, a ? secs(a.ms / 1000) : '-', b ? secs(b.ms / 1000) : '-', secs(((a?.ms ?? 0) - (b?.ms ?? 0)) / 1000), a ? mib(a.peakRss) : '-', b ? mib(b.peakRss) : '-'];
    });
    rows.push(['**total**', secs(largest.site.seconds), secs(largest.baseline.seconds), secs(largest.site.seconds - largest.baseline.seconds), mib(largest.site.peakTreeRss), mib(largest.baseline.peakTreeRss)]);
    out.push(table(['phase', 'this site', 'baseline', 'difference', 'site peak memory in phase', 'baseline peak memory in phase'], rows));
    const diffs = names
      .map((name) => ({ name, d: ((find(largest.site, name)?.ms ?? 0) - (find(largest.baseline, name)?.ms ?? 0)) / 1000 }))
      .filter((x) => x.d > 0)
      .sort((a, b) => b.d - a.d);
    const extra = largest.site.seconds - largest.baseline.seconds;
    if (extra > 0)
      out.push(
        `\nThe site takes ${secs(extra)} more than the baseline at ${n(largest.size)} entries. Largest shares of that: ${diffs
          .slice(0, 4)
          .map((x) => `${x.name} ${secs(x.d)} (${Math.round((x.d / extra) * 100)}%)`)
          .join('; ')}. It builds ${n(largest.site.pages)} pages to the baseline's ${n(largest.baseline.pages)} (${ratio(largest.site.pages, largest.baseline.pages)}): besides one page per entry it writes the committee version of each report, indexes, A to Z lists, the tracker pages, feeds, exports and the meeting packs.`,
      );
    if (sizes.length > 1) {
      const rows2 = sizes
        .filter((s) => s.site.ok && s.baseline.ok)
        .map((s) => {
          const r1 = s.site.phases.find((p) => p.name.startsWith('render'));
          const r2 = s.baseline.phases.find((p) => p.name.startsWith('render'));
          const c1 = s.site.phases.find((p) => p.name.startsWith('start-up'));
          const c2 = s.baseline.phases.find((p) => p.name.startsWith('start-up'));
          const between = (b: Build, phase: Phase | undefined) => (phase && b.routes.length > 0 ? secs((phase.ms - b.routes.reduce((a, g) => a + g.ms, 0)) / 1000) : '-');
          return [n(s.size), r1 ? secs(r1.ms / 1000) : '-', r2 ? secs(r2.ms / 1000) : '-', r1 && s.site.pages ? ms(r1.ms / s.site.pages) : '-', r2 && s.baseline.pages ? ms(r2.ms / s.baseline.pages) : '-', between(s.site, r1), between(s.baseline, r2), c1 && c2 ? secs((c1.ms - c2.ms) / 1000) : '-', secs(s.check.seconds), secs(searchIndexMs(s.site) / 1000)];
        });
      out.push('\nHow the parts grow with the number of entries:\n');
      out.push(table(['entries', 'render: site', 'render: baseline', 'render per page: site', 'render per page: baseline', 'render phase outside the pages: site', 'render phase outside the pages: baseline', 'start-up: site minus baseline (the integrity check)', 'npm run check alone', 'site: Pagefind step'], rows2));
      out.push('\n"Render phase outside the pages" is the render phase less the sum of the per-page times Astro prints: mostly `getStaticPaths` and the data each route prepares once for all its pages. Work that grows with the square of the entries shows up there first.');
    }
  }

  if (largest && largest.site.routes.length > 0) {
    out.push(`\n### Render time by kind of page at ${n(largest.size)} entries (Astro's per-page times)`);
    const rows = largest.site.routes.slice(0, 14).map((g) => [g.pattern, n(g.pages), secs(g.ms / 1000), ms(g.ms / g.pages), ms(g.slowestMs)]);
    for (const g of largest.baseline.routes.slice(0, 2)) rows.push([`baseline: ${g.pattern}`, n(g.pages), secs(g.ms / 1000), ms(g.ms / g.pages), ms(g.slowestMs)]);
    out.push('\n' + table(['pages', 'count', 'total', 'per page', 'slowest page'], rows));
    const total = largest.site.routes.reduce((a, g) => a + g.ms, 0);
    const single = largest.site.routes.filter((g) => g.pages === 1).reduce((a, g) => a + g.ms, 0);
    out.push(`\nSingle pages that list many entries (indexes, A to Z lists, tracker, exports, feeds, freshness) take ${secs(single / 1000)} of the ${secs(total / 1000)} of rendering; the largest files written:\n`);
    out.push(table(['file', 'size'], largest.site.largestPages.map((p) => [p.path, `${(p.bytes / 1024).toLocaleString('en-GB', { maximumFractionDigits: 0 })} KiB`])));
  }

  const mem = [...sizes].reverse().find((s) => s.site.ok);
  if (mem) {
    const indexing = mem.site.phases.find((p) => p.name === SEARCH_INDEX_PHASE);
    const astroPeak = astroPeakOf(mem.site);
    const worst = [...mem.site.phases].sort((a, b) => b.peakRss - a.peakRss)[0];
    out.push(`\n### Memory at ${n(mem.size)} entries`);
    const lines2: string[] = [];
    if (mem.baseline.ok)
      lines2.push(
        `The plain Astro baseline alone peaks at ${mib(mem.baseline.peakTreeRss)}${mem.baseline.peakTreeRss >= TARGETS.memoryBytes ? `, ${mem.size >= TARGETS.memorySize ? 'already above' : 'and would be above'} the 2 GiB target: most of the memory is Astro bundling and rendering every MDX entry in one process, before anything this project adds` : ''}.`,
      );
    if (indexing && worst)
      lines2.push(
        `This site's peak, ${mib(mem.site.peakTreeRss)}, comes in the phase "${worst.name}". Astro's process peaks at ${mib(astroPeak)}; Pagefind's, which starts only after Astro has exited, at ${mib(indexing.peakRss)}${mem.pagefind ? ` (${mib(mem.pagefind.peakTreeRss)} when its CLI runs alone on the same pages)` : ''}. Pagefind keeps every indexed word of every page in memory until it writes the index, so its peak grows with the words indexed, not the number of files.`,
      );
    if (mem.siteUncapped?.ok) {
      const u = mem.siteUncapped;
      const capBytes = Number(NODE_OPTIONS.replace('--max-old-space-size=', '')) * 1024 * 1024;
      const astroPeakUncapped = astroPeakOf(u);
      lines2.push(
        `With V8's heap left at 8 GiB instead of the ${NODE_OPTIONS.replace('--max-old-space-size=', '')} MiB cap \`npm run build\` sets, the same build takes ${secs(u.seconds)} (capped: ${secs(mem.site.seconds)}) and Astro's process peaks at ${mib(astroPeakUncapped)} (capped: ${mib(astroPeak)}): without a cap V8 lets garbage pile up, and the machine pays for the memory.${astroPeak > capBytes ? ` The cap bounds V8's old-generation heap, so at least ${mib(astroPeak - capBytes)} of Astro's capped peak is memory outside it (the bundler's native memory, compiled code, buffers), which no heap setting reaches.` : ''}`,
      );
    }
    out.push(`\n${lines2.join(' ')}`);
  }

  if (r.profile?.cpu) {
    const p = r.profile;
    const cpu = p.cpu!;
    const pct = (v: number) => `${((v / cpu.totalMs) * 100).toFixed(1)}%`;
    out.push(`\n### CPU profile of this site's build at ${n(p.size)} entries`);
    out.push(`\nOne more build with \`node --cpu-prof --trace-gc\` (${secs(p.seconds)} with the profiler on; ${secs(cpu.totalMs / 1000)} of samples in the main Node process; Pagefind's own process and Rolldown's native threads are not in it). Raw profile: \`bench/.work/profile-${p.size}/\`.`);
    out.push('\nSelf time by where the code lives:\n');
    out.push(table(['owner', 'self time', 'share'], cpu.byOwner.slice(0, 15).map((x) => [x.name, secs(x.ms / 1000), pct(x.ms)])));
    out.push('\nTime with the owner anywhere on the (synchronous) stack, so nested work is counted under its caller too:\n');
    out.push(table(['owner', 'inclusive time', 'share'], cpu.inclusiveByOwner.filter((x) => x.name !== '(idle)' && x.name !== '(program)').slice(0, 15).map((x) => [x.name, secs(x.ms / 1000), pct(x.ms)])));
    out.push('\nHottest functions by self time:\n');
    out.push(table(['function', 'self time', 'share'], cpu.byFunction.slice(0, 20).map((x) => [x.name.replaceAll('|', '\\|'), secs(x.ms / 1000), pct(x.ms)])));
    if (cpu.projectFiles.length > 0) {
      out.push("\nThe project's code (self time). The build's bundled chunks hold the pages, the project's `src/lib` and `src/data` modules and Astro's own runtime; a chunk keeps the name of its main module (`powers.mjs` is `src/lib/powers.ts`), and lines are the chunk's:\n");
      out.push(table(['file or component', 'self time', 'share'], cpu.projectFiles.slice(0, 15).map((x) => [x.name.replaceAll('|', '\\|'), secs(x.ms / 1000), pct(x.ms)])));
    }
    if (cpu.staticPaths.length > 0) {
      out.push("\nTime under each route's `getStaticPaths` (the work a route does once, before its pages; routes are named by their bundled chunk), and where it went:\n");
      out.push(table(['route chunk', 'time', 'spent in'], cpu.staticPaths.map((g) => [g.chunk, secs(g.ms / 1000), g.top.map((t) => `${t.name.replaceAll('|', '\\|')} ${secs(t.ms / 1000)}`).join('; ')])));
    }
    out.push(`\nLive JavaScript heap after full garbage collections, by phase (the memory each phase really holds, from \`--trace-gc\`):\n`);
    out.push(table(['phase', 'largest live heap after a full GC', 'phase time (profiled)'], p.liveHeapByPhase.map((x, i) => [x.name, x.liveMiB ? `${Math.round(x.liveMiB).toLocaleString('en-GB')} MiB` : 'no full GC', secs((p.phases[i]?.ms ?? 0) / 1000)])));
  } else if (missedBuild || missedMemory) out.push('\nNo CPU profile in this run (run without `--no-profile` to get one).');

  if (missedSearch && s5 && hasSearch(s5.search)) {
    const st = searchStats(s5.search);
    const rest = s5.search.queries.slice(1);
    out.push(`\n### Search at ${n(TARGETS.searchSize)} entries`);
    out.push(
      `\nOf the median ${ms(st.medianFirst5)} until the best 5 are in, \`search()\` itself takes ${ms(st.medianSearch)} and loading those results' data the rest (all 20 take ${ms(st.medianTotal)}); a median query fetches ${st.medianFetches} files (${Math.round(st.medianBytes / 1024)} KiB) from the server, one fragment per result shown plus the index chunks for new words. Queries with many results are the slow ones:`,
    );
    const slow = [...rest].sort((a, b) => b.first5Ms - a.first5Ms).slice(0, 8);
    out.push('\n' + table(['query', 'results', 'search()', 'search and 20 results', 'best 5 in', 'files fetched', 'bytes fetched'], slow.map((q) => [`"${q.query}"`, n(q.results), ms(q.searchMs), ms(q.totalMs), ms(q.first5Ms), n(q.fetches), `${Math.round(q.bytes / 1024)} KiB`])));
    const few = rest.filter((q) => q.results <= 20);
    const many = rest.filter((q) => q.results > 100);
    if (few.length > 0 && many.length > 0)
      out.push(`\nMedian until the best 5 are in, for queries with 20 results or fewer: ${ms(percentile(few.map((q) => q.first5Ms), 50))} (${few.length} queries); with more than 100 results: ${ms(percentile(many.map((q) => q.first5Ms), 50))} (${many.length} queries).`);
  }

  // ----- all queries
  const last = [...sizes].reverse().find((s) => hasSearch(s.search));
  if (last && hasSearch(last.search)) {
    out.push(`\n### Every query at ${n(last.size)} entries\n`);
    out.push(table(['#', 'query', 'results', 'search()', 'best 5 in', 'search and 20 results'], last.search.queries.map((q, i) => [String(i + 1), `"${q.query}"`, n(q.results), ms(q.searchMs), ms(q.first5Ms), ms(q.totalMs)])));
  }
  return `${out.join('\n')}\n`;
}

// ---------------------------------------------------------------- main
async function main() {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '1000,5000,10000' },
      queries: { type: 'string', default: '60' },
      'profile-size': { type: 'string' },
      'no-profile': { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      'report-only': { type: 'boolean', default: false },
      'max-wait': { type: 'string', default: '20' },
    },
  });
  maxWaitMs = Number(values['max-wait']) * 60_000;
  if (values['report-only']) {
    writeFileSync(resultsMd, report(JSON.parse(readFileSync(resultsJson, 'utf8')) as Results));
    log(`wrote ${path.relative(root, resultsMd)} from ${path.relative(root, resultsJson)}`);
    return;
  }
  const [major, minor] = process.versions.node.split('.').map(Number) as [number, number];
  if (major < 22 || (major === 22 && minor < 12)) throw new Error(`Astro 7 needs Node 22.12 or later; this is ${process.version}. Run it as npm run bench.`);
  const sizes = values.sizes.split(',').map((s) => Number(s.trim().replaceAll('_', ''))).filter((s) => s > 0);
  const queries = searchQueries(Math.max(51, Number(values.queries)));
  mkdirSync(work, { recursive: true });

  // Issue 18's search timings on the example site first: quick, and written to their own file.
  log('example site search: /search/?q=… and the home page box to results (bench/SEARCH-RESULTS.md)');
  await runExampleSearchBench(5, maxWaitMs);

  const notes: string[] = [];
  if (!hasGnuTime()) notes.push('GNU time (/usr/bin/time, Debian package `time`) is not installed, so the largest single process\'s maxRSS is missing; the tree peak is sampled from /proc.');
  const hugo = hugoVersion();
  if (!hugo) notes.push('Hugo not installed: the Hugo comparison was skipped (install Debian\'s package with `apt-get install -y hugo`).');

  const results: Results = {
    date: new Date().toISOString().slice(0, 10),
    machine: {
      cpu: os.cpus()[0]?.model.trim() ?? 'unknown CPU',
      cores: String(os.cpus().length),
      memory: `${Math.round(os.totalmem() / GiB)} GiB`,
      os: `${os.type()} ${os.release()}`,
      loadStart: os.loadavg()[0]!.toFixed(1),
      loadEnd: '',
    },
    versions: { node: process.version, astro: version('astro'), mdx: version('@astrojs/mdx'), pagefind: version('pagefind'), playwright: version('playwright-core'), hugo: hugo ?? 'not installed', chromium: 'Chromium (not run)' },
    queries,
    sizes: [],
    profile: undefined,
    notes,
    example: exampleVocabulary(),
  };

  // Warm-up, not measured: the first build after a while pays for cold disk caches and Vite's
  // dependency scan; doing it once for both builds keeps that out of the first size's figures.
  log('warm-up builds on 100 entries (not measured)');
  const warm = path.join(work, 'content-100');
  generateContent(warm, 100);
  const w1 = await buildSite(warm, path.join(work, 'out/warm-site'));
  const w2 = await buildBaseline(warm, path.join(work, 'out/warm-baseline'));
  rmSync(path.join(work, 'out/warm-site'), { recursive: true, force: true });
  rmSync(path.join(work, 'out/warm-baseline'), { recursive: true, force: true });
  if (w1.exitCode !== 0) throw new Error(`the site does not build on generated content:\n${w1.lines.filter((l) => !isRouteLine(l.text)).slice(-30).map((l) => l.text).join('\n')}`);
  if (w2.exitCode !== 0) throw new Error(`the baseline does not build:\n${w2.lines.slice(-30).map((l) => l.text).join('\n')}`);

  for (const size of sizes) {
    const result = await runSize(size, queries, values.keep, notes);
    results.sizes.push(result);
    if (hasSearch(result.search)) results.versions.chromium = result.search.chromium;
    const busy = [['site', result.site], ['baseline', result.baseline]] as const;
    for (const [name, b] of busy)
      if ((b.otherCores ?? 0) > 0.2 || b.others.length > 0)
        notes.push(`At ${n(size)} entries other work ran during the ${name} build (${b.others.join(', ') || 'unnamed processes'}; on average ${(b.otherCores ?? 0).toFixed(2)} of the ${os.cpus().length} cores), so its figures are noisier.`);
    writeFileSync(resultsJson, JSON.stringify(results, null, 2));
  }

  // Profile what missed its target.
  const s5 = results.sizes.find((s) => s.size === TARGETS.searchSize);
  const s10 = results.sizes.find((s) => s.size === TARGETS.memorySize);
  const buildMissed = results.sizes.some((s) => s.site.ok && s.baseline.ok && s.site.seconds / s.baseline.seconds > TARGETS.buildRatio);
  const memoryMissed = !!s10 && (!s10.site.ok || s10.site.peakTreeRss >= TARGETS.memoryBytes);
  if (!values['no-profile'] && (buildMissed || memoryMissed)) {
    const size = Number(values['profile-size'] ?? (sizes.includes(5000) ? 5000 : Math.max(...sizes)));
    results.profile = await profileSite(size);
  }
  void s5;
  results.machine.loadEnd = os.loadavg()[0]!.toFixed(1);
  writeFileSync(resultsJson, JSON.stringify(results, null, 2));
  writeFileSync(resultsMd, report(results));
  log(`wrote ${path.relative(root, resultsMd)}`);
}

await main();
