/** Builds content trees for tests: the good fixture, optionally with bad overlays laid over it. */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { outputRoot, projectRoot } from './paths.ts';

export const fixturesRoot = path.join(projectRoot, 'tests/fixtures');
export const badCases = readdirSync(path.join(fixturesRoot, 'bad')).sort();

/** Copies the good tree to tests/.output/trees/<name> and lays each named bad overlay over it. */
export function makeTree(name: string, overlays: string[] = [], from = 'bad'): string {
  const tree = path.join(outputRoot, 'trees', name);
  rmSync(tree, { recursive: true, force: true });
  mkdirSync(tree, { recursive: true });
  cpSync(path.join(fixturesRoot, 'good'), tree, { recursive: true });
  for (const overlay of overlays) {
    const dir = path.join(fixturesRoot, from, overlay);
    for (const item of readdirSync(dir)) {
      if (item !== 'expected.txt') cpSync(path.join(dir, item), path.join(tree, item), { recursive: true });
    }
  }
  return tree;
}

/**
 * A content root holding the real national content and the fixture councils in
 * tests/fixtures/wales/councils (a council in Wales), at tests/.output/trees/<name>.
 */
export function makeWelshTree(name: string): string {
  const tree = path.join(outputRoot, 'trees', name);
  rmSync(tree, { recursive: true, force: true });
  mkdirSync(tree, { recursive: true });
  cpSync(path.join(projectRoot, 'content/national'), path.join(tree, 'national'), { recursive: true });
  cpSync(path.join(fixturesRoot, 'wales/councils'), path.join(tree, 'councils'), { recursive: true });
  return tree;
}

/** The lines a bad case expects, with {tree} replaced by the tree's path relative to the project. */
export function expectedLines(overlay: string, tree: string): string[] {
  const file = path.join(fixturesRoot, 'bad', overlay, 'expected.txt');
  if (!existsSync(file)) throw new Error(`${overlay}: expected.txt is missing`);
  const relative = path.relative(projectRoot, tree).split(path.sep).join('/');
  return readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((line) => line.replaceAll('{tree}', relative));
}

/** The problem lines a check or build printed (the indented lines after "N problems in the content:"). */
export function problemLines(output: string): string[] {
  const lines = output.split('\n');
  const start = lines.findIndex(
    (l) =>
      /^\d+ problems? in the content:$/.test(l.trim()) ||
      /\] \d+ problems? in the content:$/.test(l.trim()) ||
      / \d+ problems? in the content:$/.test(l),
  );
  if (start === -1) return [];
  const out: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (!line.startsWith('  ') || line.trim().startsWith('Stack trace')) break;
    out.push(line.trim());
  }
  return out;
}

/** The warning lines a check printed (the indented lines after "N warnings (these do not fail the check):"). */
export function warningLines(output: string): string[] {
  const lines = output.split('\n');
  const start = lines.findIndex((l) => /\d+ warnings? \(these do not fail the check\):$/.test(l.trim()));
  if (start === -1) return [];
  const out: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (!line.startsWith('  ')) break;
    out.push(line.trim());
  }
  return out;
}
