/**
 * Summaries of a V8 CPU profile (node --cpu-prof) and of V8's --trace-gc lines, for the
 * "Where the time goes" section of bench/RESULTS.md.
 */
import { readFileSync } from 'node:fs';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface Share {
  name: string;
  ms: number;
}

export interface ProfileSummary {
  totalMs: number;
  /** Self time by where the code lives: a package, the project's files, Node, V8's own work. */
  byOwner: Share[];
  /** Self time by function (owner: name). */
  byFunction: Share[];
  /** Time with a frame of this owner anywhere on the stack (synchronous stacks only). */
  inclusiveByOwner: Share[];
  /** Self time by the project's own source files and the build's bundled page chunks. */
  projectFiles: Share[];
  /** Time under each route's getStaticPaths (by bundled chunk), with the functions it spent it in. */
  staticPaths: { chunk: string; ms: number; top: Share[] }[];
}

/** "powers_B7paPdGa.mjs" line 33 -> "powers.mjs:34". Bundled chunks keep the source module's name. */
function chunkLabel(frame: CallFrame): string {
  const base = frame.url.replace(/^.*\//, '').replace(/[-_][A-Za-z0-9_-]{8}\.mjs$/, '.mjs');
  return `${base}:${frame.lineNumber + 1}`;
}

/** Who owns a frame: "astro", "@astrojs/mdx", "project src/lib/x.ts", "node:fs", "(garbage collector)". */
export function ownerOf(frame: CallFrame, projectRoot: string): string {
  const url = frame.url;
  if (!url) return frame.functionName.startsWith('(') ? frame.functionName : '(native or V8 builtin)';
  if (url.startsWith('node:')) return 'Node.js internals';
  const file = url.replace(/^file:\/\//, '');
  const nm = file.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const rest = file.slice(nm + '/node_modules/'.length).split('/');
    const name = rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
    return name === '.astro' || name === '.vite' ? 'build cache (bundled chunks)' : name;
  }
  if (file.startsWith(projectRoot)) {
    const rel = file.slice(projectRoot.length + 1);
    if (rel.startsWith('src/') || rel.startsWith('astro.config')) return `project ${rel.split('?')[0]}`;
    // Bundled pages and components the build renders from (outDir/.prerender, chunks).
    return 'bundled pages and Astro runtime (build chunks)';
  }
  return 'other';
}

export function summariseCpuProfile(file: string, projectRoot: string, top = 25): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map<number, ProfileNode>();
  const parent = new Map<number, number>();
  for (const node of profile.nodes) {
    byId.set(node.id, node);
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));

  const owners = new Map<string, number>();
  const functions = new Map<string, number>();
  const projectFiles = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const staticPaths = new Map<string, { ms: number; leaves: Map<string, number> }>();
  let totalMs = 0;
  for (const [id, ms] of self) {
    const node = byId.get(id)!;
    const owner = ownerOf(node.callFrame, projectRoot);
    totalMs += ms;
    owners.set(owner, (owners.get(owner) ?? 0) + ms);
    if (owner === '(idle)') continue;
    const bundled = owner === 'bundled pages and Astro runtime (build chunks)';
    const fname = `${owner}: ${node.callFrame.functionName || '(anonymous)'}${bundled ? ` (${chunkLabel(node.callFrame)})` : ''}`;
    functions.set(fname, (functions.get(fname) ?? 0) + ms);
    if (owner.startsWith('project') || bundled) {
      const where = bundled ? `${node.callFrame.functionName || '(anonymous)'} (${chunkLabel(node.callFrame)})` : owner;
      projectFiles.set(where, (projectFiles.get(where) ?? 0) + ms);
    }
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)!.callFrame;
      if (frame.functionName === 'getStaticPaths') {
        const key = frame.url.replace(/^.*\//, '');
        const entry = staticPaths.get(key) ?? { ms: 0, leaves: new Map<string, number>() };
        entry.ms += ms;
        const leaf = `${node.callFrame.functionName || '(anonymous)'} (${bundled ? chunkLabel(node.callFrame) : owner})`;
        entry.leaves.set(leaf, (entry.leaves.get(leaf) ?? 0) + ms);
        staticPaths.set(key, entry);
        break;
      }
    }
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const o = ownerOf(byId.get(at)!.callFrame, projectRoot);
      if (o.startsWith('(') && o !== '(garbage collector)') continue;
      seen.add(o);
    }
    for (const o of seen) inclusive.set(o, (inclusive.get(o) ?? 0) + ms);
  }
  const sorted = (m: Map<string, number>, n: number) =>
    [...m]
      .map(([name, ms]) => ({ name, ms }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, n);
  return {
    totalMs,
    byOwner: sorted(owners, top),
    byFunction: sorted(functions, top),
    inclusiveByOwner: sorted(inclusive, top),
    projectFiles: sorted(projectFiles, top),
    staticPaths: [...staticPaths]
      .map(([chunk, v]) => ({ chunk, ms: v.ms, top: sorted(v.leaves, 4) }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 8),
  };
}

export interface GcPoint {
  /** Milliseconds since the command started (our clock, when the line arrived). */
  ms: number;
  /** Heap in use after a full (mark-compact) collection, MiB: what was really live. */
  liveMiB: number;
}

/** Parses V8's --trace-gc lines: "Mark-Compact 812.3 (860.1) -> 640.2 (700.4) MB". */
export function gcPoints(lines: { ms: number; text: string }[]): GcPoint[] {
  const points: GcPoint[] = [];
  for (const line of lines) {
    const m = /Mark-Compact[^\d]*[\d.]+ \([\d.]+\) -> ([\d.]+) \([\d.]+\) MB/.exec(line.text);
    if (m) points.push({ ms: line.ms, liveMiB: Number(m[1]) });
  }
  return points;
}
