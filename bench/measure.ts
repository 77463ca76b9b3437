/**
 * Runs a command and measures it: wall-clock time, the peak resident memory of its whole process
 * tree (sampled from /proc every 100 ms, summed over the tree), the largest single process's
 * maxRSS (exact, from the kernel through GNU time, when /usr/bin/time is installed), and every
 * line it prints with the millisecond it arrived, so build phases can be timed.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

export interface Line {
  /** Milliseconds since the command started. */
  ms: number;
  text: string;
}

export interface Sample {
  ms: number;
  /** Resident memory of the whole tree, in bytes. */
  rss: number;
}

export interface Measured {
  command: string;
  exitCode: number | null;
  seconds: number;
  /** Peak of the tree's summed RSS, sampled. Bytes. */
  peakTreeRss: number;
  /** Largest single process's maximum RSS (GNU time), bytes; undefined without /usr/bin/time. */
  maxProcessRss: number | undefined;
  lines: Line[];
  samples: Sample[];
  /** Other heavy processes (astro, vitest, chromium, hugo) seen while it ran, not ours. */
  others: string[];
  /** User plus system CPU seconds of the command and its children. */
  cpuSeconds: number | undefined;
  /** Average CPU cores used by the rest of the machine while it ran (noise). */
  otherCores: number | undefined;
}

const TICKS = 100; // USER_HZ: /proc/stat counts in hundredths of a second on Linux

/** Busy and total CPU time of the whole machine so far, in ticks, from /proc/stat. */
export function machineCpu(): { busy: number; total: number } {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0]!;
  const v = line.trim().split(/\s+/).slice(1).map(Number);
  const total = v.slice(0, 8).reduce((a, b) => a + b, 0);
  const idle = (v[3] ?? 0) + (v[4] ?? 0);
  return { busy: total - idle, total };
}

/**
 * Waits until the machine is quiet: no other heavy process (astro build, vitest, chromium, hugo)
 * and less than a quarter of a core busy over a few seconds, twice in a row. Gives up after
 * `maxMs` and says so. Returns what it saw.
 */
export async function waitForQuiet(
  maxMs: number,
  onWait?: (why: string) => void,
): Promise<{ quiet: boolean; waitedMs: number; last: string }> {
  const start = performance.now();
  let calm = 0;
  let last = '';
  for (;;) {
    const before = machineCpu();
    await new Promise((r) => setTimeout(r, 3000));
    const after = machineCpu();
    const cores = (after.busy - before.busy) / TICKS / 3;
    const others = othersRunning();
    last =
      others.length > 0
        ? `${others.join(', ')} running, ${cores.toFixed(1)} cores busy`
        : `${cores.toFixed(1)} cores busy`;
    calm = others.length === 0 && cores < 0.25 ? calm + 1 : 0;
    const waitedMs = performance.now() - start;
    if (calm >= 2) return { quiet: true, waitedMs, last };
    if (waitedMs > maxMs) return { quiet: false, waitedMs, last };
    if (calm === 0) onWait?.(last);
    await new Promise((r) => setTimeout(r, calm === 0 ? 12_000 : 1000));
  }
}

const PAGE = 4096;
const GNU_TIME = '/usr/bin/time';

export const hasGnuTime = () => existsSync(GNU_TIME);

interface ProcessInfo {
  ppid: number;
  rss: number;
  /** User plus system CPU time so far, in ticks. */
  cpu: number;
  name: string;
}

function processTable(): Map<number, ProcessInfo> {
  const table = new Map<number, ProcessInfo>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // pid (comm) state ppid ... ; comm may contain spaces, so split after the last ')'
      const close = stat.lastIndexOf(')');
      const fields = stat.slice(close + 2).split(' ');
      const ppid = Number(fields[1]);
      const rss = Number(fields[21]) * PAGE; // field 24 of stat: rss in pages
      const cpu = Number(fields[11]) + Number(fields[12]); // fields 14 and 15: utime, stime
      table.set(Number(entry), { ppid, rss, cpu, name: stat.slice(stat.indexOf('(') + 1, close) });
    } catch {
      // the process ended while we looked
    }
  }
  return table;
}

function treeOf(root: number, table: Map<number, Pick<ProcessInfo, 'ppid'>>): Set<number> {
  const tree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, info] of table) if (!tree.has(pid) && tree.has(info.ppid)) (tree.add(pid), (grew = true));
  }
  return tree;
}

/** Heavy processes that are not ours (not this benchmark or anything it started), for the noise note. */
export function othersRunning(): string[] {
  const ours = treeOf(process.pid, processTable());
  const found = new Set<string>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || ours.has(Number(entry))) continue;
    try {
      const cmd = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replaceAll('\0', ' ');
      // Chromium's crash handler leaves its parent (ours too), so it cannot be told apart: skip it.
      if (cmd.includes('crashpad_handler')) continue;
      const m = /(astro(?:\.mjs)? (?:build|dev|preview)|vitest|chromium|hugo)/.exec(cmd);
      if (m) found.add(m[1]!);
    } catch {
      // gone
    }
  }
  return [...found];
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Called with each line as it arrives (for progress output). */
  onLine?: (line: Line) => void;
}

export async function measure(command: string, args: string[], options: RunOptions): Promise<Measured> {
  const useTime = hasGnuTime();
  const [cmd, argv] = useTime ? [GNU_TIME, ['-f', 'BENCH_GNU_TIME %M %U %S', command, ...args]] : [command, args];
  const cpuBefore = machineCpu();
  const started = performance.now();
  const child = spawn(cmd, argv, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: Line[] = [];
  let maxProcessRss: number | undefined;
  let cpuSeconds: number | undefined;
  const take = (stream: NodeJS.ReadableStream) => {
    let rest = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const ms = performance.now() - started;
      const parts = (rest + chunk).split('\n');
      rest = parts.pop() ?? '';
      for (const text of parts) push(ms, text);
    });
    stream.on('end', () => rest && push(performance.now() - started, rest));
  };
  const push = (ms: number, raw: string) => {
    const text = raw.replace(/\x1b\[[0-9;]*m/g, ''); // no colours
    const gnu = /^BENCH_GNU_TIME (\d+) ([\d.]+) ([\d.]+)$/.exec(text);
    if (gnu) {
      maxProcessRss = Number(gnu[1]) * 1024;
      cpuSeconds = Number(gnu[2]) + Number(gnu[3]);
      return;
    }
    const line = { ms, text };
    lines.push(line);
    options.onLine?.(line);
  };
  take(child.stdout!);
  take(child.stderr!);

  const samples: Sample[] = [];
  const cpuSeen = new Map<number, number>();
  const others = new Set<string>();
  let peakTreeRss = 0;
  let polls = 0;
  const poll = () => {
    if (child.pid === undefined) return;
    const table = processTable();
    const tree = treeOf(child.pid, table);
    let rss = 0;
    for (const pid of tree) {
      const info = table.get(pid);
      rss += info?.rss ?? 0;
      if (info) cpuSeen.set(pid, Math.max(cpuSeen.get(pid) ?? 0, info.cpu));
    }
    // GNU time itself is tiny (about 2 MiB); it stays in the sum, as the tree is what ran.
    samples.push({ ms: performance.now() - started, rss });
    peakTreeRss = Math.max(peakTreeRss, rss);
    if (polls++ % 20 === 5) for (const o of othersRunning()) others.add(o);
  };
  const timer = setInterval(poll, 100);
  poll();
  const exitCode = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  clearInterval(timer);
  const seconds = (performance.now() - started) / 1000;
  const cpuAfter = machineCpu();
  const machineBusy = (cpuAfter.busy - cpuBefore.busy) / TICKS;
  // Our own CPU: GNU time counts the children that were reaped; sampling /proc also catches those
  // that were not (such as Pagefind's process, killed at the end of the build). Both undercount a
  // little, so the larger is the better figure.
  const sampled = [...cpuSeen.values()].reduce((a, b) => a + b, 0) / TICKS;
  if (cpuSeconds === undefined || sampled > cpuSeconds) cpuSeconds = sampled;
  // CPU the rest of the machine used while this ran, in cores: all busy time minus our own.
  const otherCores = cpuSeconds === undefined ? undefined : Math.max(0, (machineBusy - cpuSeconds) / seconds);
  return {
    command: [command, ...args].join(' '),
    exitCode,
    seconds,
    peakTreeRss,
    maxProcessRss,
    cpuSeconds,
    otherCores,
    lines,
    samples,
    others: [...others],
  };
}

/** The largest tree RSS between two moments of a run. */
export function peakBetween(samples: Sample[], fromMs: number, toMs: number): number {
  let peak = 0;
  for (const s of samples) if (s.ms >= fromMs && s.ms <= toMs) peak = Math.max(peak, s.rss);
  return peak;
}
