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
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { AS_OF, generateContent, searchQueries } from './generate.ts';
import { hugoVersion, writeHugoSite } from './hugo.ts';
import { hasGnuTime, measure, othersRunning, peakBetween, waitForQuiet, type Line, type Measured } from './measure.ts';
import { gcPoints, summariseCpuProfile } from './profile.ts';
import { measureSearch, percentile, type SearchRun } from './search.ts';
import { runExampleSearchBench } from './example-search.ts';
import { report } from './report.ts';
import { hasSearch, mib, n } from './format.ts';
import {
  GiB,
  HEAP_ARGS,
  NODE_OPTIONS,
  SEARCH_INDEX_PHASE,
  TARGETS,
  type Build,
  type PagefindRun,
  type Phase,
  type ProfileResult,
  type Results,
  type RouteTime,
  type SizeResult,
} from './results.ts';

const root = path.resolve(import.meta.dirname, '..');
const work = path.join(root, 'bench/.work');
const resultsJson = path.join(work, 'results.json');
const resultsMd = path.join(root, 'bench/RESULTS.md');
const astroBin = path.join(root, 'node_modules/astro/bin/astro.mjs');
const pagefindBin = path.join(root, 'node_modules/pagefind/lib/runner/bin.cjs');
const baselineRoot = path.join(root, 'bench/baseline');
const buildScript = path.join(root, 'scripts/build.ts');

// ---------------------------------------------------------------- types of the results
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
    return (
      JSON.parse(readFileSync(path.join(root, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }
    ).version;
  } catch {
    return 'not installed';
  }
}

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
    if (
      PHASE_MARKERS.some(([, m]) => m.test(line.text)) ||
      /error|Error|problem/.test(line.text) ||
      /Search index|page\(s\) built/.test(line.text)
    )
      console.log(
        `  ${prefix} +${(line.ms / 1000).toFixed(1)}s ${line.text.replace(/^\d\d:\d\d:\d\d /, '').slice(0, 160)}`,
      );
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
      else if (/\.(html|csv|json|xml|ics|vcf)$/.test(e.name) && !p.includes(`${path.sep}pagefind${path.sep}`))
        all.push({ path: `/${path.relative(dir, p)}`, bytes: statSync(p).size });
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
    ...(ok
      ? {}
      : {
          tail: run.lines
            .filter((l) => !isRouteLine(l.text))
            .slice(-40)
            .map((l) => l.text),
        }),
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
async function buildSite(
  contentDir: string,
  outDir: string,
  profilerArgs: string[] = [],
  extraEnv: Record<string, string> = {},
): Promise<Measured> {
  rmSync(outDir, { recursive: true, force: true });
  rmSync(siteCacheDir(contentDir), { recursive: true, force: true }); // a cold build every time
  const args = profilerArgs.length > 0 ? [...HEAP_ARGS, ...profilerArgs, astroBin, 'build'] : [buildScript];
  try {
    return await measure(process.execPath, args, {
      cwd: root,
      env: {
        CST_CONTENT_DIR: contentDir,
        CST_OUT_DIR: outDir,
        CST_AS_OF: AS_OF,
        ASTRO_TELEMETRY_DISABLED: '1',
        FORCE_COLOR: '0',
        ...extraEnv,
      },
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
  if (!result.quiet)
    log(`  still busy after ${Math.round(result.waitedMs / 60_000)} min (${result.last}); measuring anyway`);
  return result.quiet
    ? `quiet${result.waitedMs > 10_000 ? ` after waiting ${Math.round(result.waitedMs / 1000)} s` : ''}`
    : `busy (${result.last}) after waiting ${Math.round(result.waitedMs / 60_000)} min`;
}

/**
 * Measures on a quiet machine; if other work still used more than a fifth of a core meanwhile,
 * measures again (at most three times) and keeps the least disturbed run.
 */
async function steady(
  what: string,
  run: () => Promise<Measured>,
): Promise<{ run: Measured; before: string; attempts: number }> {
  let best: { run: Measured; before: string } | undefined;
  let attempts = 0;
  for (let i = 0; i < 3; i++) {
    const before = await quiet(what);
    const result = await run();
    attempts++;
    if (!best || (result.otherCores ?? 0) < (best.run.otherCores ?? 0)) best = { run: result, before };
    if (result.exitCode !== 0 || (result.otherCores ?? 0) <= 0.2) break;
    if (i < 2)
      log(`  disturbed: other work used ${(result.otherCores ?? 0).toFixed(2)} cores during ${what}; measuring again`);
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
  const check = await measure(process.execPath, ['scripts/check.ts', '--content', contentDir], {
    cwd: root,
    env: { CST_AS_OF: AS_OF },
  });
  if (check.exitCode !== 0)
    throw new Error(
      `the generated tree fails npm run check:\n${check.lines
        .filter((l) => !/review was due/.test(l.text))
        .slice(0, 40)
        .map((l) => l.text)
        .join('\n')}`,
    );

  log('this site: npm run build (integrity check and pages in astro build, then Pagefind)');
  const siteSteady = await steady('the site build', () => buildSite(contentDir, siteOut));
  const site = toBuild(siteSteady.run, siteOut, siteSteady.before, ids, siteSteady.attempts);
  log(
    `  site: ${site.ok ? 'ok' : `FAILED (exit ${site.exitCode})`}, ${site.seconds.toFixed(1)} s, peak ${mib(site.peakTreeRss)}, ${site.pages} pages`,
  );

  let siteUncapped: Build | undefined;
  if (site.ok && size === TARGETS.memorySize) {
    log("what-if: the same build with V8's heap left at 8 GiB (npm run build caps it)");
    const scratch = path.join(work, `out/site-uncapped-${size}`);
    const u = await steady('the uncapped site build', () =>
      buildSite(contentDir, scratch, [], { NODE_OPTIONS: '--max-old-space-size=8192' }),
    );
    siteUncapped = toBuild(u.run, scratch, u.before, ids, u.attempts);
    rmSync(scratch, { recursive: true, force: true });
    log(
      `  site (uncapped): ${siteUncapped.ok ? 'ok' : 'FAILED'}, ${siteUncapped.seconds.toFixed(1)} s, peak ${mib(siteUncapped.peakTreeRss)}`,
    );
  }

  let pagefind: PagefindRun | undefined;
  if (site.ok) {
    log('Pagefind CLI on the built site, alone');
    const scratch = path.join(work, `out/pagefind-cli-${size}`);
    rmSync(scratch, { recursive: true, force: true });
    const { run } = await steady('Pagefind', () =>
      measure(process.execPath, [pagefindBin, '--site', siteOut, '--output-path', scratch], { cwd: root }),
    );
    const index = dirStats(path.join(siteOut, 'pagefind'));
    const pages = Number(/Indexed (\d+) pages?/.exec(run.lines.map((l) => l.text).join('\n'))?.[1]);
    pagefind = {
      ok: run.exitCode === 0,
      seconds: run.seconds,
      peakTreeRss: run.peakTreeRss,
      indexBytes: index.bytes,
      indexFiles: index.files,
      pagesIndexed: Number.isNaN(pages) ? undefined : pages,
    };
    rmSync(scratch, { recursive: true, force: true });
    log(
      `  pagefind: ${pagefind.seconds.toFixed(1)} s, index ${mib(pagefind.indexBytes)} in ${pagefind.indexFiles} files`,
    );
  }

  log('baseline: plain Astro + MDX, one page per entry');
  const baseSteady = await steady('the baseline build', () => buildBaseline(contentDir, baseOut));
  const baseline = toBuild(baseSteady.run, baseOut, baseSteady.before, ids, baseSteady.attempts);
  log(
    `  baseline: ${baseline.ok ? 'ok' : `FAILED (exit ${baseline.exitCode})`}, ${baseline.seconds.toFixed(1)} s, peak ${mib(baseline.peakTreeRss)}, ${baseline.pages} pages`,
  );
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
    log(
      `  hugo: ${hugo.ok ? 'ok' : 'FAILED'}, ${hugo.seconds.toFixed(1)} s, peak ${mib(hugo.peakTreeRss)}, ${hugo.pages} pages`,
    );
    if (!keep) (rmSync(hugoOut, { recursive: true, force: true }), rmSync(hugoSite, { recursive: true, force: true }));
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
  log(
    `  site (.md): ${siteMd.ok ? 'ok' : `FAILED (exit ${siteMd.exitCode})`}, ${siteMd.seconds.toFixed(1)} s, peak ${mib(siteMd.peakTreeRss)}, ${siteMd.pages} pages`,
  );
  const mdBaseSteady = await steady('the baseline build (.md)', () => buildBaseline(mdDir, mdBaseOut, '**/*.md'));
  const baselineMd = toBuild(mdBaseSteady.run, mdBaseOut, mdBaseSteady.before, ids, mdBaseSteady.attempts);
  log(
    `  baseline (.md): ${baselineMd.ok ? 'ok' : `FAILED (exit ${baselineMd.exitCode})`}, ${baselineMd.seconds.toFixed(1)} s, peak ${mib(baselineMd.peakTreeRss)}, ${baselineMd.pages} pages`,
  );
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
        else
          notesOut.push(
            `At ${n(size)} entries other work (${[...seen].join(', ')}) ran during the search measurement, so its figures are noisier.`,
          );
      }
      search = measured!;
      const rest = measured!.queries.slice(1).map((q) => q.totalMs);
      log(
        `  search: ready ${measured!.readyMs} ms, first ${measured!.queries[0]!.totalMs.toFixed(0)} ms, median ${percentile(rest, 50).toFixed(0)} ms, p95 ${percentile(rest, 95).toFixed(0)} ms`,
      );
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
  const profiles = readdirSync(profDir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => path.join(profDir, f));
  const main = profiles.sort((a, b) => statSync(b).size - statSync(a).size)[0];
  const cpu = main ? summariseCpuProfile(main, root) : undefined;
  writeFileSync(
    path.join(profDir, 'build.log'),
    run.lines
      .filter((l) => !isRouteLine(l.text))
      .map((l) => `${(l.ms / 1000).toFixed(3)} ${l.text}`)
      .join('\n'),
  );
  log(`  profile: ${run.seconds.toFixed(1)} s, ${profiles.length} profile file(s) in ${path.relative(root, profDir)}`);
  return { size, seconds: run.seconds, cpu, liveHeapByPhase, phases };
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
  if (major < 22 || (major === 22 && minor < 12))
    throw new Error(`Astro 7 needs Node 22.12 or later; this is ${process.version}. Run it as npm run bench.`);
  const sizes = values.sizes
    .split(',')
    .map((s) => Number(s.trim().replaceAll('_', '')))
    .filter((s) => s > 0);
  const queries = searchQueries(Math.max(51, Number(values.queries)));
  mkdirSync(work, { recursive: true });

  // Issue 18's search timings on the example site first: quick, and written to their own file.
  log('example site search: /search/?q=… and the home page box to results (bench/SEARCH-RESULTS.md)');
  await runExampleSearchBench(5, maxWaitMs);

  const notes: string[] = [];
  if (!hasGnuTime())
    notes.push(
      "GNU time (/usr/bin/time, Debian package `time`) is not installed, so the largest single process's maxRSS is missing; the tree peak is sampled from /proc.",
    );
  const hugo = hugoVersion();
  if (!hugo)
    notes.push(
      "Hugo not installed: the Hugo comparison was skipped (install Debian's package with `apt-get install -y hugo`).",
    );

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
    versions: {
      node: process.version,
      astro: version('astro'),
      mdx: version('@astrojs/mdx'),
      pagefind: version('pagefind'),
      playwright: version('playwright-core'),
      hugo: hugo ?? 'not installed',
      chromium: 'Chromium (not run)',
    },
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
  if (w1.exitCode !== 0)
    throw new Error(
      `the site does not build on generated content:\n${w1.lines
        .filter((l) => !isRouteLine(l.text))
        .slice(-30)
        .map((l) => l.text)
        .join('\n')}`,
    );
  if (w2.exitCode !== 0)
    throw new Error(
      `the baseline does not build:\n${w2.lines
        .slice(-30)
        .map((l) => l.text)
        .join('\n')}`,
    );

  for (const size of sizes) {
    const result = await runSize(size, queries, values.keep, notes);
    results.sizes.push(result);
    if (hasSearch(result.search)) results.versions.chromium = result.search.chromium;
    const busy = [
      ['site', result.site],
      ['baseline', result.baseline],
    ] as const;
    for (const [name, b] of busy)
      if ((b.otherCores ?? 0) > 0.2 || b.others.length > 0)
        notes.push(
          `At ${n(size)} entries other work ran during the ${name} build (${b.others.join(', ') || 'unnamed processes'}; on average ${(b.otherCores ?? 0).toFixed(2)} of the ${os.cpus().length} cores), so its figures are noisier.`,
        );
    writeFileSync(resultsJson, JSON.stringify(results, null, 2));
  }

  // Profile what missed its target.
  const s5 = results.sizes.find((s) => s.size === TARGETS.searchSize);
  const s10 = results.sizes.find((s) => s.size === TARGETS.memorySize);
  const buildMissed = results.sizes.some(
    (s) => s.site.ok && s.baseline.ok && s.site.seconds / s.baseline.seconds > TARGETS.buildRatio,
  );
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
