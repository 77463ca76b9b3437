/**
 * Real builds of fixture trees: the good tree builds; each bad tree stops the build (and
 * `npm run check`) with exactly its expected lines; a tree with every mistake lists them all.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { astroBuild, contentCheck } from '../helpers/astro-build.ts';
import { outputRoot } from '../helpers/paths.ts';
import { badCases, expectedLines, makeTree, problemLines } from '../helpers/trees.ts';

describe('the good fixture tree', () => {
  test('builds, with a page for each public entry and a search index', async () => {
    const tree = makeTree('good');
    const dist = path.join(outputRoot, 'good-dist');
    const result = await astroBuild(tree, dist);
    expect(result.code, result.output).toBe(0);
    for (const page of [
      'index.html',
      'powers/community-protection-notice/index.html',
      'reports/fixture-task-group-report/index.html',
      'pagefind/pagefind.js',
    ]) {
      expect(existsSync(path.join(dist, page)), page).toBe(true);
    }
    expect(existsSync(path.join(dist, 'reports/fixture-draft-report'))).toBe(false);
    expect(existsSync(path.join(dist, 'reports/fixture-exempt-report'))).toBe(false);
  });

  test('passes npm run check', async () => {
    const result = await contentCheck(makeTree('good-check'));
    expect(result.output).toMatch(/no problems/);
    expect(result.code).toBe(0);
  });
});

describe.each(badCases)('bad tree: %s', (overlay) => {
  test('npm run check prints exactly the expected lines and exits 1', async () => {
    const tree = makeTree(`check-${overlay}`, [overlay]);
    const result = await contentCheck(tree);
    expect(result.code).toBe(1);
    expect(problemLines(result.output)).toEqual(expectedLines(overlay, tree));
  });

  test('astro build stops with the same lines', async () => {
    const tree = makeTree(`build-${overlay}`, [overlay]);
    const result = await astroBuild(tree, path.join(outputRoot, `dist-${overlay}`));
    expect(result.code).not.toBe(0);
    expect(problemLines(result.output)).toEqual(expectedLines(overlay, tree));
  });
});

test('a tree with every kind of mistake lists every problem, not just the first', async () => {
  const tree = makeTree('all-bad', badCases);
  const result = await contentCheck(tree);
  expect(result.code).toBe(1);
  const expected = badCases.flatMap((overlay) => expectedLines(overlay, tree)).sort();
  expect(problemLines(result.output).sort()).toEqual(expected);
});
