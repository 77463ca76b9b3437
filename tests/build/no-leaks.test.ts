/**
 * Draft and exempt reports must not reach any output. Canary strings planted in draft and exempt
 * reports (in the example content and in the good fixture) are searched for in every byte and
 * every file name of the built sites, dot folders included (such as Astro's .prerender), and in
 * Pagefind's compressed index and fragments. In the fixture, the draft and the exempt report each
 * show an image (with its own canary inside the file and in its name) and link to each other.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { filesUnder, readAsText } from '../helpers/dist.ts';
import { astroBuild } from '../helpers/astro-build.ts';
import { exampleCouncilDir, exampleDist, outputRoot } from '../helpers/paths.ts';
import { makeTree } from '../helpers/trees.ts';
import { normaliseQuery } from '../../src/lib/search-query.ts';

/** Text from hidden reports that must never appear: canaries, ids and titles. */
function secretsIn(contentDir: string, reportIds: string[]): string[] {
  return reportIds.flatMap((id) => {
    const text = readFileSync(path.join(contentDir, 'reports', `${id}.mdx`), 'utf8');
    const canaries = text.match(/CANARY-[A-Za-z0-9-]+/g) ?? [];
    const title = /^title: (.+)$/m.exec(text)?.[1];
    return [...new Set([...canaries, id, ...(title ? [title] : [])])];
  });
}

/** The images a report's body shows (./name.png): their names and the canaries inside them. */
function imageSecretsIn(contentDir: string, reportIds: string[]): string[] {
  return reportIds.flatMap((id) => {
    const text = readFileSync(path.join(contentDir, 'reports', `${id}.mdx`), 'utf8');
    return [...text.matchAll(/!\[[^\]]*\]\(\.\/([^)]+)\.png\)/g)].flatMap((m) => {
      const inside =
        readFileSync(path.join(contentDir, 'reports', `${m[1]}.png`), 'latin1').match(
          /CANARY-[A-Z]+-IMAGE-[0-9a-f]{4}/g,
        ) ?? [];
      return [m[1]!, ...inside];
    });
  });
}

/**
 * Every file under dist whose name or content holds a secret, as written or as the search indexes
 * write words (the quick index keeps "CANARY-DRAFT-7f3a" as "canarydraft" and "7f3a").
 */
function leaks(dist: string, secrets: string[]): string[] {
  // Canaries and ids only: a title's own words ("cuckooing") are on published pages too.
  const searchForms = secrets
    .filter((secret) => !/\s/.test(secret))
    .flatMap((secret) =>
      normaliseQuery(secret)
        .split(' ')
        .filter((word) => word.length >= 8),
    );
  const found: string[] = [];
  for (const file of filesUnder(dist)) {
    const name = path.relative(dist, file);
    const text = readAsText(file);
    for (const secret of [...secrets, ...searchForms])
      if (text.includes(secret) || name.includes(secret)) found.push(`${name}: ${secret}`);
  }
  return found;
}

describe('no leaks', () => {
  test('the example site publishes nothing of its draft and exempt reports', () => {
    const ids = ['example-draft-case-review-scrutiny', 'example-exempt-cuckooing-case-review'];
    for (const id of ids) expect(existsSync(path.join(exampleCouncilDir, 'reports', `${id}.mdx`)), id).toBe(true);
    const secrets = secretsIn(exampleCouncilDir, ids);
    expect(secrets).toContain('CANARY-DRAFT-7f3a');
    expect(secrets).toContain('CANARY-EXEMPT-9c2e');
    expect(leaks(exampleDist, secrets)).toEqual([]);
  });

  test('the fixture site publishes nothing of its draft and exempt reports', async () => {
    const tree = makeTree('leaks');
    const dist = path.join(outputRoot, 'leaks-dist');
    const result = await astroBuild(tree, dist);
    expect(result.code, result.output).toBe(0);
    const hidden = ['fixture-draft-report', 'fixture-exempt-report'];
    const secrets = [
      ...secretsIn(path.join(tree, 'councils/wiltshire'), hidden),
      ...imageSecretsIn(path.join(tree, 'councils/wiltshire'), hidden),
    ];
    expect(secrets).toEqual(
      expect.arrayContaining([
        'CANARY-DRAFT-FIXTURE-5d1e',
        'CANARY-EXEMPT-FIXTURE-8b2f',
        'Fixture draft report DRAFTTITLE-5d1e',
        'canary-draft-5d1e',
        'CANARY-DRAFT-IMAGE-5d1e',
        'canary-exempt-8b2f',
        'CANARY-EXEMPT-IMAGE-8b2f',
      ]),
    );
    expect(leaks(dist, secrets)).toEqual([]);
    // The search would see an image: the published report's picture is in dist/ under its own name.
    const published = filesUnder(dist)
      .map((f) => path.relative(dist, f))
      .filter((name) => name.includes('fixture-published-chart'));
    expect(published).toEqual([expect.stringMatching(/^_astro\/fixture-published-chart\.[^/]+$/)]);
  });

  test('the leak search reads every file, dot folders and file names included', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'leaks-'));
    mkdirSync(path.join(dir, '.prerender'));
    writeFileSync(path.join(dir, '.prerender', 'chunk.mjs'), 'const text = "CANARY-X";');
    writeFileSync(path.join(dir, 'secret-name.png'), '');
    expect(leaks(dir, ['CANARY-X', 'secret-name'])).toEqual([
      '.prerender/chunk.mjs: CANARY-X',
      'secret-name.png: secret-name',
    ]);
  });

  test('the leak search would see a canary inside Pagefind fragments', () => {
    // Guard against a search that cannot fail: a published report's words are found in the index.
    const fragments = filesUnder(path.join(exampleDist, 'pagefind/fragment')).map(readAsText).join('\n');
    expect(fragments).toContain('Partnerships Task Group');
  });
});
