/**
 * npm run bench:import
 *
 * Times `npm run import:police` on generated street-level files of 0, 100,000 and 1,000,000
 * rows and records wall time and peak memory (the child's maxRSS) in bench/IMPORT-RESULTS.md.
 * The rows are real Wiltshire rows from the test fixtures, repeated over 24 months, with some
 * given no location, so the mix of in-council, outside and no-location rows is realistic.
 * Generated files go to bench/.work/ (git-ignored). Not a test: the figures depend on the machine.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const root = path.resolve(import.meta.dirname, '..');
const work = path.join(root, 'bench/.work');
const street = path.join(root, 'tests/fixtures/police-uk/street');
const lookup = path.join(root, 'tests/fixtures/police-uk/LSOA11_to_WD18_subset_wiltshire_devon_cornwall_kent.csv');
const sizes = [0, 100_000, 1_000_000];

/** The data lines of the Wiltshire fixtures, without their month (column 2). */
function templateRows(): { header: string; rows: string[][] } {
  const files = readdirSync(street)
    .filter((f) => f.endsWith('-wiltshire-street.csv'))
    .sort();
  let header = '';
  const rows: string[][] = [];
  for (const file of files) {
    const lines = readFileSync(path.join(street, file), 'utf8').trimEnd().split('\n');
    header = lines[0]!;
    for (const line of lines.slice(1)) rows.push(line.split(',')); // these files have no quoted fields
  }
  return { header, rows };
}

const months = Array.from(
  { length: 24 },
  (_, i) => `${2018 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
);

async function generate(file: string, count: number): Promise<void> {
  const { header, rows } = templateRows();
  const out = createWriteStream(file);
  out.write(`${header}\n`);
  let chunk = '';
  for (let i = 0; i < count; i++) {
    const fields = [...rows[i % rows.length]!];
    fields[1] = months[i % months.length]!;
    if (i % 50 === 7) [fields[4], fields[5], fields[6], fields[7], fields[8]] = ['', '', 'No location', '', ''];
    chunk += `${fields.join(',')}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
}

interface Run {
  rows: number;
  bytes: number;
  seconds: number;
  peakMiB: number;
  exitCode: number | null;
}

/** Runs the importer in a child process that reports its own peak memory as it exits. */
async function runImport(file: string, rows: number): Promise<Run> {
  const probe =
    "process.on('exit', () => process.stderr.write('BENCH_MAXRSS_KB ' + process.resourceUsage().maxRSS + '\\n'))";
  const args = [
    '--import',
    `data:text/javascript,${encodeURIComponent(probe)}`,
    path.join(root, 'scripts/import-police.ts'),
    file,
    '--lookup',
    lookup,
    '--lad',
    'E06000054',
    '--replace',
    '--out',
    path.join(work, `out-${rows}.json`),
  ];
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const [exitCode] = (await once(child, 'close')) as [number | null];
  const seconds = (performance.now() - started) / 1000;
  const kb = Number(/BENCH_MAXRSS_KB (\d+)/.exec(stderr)?.[1]);
  if (exitCode !== 0 || !kb) throw new Error(`the import of ${rows} rows failed (exit ${exitCode}):\n${stderr}`);
  return { rows, bytes: statSync(file).size, seconds, peakMiB: kb / 1024, exitCode };
}

mkdirSync(work, { recursive: true });
const runs: Run[] = [];
for (const rows of sizes) {
  const file = path.join(work, `bench-${rows}-street.csv`);
  console.log(`Generating ${rows.toLocaleString('en-GB')} rows...`);
  await generate(file, rows);
  console.log(`Importing ${path.relative(root, file)}...`);
  const run = await runImport(file, rows);
  console.log(`  ${run.seconds.toFixed(1)} s, peak ${run.peakMiB.toFixed(0)} MiB`);
  runs.push(run);
}

const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const table = runs.map(
  (r) =>
    `| ${r.rows.toLocaleString('en-GB')} | ${mib(r.bytes)} MiB | ${r.seconds.toFixed(1)} s | ${r.rows > 0 ? Math.round(r.rows / r.seconds).toLocaleString('en-GB') : '-'} | ${r.peakMiB.toFixed(0)} MiB |`,
);
const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
const load = os.loadavg()[0]!.toFixed(1);
writeFileSync(
  path.join(root, 'bench/IMPORT-RESULTS.md'),
  `# Importer benchmark

\`npm run bench:import\` times \`npm run import:police\` on generated street-level files: real Wiltshire
rows from the test fixtures repeated over 24 months, one row in 50 without a location, imported
for Wiltshire (E06000054) with the WD18 lookup and the example's area files. Each import runs in
its own Node process; peak memory is that process's maximum resident set size (maxRSS), wall time
includes start-up. One run each, so treat the figures as rough.

Measured on ${new Date().toISOString().slice(0, 10)}: ${cpu}, ${os.cpus().length} cores, Node ${process.version}, ${os.platform()} ${os.release()}; load average ${load} when it finished (the machine is shared, so
other work may slow a run).

| data rows | file size | wall time | rows per second | peak memory |
| ---: | ---: | ---: | ---: | ---: |
${table.join('\n')}

The file is streamed through csv-parse and every row is counted and dropped, so peak memory does
not grow with the file: the 0-row import shows the cost of Node, the lookup and the area files.
`,
);
console.log('Wrote bench/IMPORT-RESULTS.md');
