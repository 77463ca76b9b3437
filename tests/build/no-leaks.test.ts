/**
 * Draft and exempt reports must not reach any output. Canary strings planted in draft and exempt
 * reports (in the example content and in the good fixture) are searched for in every byte of the
 * built sites, including Pagefind's compressed index and fragments.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { filesUnder, readAsText } from '../helpers/dist.ts';
import { astroBuild } from '../helpers/astro-build.ts';
import { exampleCouncilDir, exampleDist, outputRoot } from '../helpers/paths.ts';
import { makeTree } from '../helpers/trees.ts';

/** Text from hidden reports that must never appear: canaries, ids and titles. */
function secretsIn(contentDir: string, reportIds: string[]): string[] {
  return reportIds.flatMap((id) => {
    const text = readFileSync(path.join(contentDir, 'reports', `${id}.mdx`), 'utf8');
    const canaries = text.match(/CANARY-[A-Za-z0-9-]+/g) ?? [];
    const title = /^title: (.+)$/m.exec(text)?.[1];
    return [...new Set([...canaries, id, ...(title ? [title] : [])])];
  });
}

function leaks(dist: string, secrets: string[]): string[] {
  const found: string[] = [];
  for (const file of filesUnder(dist)) {
    const text = readAsText(file);
    for (const secret of secrets) if (text.includes(secret)) found.push(`${path.relative(dist, file)}: ${secret}`);
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
    const secrets = secretsIn(path.join(tree, 'councils/wiltshire'), ['fixture-draft-report', 'fixture-exempt-report']);
    expect(secrets).toEqual(expect.arrayContaining(['CANARY-DRAFT-FIXTURE-5d1e', 'CANARY-EXEMPT-FIXTURE-8b2f', 'Fixture draft report DRAFTTITLE-5d1e']));
    expect(leaks(dist, secrets)).toEqual([]);
  });

  test('the leak search would see a canary inside Pagefind fragments', () => {
    // Guard against a search that cannot fail: a published report's words are found in the index.
    const fragments = filesUnder(path.join(exampleDist, 'pagefind/fragment')).map(readAsText).join('\n');
    expect(fragments).toContain('Partnerships Task Group');
  });
});
