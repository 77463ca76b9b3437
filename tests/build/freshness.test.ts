/**
 * Stale content: `npm run check` warns and passes, `--strict` (or CST_STRICT_FRESHNESS=1) fails,
 * and the build still succeeds, listing the entries on the review dates page. The same tree is
 * published under a path (https://example.org/community-safety/), so its feeds prove that
 * absolute addresses keep the site's path.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { astroBuild, contentCheck, type BuildResult } from '../helpers/astro-build.ts';
import { addressesInJson, addressesInXml, unresolved } from '../helpers/feed-links.ts';
import { outputRoot, projectRoot, testAsOf } from '../helpers/paths.ts';
import { fixturesRoot, makeTree } from '../helpers/trees.ts';
import { parseXml } from '../helpers/xml.ts';

const siteUrl = 'https://example.org/community-safety/';

/** The good tree with the stale fixtures laid over it, published under a path. */
function staleTree(name: string): string {
  const tree = makeTree(name);
  cpSync(path.join(fixturesRoot, 'stale', 'councils'), path.join(tree, 'councils'), { recursive: true });
  const siteFile = path.join(tree, 'councils/wiltshire/site.yaml');
  const site = readFileSync(siteFile, 'utf8');
  const moved = site.replace(/^url: .*$/m, `url: ${siteUrl}`);
  if (moved === site) throw new Error('site.yaml has no url line to change');
  writeFileSync(siteFile, moved);
  return tree;
}

function check(tree: string, args: string[] = [], env: Record<string, string> = {}): Promise<BuildResult> {
  return contentCheck(tree, args, { CST_STRICT_FRESHNESS: '', ...env, CST_AS_OF: testAsOf });
}

describe('npm run check on stale content', () => {
  let tree: string;
  let shown: string;
  beforeAll(() => {
    tree = staleTree('stale-check');
    shown = path.relative(projectRoot, tree).split(path.sep).join('/');
  });

  const warnings = () => [
    '2 entries past their review date:',
    `  ${shown}/councils/wiltshire/briefings/stale-fixture-briefing.mdx: reviewed 2024-01-15, review was due 2025-01-14`,
    `  ${shown}/councils/wiltshire/contacts/stale-fixture-contact.mdx: reviewed 2026-01-05, review was due 2026-06-30`,
  ];

  test('without --strict: the warnings, and exit code 0', async () => {
    const result = await check(tree);
    expect(result.output.split('\n')).toEqual(expect.arrayContaining(warnings()));
    expect(result.output).toMatch(/no problems/);
    expect(result.code).toBe(0);
  });

  test('with --strict: the same warnings, and exit code 1', async () => {
    const result = await check(tree, ['--strict']);
    expect(result.output.split('\n')).toEqual(expect.arrayContaining(warnings()));
    expect(result.output).toMatch(/--strict counts entries past their review date as problems \(2 found\)/);
    expect(result.code).toBe(1);
  });

  test('CST_STRICT_FRESHNESS=1 works like --strict', async () => {
    expect((await check(tree, [], { CST_STRICT_FRESHNESS: '1' })).code).toBe(1);
  });

  test('--strict passes when nothing is stale', async () => {
    const result = await check(makeTree('fresh-check'), ['--strict']);
    expect(result.output).not.toMatch(/past (its|their) review date/);
    expect(result.code).toBe(0);
  });
});

describe('building stale content published under a path', () => {
  const dist = path.join(outputRoot, 'stale-dist');
  let result: BuildResult;
  beforeAll(async () => {
    result = await astroBuild(staleTree('stale-build'), dist);
  });

  test('the build does not fail on stale entries', () => {
    expect(result.code, result.output).toBe(0);
  });

  test('the review dates page lists them, grouped by collection', () => {
    const html = readFileSync(path.join(dist, 'freshness/index.html'), 'utf8');
    expect(html).toMatch(/Overdue for review \(2\)/);
    expect(html).toMatch(/<h3 id="overdue-contacts">Contacts \(1\)<\/h3>/);
    expect(html).toMatch(
      /<h3 id="overdue-briefings">Members&#39; briefing \(1\)<\/h3>|<h3 id="overdue-briefings">Members' briefing \(1\)<\/h3>/,
    );
    expect(html).toContain('href="/community-safety/briefings/stale-fixture-briefing/"');
  });

  test("feeds keep the site's path in every address, and every address resolves", () => {
    const addresses = [
      ...addressesInXml(parseXml(readFileSync(path.join(dist, 'briefings/atom.xml'), 'utf8'))),
      ...addressesInXml(parseXml(readFileSync(path.join(dist, 'briefings/kind/legislative-change/rss.xml'), 'utf8'))),
      ...addressesInJson(JSON.parse(readFileSync(path.join(dist, 'briefings/feed.json'), 'utf8'))),
    ];
    expect(addresses).toContain(`${siteUrl}briefings/stale-fixture-briefing/`);
    expect(addresses.map((a) => unresolved(dist, siteUrl, a)).filter(Boolean)).toEqual([]);
  });

  test('the feed escapes the "&" in a title and stays well-formed', () => {
    const atom = readFileSync(path.join(dist, 'briefings/atom.xml'), 'utf8');
    expect(atom).toContain('Stale fixture briefing &amp; review');
  });
});
