/**
 * bench/RESULTS.md from the figures a run gathered (bench/.work/results.json), section by section.
 * Pure: the same figures always give the same text.
 */
import { percentile } from './search.ts';
import { AS_OF, splitOf } from './generate.ts';
import {
  astroPeakOf,
  buildTime,
  cores,
  hasSearch,
  mib,
  ms,
  n,
  ratio,
  searchIndexMs,
  searchStats,
  secs,
  table,
} from './format.ts';
import {
  GiB,
  NODE_OPTIONS,
  SEARCH_INDEX_PHASE,
  TARGETS,
  type Build,
  type Phase,
  type Results,
  type SizeResult,
} from './results.ts';

/** Which targets this run met, for the targets table and "Where the time goes". */
interface TargetStatus {
  buildRows: SizeResult[];
  buildMet: boolean;
  s5: SizeResult | undefined;
  s10: SizeResult | undefined;
  missedBuild: boolean;
  missedSearch: boolean;
  missedMemory: boolean;
}

function targetStatus(r: Results): TargetStatus {
  const sizes = r.sizes;
  const bySize = (size: number) => sizes.find((s) => s.size === size);
  const buildRows = sizes.filter((s) => s.site.ok && s.baseline.ok);
  const buildMet =
    buildRows.length > 0 && buildRows.every((s) => s.site.seconds / s.baseline.seconds <= TARGETS.buildRatio);
  const s5 = bySize(TARGETS.searchSize);
  const s10 = bySize(TARGETS.memorySize);
  const missedBuild = !buildMet && buildRows.length > 0;
  const missedSearch = !!(s5 && hasSearch(s5.search) && searchStats(s5.search).medianFirst5 >= TARGETS.searchMedianMs);
  const missedMemory = !!(s10 && (!s10.site.ok || s10.site.peakTreeRss >= TARGETS.memoryBytes));
  return { buildRows, buildMet, s5, s10, missedBuild, missedSearch, missedMemory };
}

export function report(r: Results): string {
  const status = targetStatus(r);
  const out = [
    ...headerSection(r),
    ...targetsSection(r, status),
    ...contentSection(r),
    ...buildTimeSection(r),
    ...memorySection(r),
    ...markdownWhatIfSection(r),
    ...pagefindSection(r),
    ...searchSection(r),
    ...whereTheTimeGoesIntro(r, status),
    ...buildPhasesSection(r),
    ...renderByPageSection(r),
    ...memoryAtLargestSection(r),
    ...cpuProfileSection(r, status),
    ...slowSearchSection(r, status),
    ...everyQuerySection(r),
  ];
  return `${out.join('\n')}\n`;
}

/** The title, the machine, the versions and the method. */
function headerSection(r: Results): string[] {
  const out: string[] = [];
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
  return out;
}

/** Issue 9's targets, each met or missed. */
function targetsSection(r: Results, status: TargetStatus): string[] {
  const out: string[] = [];
  const { buildRows, buildMet, s5, s10 } = status;
  out.push('\n## Targets');
  const targetRows: string[][] = [];
  targetRows.push([
    `Build time no worse than ${TARGETS.buildRatio}× the plain Astro baseline`,
    buildRows.map((s) => `${n(s.size)}: ${ratio(s.site.seconds, s.baseline.seconds)}`).join(', ') || 'not measured',
    buildRows.length === 0 ? 'not measured' : buildMet ? 'met' : '**missed**',
  ]);
  if (s5 && hasSearch(s5.search)) {
    const st = searchStats(s5.search);
    // What a reader waits for: the search page shows the best five as soon as their data is in.
    const met = st.medianFirst5 < TARGETS.searchMedianMs;
    targetRows.push([
      `Search median under ${TARGETS.searchMedianMs} ms at ${n(TARGETS.searchSize)} entries`,
      `${ms(st.medianFirst5)} until the best 5 results can be shown (the search page shows them first); all 20 results ${ms(st.medianTotal)}; search() alone ${ms(st.medianSearch)}`,
      met ? 'met' : `**missed**${st.medianSearch < TARGETS.searchMedianMs ? ' (search() alone meets it)' : ''}`,
    ]);
  } else
    targetRows.push([
      `Search median under ${TARGETS.searchMedianMs} ms at ${n(TARGETS.searchSize)} entries`,
      'not measured in this run',
      'not measured',
    ]);
  if (s10 && s10.site.ok) {
    const met = s10.site.peakTreeRss < TARGETS.memoryBytes;
    targetRows.push([
      `Peak memory under 2 GiB at ${n(TARGETS.memorySize)} entries`,
      `${mib(s10.site.peakTreeRss)} (largest process ${mib(s10.site.maxProcessRss)})`,
      met ? 'met' : '**missed**',
    ]);
  } else
    targetRows.push([
      `Peak memory under 2 GiB at ${n(TARGETS.memorySize)} entries`,
      s10 ? 'the build failed' : 'not measured in this run',
      s10 ? '**missed**' : 'not measured',
    ]);
  out.push(table(['target', 'measured', 'result'], targetRows, ['---', '---', '---']));
  return out;
}

/** What the generator wrote at each size. */
function contentSection(r: Results): string[] {
  const out: string[] = [];
  const sizes = r.sizes;
  out.push('\n## Content generated');
  out.push(
    table(
      [
        'entries',
        'powers',
        'problems',
        'reports',
        'other entries',
        'entries with a public page',
        'words of body text',
        'distinct words',
        'size on disk',
        'npm run check',
      ],
      sizes.map((s) => {
        const split = splitOf(s.size);
        const other = Object.entries(s.tree.counts).reduce(
          (a, [k, v]) => a + (['powers', 'problems', 'reports'].includes(k) ? 0 : v),
          0,
        );
        return [
          n(s.size),
          n(split.powers),
          n(split.problems),
          n(split.reports),
          n(other),
          n(s.tree.publicEntries),
          n(s.tree.words),
          n(s.tree.distinctWords),
          mib(s.tree.bytes),
          secs(s.check.seconds),
        ];
      }),
    ),
  );

  out.push(
    `\nThe text is built from sentence templates with made-up street and family names, so it has fewer distinct words than real prose of the same length: the example content in \`content/\` has ${n(r.example.distinct)} distinct words in ${n(r.example.words)}, and by Heaps' law (distinct words growing with the square root of the length) real text the size of these trees would have roughly ${sizes.map((s) => n(Math.round(((r.example.distinct / Math.sqrt(r.example.words)) * Math.sqrt(s.tree.words)) / 100) * 100)).join(', ')} distinct words. Pagefind's index grows with the vocabulary, so its size here is an underestimate.`,
  );
  return out;
}

/** Build time of the site, the baseline and Hugo. */
function buildTimeSection(r: Results): string[] {
  const out: string[] = [];
  const sizes = r.sizes;
  out.push('\n## Build time');
  out.push(
    table(
      [
        'entries',
        'this site',
        'baseline (Astro + MDX)',
        'Hugo',
        'site ÷ baseline',
        'site ÷ Hugo',
        'baseline ÷ Hugo',
        'site without its Pagefind step ÷ baseline',
      ],
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
        [
          'entries',
          'pages: site',
          'pages: baseline',
          'pages: Hugo',
          'output: site',
          'output: baseline',
          'site ms per page',
          'baseline ms per page',
        ],
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
    "\nMachine during the builds (cores the rest of the machine used on average while each build ran, from /proc/stat less the build's own CPU time; a build disturbed by more than 0.2 cores is run again, up to three times):\n\n" +
      table(
        [
          'entries',
          'site: before',
          'site: other load',
          'site: its own CPU time',
          'baseline: before',
          'baseline: other load',
          'baseline: its own CPU time',
        ],
        sizes.map((s) => [
          n(s.size),
          `${s.site.before}${(s.site.attempts ?? 1) > 1 ? `; kept the least disturbed of ${s.site.attempts} runs` : ''}`,
          cores(s.site.otherCores),
          s.site.cpuSeconds === undefined ? '-' : secs(s.site.cpuSeconds),
          `${s.baseline.before}${(s.baseline.attempts ?? 1) > 1 ? `; kept the least disturbed of ${s.baseline.attempts} runs` : ''}`,
          cores(s.baseline.otherCores),
          s.baseline.cpuSeconds === undefined ? '-' : secs(s.baseline.cpuSeconds),
        ]),
      ),
  );
  out.push(
    '\n"site without its Pagefind step" takes off the search index step (Pagefind, run after Astro exits), to show the cost of the pages alone: the baseline has no search.',
  );
  return out;
}

/** Peak memory of each build. */
function memorySection(r: Results): string[] {
  const out: string[] = [];
  const sizes = r.sizes;
  out.push('\n## Peak memory');
  out.push(
    table(
      [
        'entries',
        'this site',
        'baseline',
        'Hugo',
        'site ÷ baseline',
        'site ÷ Hugo',
        'site: largest process',
        'baseline: largest process',
      ],
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
  return out;
}

/** What-if: the same entries as .md files. */
function markdownWhatIfSection(r: Results): string[] {
  const out: string[] = [];
  const sizes = r.sizes;
  const md = sizes.filter((s) => s.siteMd && s.baselineMd);
  if (md.length > 0) {
    out.push('\n## What-if: the same entries as plain Markdown (.md)');
    out.push(
      '\nThe toolkit reads `.md` as well as `.mdx` entries, and no entry body uses MDX syntax (no imports, no components), so renaming the files is a change the project could make. Astro turns each `.mdx` entry into a module that Vite and Rolldown bundle, while `.md` entries are rendered by the content layer. Same entries, same pages; measured the same way:\n',
    );
    out.push(
      table(
        [
          'entries',
          'this site, .mdx',
          'this site, .md',
          'baseline, .mdx',
          'baseline, .md',
          'site .md ÷ baseline .mdx',
          'site .md ÷ baseline .md',
          'peak: site .md',
          'peak: baseline .md',
          'pages: site .md',
        ],
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
  return out;
}

/** Pagefind's CLI on the built pages, and the index size. */
function pagefindSection(r: Results): string[] {
  const out: string[] = [];
  const sizes = r.sizes;
  out.push('\n## Pagefind');
  out.push(
    table(
      [
        'entries',
        'pages indexed',
        'time (CLI, alone)',
        'its peak memory',
        'the search index step of the site build',
        'index size',
        'index files',
        'index bytes per page',
      ],
      sizes.map((s) =>
        s.pagefind
          ? [
              n(s.size),
              s.pagefind.pagesIndexed ? n(s.pagefind.pagesIndexed) : '-',
              secs(s.pagefind.seconds),
              mib(s.pagefind.peakTreeRss),
              secs(searchIndexMs(s.site) / 1000),
              `${(s.pagefind.indexBytes / 1e6).toFixed(1)} MB`,
              n(s.pagefind.indexFiles),
              s.pagefind.pagesIndexed ? n(Math.round(s.pagefind.indexBytes / s.pagefind.pagesIndexed)) : '-',
            ]
          : [n(s.size), '-', 'not run (the build failed)', '-', '-', '-', '-', '-'],
      ),
    ),
  );
  out.push(
    "\nThe site's build runs the same indexing through Pagefind's Node API once Astro has exited (src/node/search-index.ts); the CLI run here times it again, alone, on the built pages. Index size is the `pagefind/` folder the site publishes.",
  );
  return out;
}

/** Search latency in Chromium. */
function searchSection(r: Results): string[] {
  const out: string[] = [];
  const sizes = r.sizes;
  out.push('\n## Search latency (Chromium, Pagefind JS API)');
  out.push(
    table(
      [
        'entries',
        'page ready',
        'fetched by then',
        'first query, until the best 5 are in',
        'median until the best 5 are in',
        '95th percentile',
        'median with all 20',
        '95th percentile with all 20',
        'median search() alone',
        '95th percentile search() alone',
        'median results',
        'median fetches and bytes per query',
      ],
      sizes.map((s) => {
        if (!hasSearch(s.search))
          return [
            n(s.size),
            s.search ? `failed: ${s.search.error}` : 'not run',
            '-',
            '-',
            '-',
            '-',
            '-',
            '-',
            '-',
            '-',
            '-',
            '-',
          ];
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
  out.push(
    '\n"Until the best 5 are in" is search plus the data of the best 5 results: the search page shows those as soon as they arrive, then the rest, so this is what a reader waits for. "With all 20" is the whole first page of results; "search() alone" is Pagefind finding and ranking the pages.',
  );
  return out;
}

/** "Where the time goes": its heading, and whether every target was met. */
function whereTheTimeGoesIntro(r: Results, status: TargetStatus): string[] {
  const out: string[] = [];
  const { missedBuild, missedSearch, missedMemory } = status;
  out.push('\n## Where the time goes');
  if (!missedBuild && !missedSearch && !missedMemory) out.push('\nEvery measured target was met.');
  return out;
}

/** Build phases at the largest size, site against baseline, and how the parts grow. */
function buildPhasesSection(r: Results): string[] {
  const out: string[] = [];
  const sizes = r.sizes;
  const largest = [...sizes].reverse().find((s) => s.site.ok && s.baseline.ok);
  if (largest) {
    out.push(`\n### Build phases at ${n(largest.size)} entries (from the times Astro prints them)`);
    const names = [...new Set([...largest.site.phases, ...largest.baseline.phases].map((p) => p.name))];
    const find = (b: Build, name: string) => b.phases.find((p) => p.name === name);
    const rows = names.map((name) => {
      const a = find(largest.site, name);
      const b = find(largest.baseline, name);
      return [
        name,
        a ? secs(a.ms / 1000) : '-',
        b ? secs(b.ms / 1000) : '-',
        secs(((a?.ms ?? 0) - (b?.ms ?? 0)) / 1000),
        a ? mib(a.peakRss) : '-',
        b ? mib(b.peakRss) : '-',
      ];
    });
    rows.push([
      '**total**',
      secs(largest.site.seconds),
      secs(largest.baseline.seconds),
      secs(largest.site.seconds - largest.baseline.seconds),
      mib(largest.site.peakTreeRss),
      mib(largest.baseline.peakTreeRss),
    ]);
    out.push(
      table(
        ['phase', 'this site', 'baseline', 'difference', 'site peak memory in phase', 'baseline peak memory in phase'],
        rows,
      ),
    );
    const diffs = names
      .map((name) => ({
        name,
        d: ((find(largest.site, name)?.ms ?? 0) - (find(largest.baseline, name)?.ms ?? 0)) / 1000,
      }))
      .filter((x) => x.d > 0)
      .sort((a, b) => b.d - a.d);
    const extra = largest.site.seconds - largest.baseline.seconds;
    if (extra > 0)
      out.push(
        `\nThe site takes ${secs(extra)} more than the baseline at ${n(largest.size)} entries. Largest shares of that: ${diffs
          .slice(0, 4)
          .map((x) => `${x.name} ${secs(x.d)} (${Math.round((x.d / extra) * 100)}%)`)
          .join(
            '; ',
          )}. It builds ${n(largest.site.pages)} pages to the baseline's ${n(largest.baseline.pages)} (${ratio(largest.site.pages, largest.baseline.pages)}): besides one page per entry it writes the committee version of each report, indexes, A to Z lists, the tracker pages, feeds, exports and the meeting packs.`,
      );
    if (sizes.length > 1) {
      const rows2 = sizes
        .filter((s) => s.site.ok && s.baseline.ok)
        .map((s) => {
          const r1 = s.site.phases.find((p) => p.name.startsWith('render'));
          const r2 = s.baseline.phases.find((p) => p.name.startsWith('render'));
          const c1 = s.site.phases.find((p) => p.name.startsWith('start-up'));
          const c2 = s.baseline.phases.find((p) => p.name.startsWith('start-up'));
          const between = (b: Build, phase: Phase | undefined) =>
            phase && b.routes.length > 0 ? secs((phase.ms - b.routes.reduce((a, g) => a + g.ms, 0)) / 1000) : '-';
          return [
            n(s.size),
            r1 ? secs(r1.ms / 1000) : '-',
            r2 ? secs(r2.ms / 1000) : '-',
            r1 && s.site.pages ? ms(r1.ms / s.site.pages) : '-',
            r2 && s.baseline.pages ? ms(r2.ms / s.baseline.pages) : '-',
            between(s.site, r1),
            between(s.baseline, r2),
            c1 && c2 ? secs((c1.ms - c2.ms) / 1000) : '-',
            secs(s.check.seconds),
            secs(searchIndexMs(s.site) / 1000),
          ];
        });
      out.push('\nHow the parts grow with the number of entries:\n');
      out.push(
        table(
          [
            'entries',
            'render: site',
            'render: baseline',
            'render per page: site',
            'render per page: baseline',
            'render phase outside the pages: site',
            'render phase outside the pages: baseline',
            'start-up: site minus baseline (the integrity check)',
            'npm run check alone',
            'site: Pagefind step',
          ],
          rows2,
        ),
      );
      out.push(
        '\n"Render phase outside the pages" is the render phase less the sum of the per-page times Astro prints: mostly `getStaticPaths` and the data each route prepares once for all its pages. Work that grows with the square of the entries shows up there first.',
      );
    }
  }
  return out;
}

/** Render time by kind of page at the largest size. */
function renderByPageSection(r: Results): string[] {
  const out: string[] = [];
  const largest = [...r.sizes].reverse().find((s) => s.site.ok && s.baseline.ok);
  if (largest && largest.site.routes.length > 0) {
    out.push(`\n### Render time by kind of page at ${n(largest.size)} entries (Astro's per-page times)`);
    const rows = largest.site.routes
      .slice(0, 14)
      .map((g) => [g.pattern, n(g.pages), secs(g.ms / 1000), ms(g.ms / g.pages), ms(g.slowestMs)]);
    for (const g of largest.baseline.routes.slice(0, 2))
      rows.push([`baseline: ${g.pattern}`, n(g.pages), secs(g.ms / 1000), ms(g.ms / g.pages), ms(g.slowestMs)]);
    out.push('\n' + table(['pages', 'count', 'total', 'per page', 'slowest page'], rows));
    const total = largest.site.routes.reduce((a, g) => a + g.ms, 0);
    const single = largest.site.routes.filter((g) => g.pages === 1).reduce((a, g) => a + g.ms, 0);
    out.push(
      `\nSingle pages that list many entries (indexes, A to Z lists, tracker, exports, feeds, freshness) take ${secs(single / 1000)} of the ${secs(total / 1000)} of rendering; the largest files written:\n`,
    );
    out.push(
      table(
        ['file', 'size'],
        largest.site.largestPages.map((p) => [
          p.path,
          `${(p.bytes / 1024).toLocaleString('en-GB', { maximumFractionDigits: 0 })} KiB`,
        ]),
      ),
    );
  }
  return out;
}

/** Memory at the largest size the site built. */
function memoryAtLargestSection(r: Results): string[] {
  const out: string[] = [];
  const sizes = r.sizes;
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
  return out;
}

/** The CPU profile, when one was taken. */
function cpuProfileSection(r: Results, status: TargetStatus): string[] {
  const out: string[] = [];
  const { missedBuild, missedMemory } = status;
  if (r.profile?.cpu) {
    const p = r.profile;
    const cpu = p.cpu!;
    const pct = (v: number) => `${((v / cpu.totalMs) * 100).toFixed(1)}%`;
    out.push(`\n### CPU profile of this site's build at ${n(p.size)} entries`);
    out.push(
      `\nOne more build with \`node --cpu-prof --trace-gc\` (${secs(p.seconds)} with the profiler on; ${secs(cpu.totalMs / 1000)} of samples in the main Node process; Pagefind's own process and Rolldown's native threads are not in it). Raw profile: \`bench/.work/profile-${p.size}/\`.`,
    );
    out.push('\nSelf time by where the code lives:\n');
    out.push(
      table(
        ['owner', 'self time', 'share'],
        cpu.byOwner.slice(0, 15).map((x) => [x.name, secs(x.ms / 1000), pct(x.ms)]),
      ),
    );
    out.push(
      '\nTime with the owner anywhere on the (synchronous) stack, so nested work is counted under its caller too:\n',
    );
    out.push(
      table(
        ['owner', 'inclusive time', 'share'],
        cpu.inclusiveByOwner
          .filter((x) => x.name !== '(idle)' && x.name !== '(program)')
          .slice(0, 15)
          .map((x) => [x.name, secs(x.ms / 1000), pct(x.ms)]),
      ),
    );
    out.push('\nHottest functions by self time:\n');
    out.push(
      table(
        ['function', 'self time', 'share'],
        cpu.byFunction.slice(0, 20).map((x) => [x.name.replaceAll('|', '\\|'), secs(x.ms / 1000), pct(x.ms)]),
      ),
    );
    if (cpu.projectFiles.length > 0) {
      out.push(
        "\nThe project's code (self time). The build's bundled chunks hold the pages, the project's `src/lib` and `src/data` modules and Astro's own runtime; a chunk keeps the name of its main module (`powers.mjs` is `src/lib/powers.ts`), and lines are the chunk's:\n",
      );
      out.push(
        table(
          ['file or component', 'self time', 'share'],
          cpu.projectFiles.slice(0, 15).map((x) => [x.name.replaceAll('|', '\\|'), secs(x.ms / 1000), pct(x.ms)]),
        ),
      );
    }
    if (cpu.staticPaths.length > 0) {
      out.push(
        "\nTime under each route's `getStaticPaths` (the work a route does once, before its pages; routes are named by their bundled chunk), and where it went:\n",
      );
      out.push(
        table(
          ['route chunk', 'time', 'spent in'],
          cpu.staticPaths.map((g) => [
            g.chunk,
            secs(g.ms / 1000),
            g.top.map((t) => `${t.name.replaceAll('|', '\\|')} ${secs(t.ms / 1000)}`).join('; '),
          ]),
        ),
      );
    }
    out.push(
      `\nLive JavaScript heap after full garbage collections, by phase (the memory each phase really holds, from \`--trace-gc\`):\n`,
    );
    out.push(
      table(
        ['phase', 'largest live heap after a full GC', 'phase time (profiled)'],
        p.liveHeapByPhase.map((x, i) => [
          x.name,
          x.liveMiB ? `${Math.round(x.liveMiB).toLocaleString('en-GB')} MiB` : 'no full GC',
          secs((p.phases[i]?.ms ?? 0) / 1000),
        ]),
      ),
    );
  } else if (missedBuild || missedMemory)
    out.push('\nNo CPU profile in this run (run without `--no-profile` to get one).');
  return out;
}

/** Search at the target size, when the search target was missed. */
function slowSearchSection(r: Results, status: TargetStatus): string[] {
  const out: string[] = [];
  const { s5, missedSearch } = status;
  if (missedSearch && s5 && hasSearch(s5.search)) {
    const st = searchStats(s5.search);
    const rest = s5.search.queries.slice(1);
    out.push(`\n### Search at ${n(TARGETS.searchSize)} entries`);
    out.push(
      `\nOf the median ${ms(st.medianFirst5)} until the best 5 are in, \`search()\` itself takes ${ms(st.medianSearch)} and loading those results' data the rest (all 20 take ${ms(st.medianTotal)}); a median query fetches ${st.medianFetches} files (${Math.round(st.medianBytes / 1024)} KiB) from the server, one fragment per result shown plus the index chunks for new words. Queries with many results are the slow ones:`,
    );
    const slow = [...rest].sort((a, b) => b.first5Ms - a.first5Ms).slice(0, 8);
    out.push(
      '\n' +
        table(
          ['query', 'results', 'search()', 'search and 20 results', 'best 5 in', 'files fetched', 'bytes fetched'],
          slow.map((q) => [
            `"${q.query}"`,
            n(q.results),
            ms(q.searchMs),
            ms(q.totalMs),
            ms(q.first5Ms),
            n(q.fetches),
            `${Math.round(q.bytes / 1024)} KiB`,
          ]),
        ),
    );
    const few = rest.filter((q) => q.results <= 20);
    const many = rest.filter((q) => q.results > 100);
    if (few.length > 0 && many.length > 0)
      out.push(
        `\nMedian until the best 5 are in, for queries with 20 results or fewer: ${ms(
          percentile(
            few.map((q) => q.first5Ms),
            50,
          ),
        )} (${few.length} queries); with more than 100 results: ${ms(
          percentile(
            many.map((q) => q.first5Ms),
            50,
          ),
        )} (${many.length} queries).`,
      );
  }
  return out;
}

/** Every query at the largest size with search figures. */
function everyQuerySection(r: Results): string[] {
  const out: string[] = [];
  const sizes = r.sizes;
  const last = [...sizes].reverse().find((s) => hasSearch(s.search));
  if (last && hasSearch(last.search)) {
    out.push(`\n### Every query at ${n(last.size)} entries\n`);
    out.push(
      table(
        ['#', 'query', 'results', 'search()', 'best 5 in', 'search and 20 results'],
        last.search.queries.map((q, i) => [
          String(i + 1),
          `"${q.query}"`,
          n(q.results),
          ms(q.searchMs),
          ms(q.first5Ms),
          ms(q.totalMs),
        ]),
      ),
    );
  }
  return out;
}
