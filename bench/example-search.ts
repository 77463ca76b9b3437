/**
 * npm run bench:search [-- --runs 15] (also the first step of npm run bench)
 *
 * Issue 18's search timings, on the example site as a councillor meets it, in Chromium:
 *   1. opening /search/?q=… until the results show (the search page marks `cst-search-results`
 *      when it has drawn them), from the start of the navigation: target median under 150 ms;
 *   2. from pressing Enter in the home page's search box (after the home page has loaded and its
 *      prefetches have finished) until the results show on the search page: target under 300 ms.
 * Each query runs in a fresh browser context, so nothing is cached but what the home page
 * prefetched. Writes bench/SEARCH-RESULTS.md. Not a test: the figures depend on the machine.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { serveStatic } from '../tests/helpers/static-server.ts';
import { percentile } from './search.ts';
import { othersRunning, waitForQuiet } from './measure.ts';

const root = path.resolve(import.meta.dirname, '..');
const siteDir = path.join(root, 'bench/.work/example-site');
const resultsMd = path.join(root, 'bench/SEARCH-RESULTS.md');
const TARGETS = { directMs: 150, fromHomeMs: 300 };

/** Residents' words, sentences and typing mistakes, as the search quality tests use them. */
export const exampleQueries = [
  'noisy neighbours',
  'dog howling while owners at work',
  'cukooing',
  'asbo',
  'boy racers revving in the supermarket car park',
  'grafitti on the bus shelter',
  'CPN',
  'kids hanging round the park drinking cider',
  'who do I ring about noise',
  'fly tipping',
];

export interface ExampleSearchRun {
  direct: { query: string; ms: number }[];
  fromHome: { query: string; ms: number }[];
  /** The search page with a script that only sets the mark: what any script on it costs here. */
  floor: number[];
  chromium: string;
  before: string;
}

/**
 * Writes /bench-floor/: the search page with its script swapped for one that only sets the mark
 * and nothing preloaded. Opening it measures what a fresh page with one script costs on this
 * machine before any search work, the floor under the first timing.
 */
function writeFloorPage(dist: string): string {
  const search = readFileSync(path.join(dist, 'search/index.html'), 'utf8');
  const floor = search
    .replace(
      /<script type="module" src="[^"]+"><\/script>/,
      '<script type="module" src="/bench-floor/mark.js"></script>',
    )
    .replace(/<link rel="(?:module)?preload"[^>]*>/g, '');
  if (floor === search || !floor.includes('/bench-floor/mark.js'))
    throw new Error('bench: the search page has no module script to replace');
  mkdirSync(path.join(dist, 'bench-floor'), { recursive: true });
  writeFileSync(path.join(dist, 'bench-floor/index.html'), floor);
  writeFileSync(path.join(dist, 'bench-floor/mark.js'), "performance.mark('cst-search-results');\n");
  return '/bench-floor/';
}

export async function measureExampleSearch(dist: string, queries: string[], runs: number): Promise<ExampleSearchRun> {
  const floorPage = writeFloorPage(dist);
  const server = await serveStatic(dist);
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser();
    const direct: ExampleSearchRun['direct'] = [];
    const fromHome: ExampleSearchRun['fromHome'] = [];
    const floor: number[] = [];
    for (let run = 0; run < runs; run++)
      for (const query of queries) {
        const bare = await browser.newContext();
        const empty = await bare.newPage();
        await empty.goto(`${server.url}${floorPage}?q=${encodeURIComponent(query)}`);
        await empty.waitForFunction(() => performance.getEntriesByName('cst-search-results').length > 0);
        floor.push(await empty.evaluate(() => performance.getEntriesByName('cst-search-results')[0]!.startTime));
        await bare.close();

        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(`${server.url}/search/?q=${encodeURIComponent(query)}`);
        await page.waitForFunction(() => performance.getEntriesByName('cst-search-results').length > 0, undefined, {
          timeout: 30_000,
        });
        direct.push({
          query,
          ms: await page.evaluate(() => performance.getEntriesByName('cst-search-results')[0]!.startTime),
        });
        await context.close();

        const fresh = await browser.newContext();
        const home = await fresh.newPage();
        await home.goto(`${server.url}/`, { waitUntil: 'networkidle' });
        await home.fill('#search-q', query);
        const pressed = await home.evaluate(() => {
          const at = performance.timeOrigin + performance.now();
          document.querySelector<HTMLFormElement>('form[role="search"]')!.requestSubmit();
          return at;
        });
        await home.waitForURL('**/search/?q=*');
        await home.waitForFunction(() => performance.getEntriesByName('cst-search-results').length > 0, undefined, {
          timeout: 30_000,
        });
        const shown = await home.evaluate(
          () => performance.timeOrigin + performance.getEntriesByName('cst-search-results')[0]!.startTime,
        );
        fromHome.push({ query, ms: shown - pressed });
        await fresh.close();
      }
    return { direct, fromHome, floor, chromium: `Chromium ${browser.version()}`, before: '' };
  } finally {
    await browser?.close();
    await server.close();
  }
}

/** Builds the example site as npm run build does, into bench/.work/example-site. */
export function buildExample(): void {
  mkdirSync(path.dirname(siteDir), { recursive: true });
  const result = spawnSync(process.execPath, [path.join(root, 'scripts/build.ts')], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CST_OUT_DIR: siteDir },
  });
  if (result.status !== 0) throw new Error(`the example site did not build (exit ${result.status})`);
}

export function report(run: ExampleSearchRun): string {
  const row = (name: string, values: { ms: number }[], target: number) => {
    const ms = values.map((v) => v.ms);
    const median = percentile(ms, 50);
    return `| ${name} | ${values.length} | ${median.toFixed(0)} ms | ${percentile(ms, 95).toFixed(0)} ms | under ${target} ms | ${median < target ? 'met' : 'missed'} |`;
  };
  const byQuery = (values: { query: string; ms: number }[]) =>
    exampleQueries.map(
      (q) =>
        `| ${q} | ${percentile(
          values.filter((v) => v.query === q).map((v) => v.ms),
          50,
        ).toFixed(0)} ms |`,
    );
  return `# Search timings on the example site

Written by \`npm run bench:search\` (bench/example-search.ts), which \`npm run bench\` also runs
first. Machine: ${os.cpus().length} cores, ${run.chromium}. ${run.before}

| what | searches | median | 95th percentile | target (issue 18) | |
| --- | --- | --- | --- | --- | --- |
${row('Opening /search/?q=… until results show', run.direct, TARGETS.directMs)}
${row("Enter in the home page's box until results show", run.fromHome, TARGETS.fromHomeMs)}

The floor: opening the same page with a script that only sets the mark, and nothing preloaded,
takes a median of ${percentile(run.floor, 50).toFixed(0)} ms (95th percentile ${percentile(run.floor, 95).toFixed(0)} ms). That is what a fresh page with one
script costs on this machine before any search work, so the first figure cannot go below it.

Each search runs in a fresh browser context, so only what the home page prefetched is at hand.
"Results show" is the search page's own mark (\`cst-search-results\`), set when the best five are
drawn: from the quick index (src/lib/search-quick.ts) when it has an answer, otherwise from
Pagefind. Timings on this shared machine vary with what else runs; the figures are for orientation.

Median by query, opening /search/?q=…:

| query | median |
| --- | --- |
${byQuery(run.direct).join('\n')}
`;
}

export async function runExampleSearchBench(runs: number, maxWaitMs: number): Promise<ExampleSearchRun> {
  buildExample();
  const quiet = await waitForQuiet(maxWaitMs);
  const others = othersRunning();
  const run = await measureExampleSearch(siteDir, exampleQueries, runs);
  run.before = quiet.quiet
    ? 'The machine was quiet when it started.'
    : `The machine was busy when it started (${others.join(', ') || quiet.last}).`;
  writeFileSync(resultsMd, report(run));
  return run;
}

if (import.meta.filename === process.argv[1]) {
  const { values } = parseArgs({
    options: { runs: { type: 'string', default: '5' }, 'max-wait': { type: 'string', default: '5' } },
  });
  const run = await runExampleSearchBench(Number(values.runs), Number(values['max-wait']) * 60_000);
  console.log(report(run));
}
