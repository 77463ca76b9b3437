/**
 * `npm run digest` on the example content: it writes the HTML and text files, carries the
 * briefing items of the period and nothing of draft or exempt reports, and every address in it
 * resolves to a file of the example site built by the global setup.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { runNodeScript, type BuildResult } from '../helpers/astro-build.ts';
import { briefingsIn, siteUrlOf, unresolved } from '../helpers/feed-links.ts';
import { exampleCouncilDir, exampleDist, outputRoot, testAsOf } from '../helpers/paths.ts';

const contentDir = exampleCouncilDir;
const out = path.join(outputRoot, 'digest');

function digest(args: string[]): Promise<BuildResult> {
  return runNodeScript('scripts/digest.ts', args, { CST_AS_OF: testAsOf });
}

describe('a digest of the whole example', () => {
  let result: BuildResult;
  let html: string;
  let text: string;
  beforeAll(async () => {
    rmSync(out, { recursive: true, force: true });
    result = await digest(['--since', '2000-01-01', '--out', out]);
    const base = path.join(out, `members-briefing-2000-01-01-to-${testAsOf}`);
    html = existsSync(`${base}.html`) ? readFileSync(`${base}.html`, 'utf8') : '';
    text = existsSync(`${base}.txt`) ? readFileSync(`${base}.txt`, 'utf8') : '';
  });

  test('writes both files and says where', () => {
    expect(result.code, result.output).toBe(0);
    expect(result.output).toContain(`members-briefing-2000-01-01-to-${testAsOf}.html`);
    expect(html).toMatch(/^<!doctype html>/);
    expect(text.length).toBeGreaterThan(500);
  });

  test('carries every briefing item up to --until (CST_AS_OF here)', () => {
    const briefings = briefingsIn(contentDir);
    expect(briefings.length).toBeGreaterThanOrEqual(8);
    for (const b of briefings) expect(html).toContain(`briefings/${b.id}/`);
  });

  test('carries nothing of draft or exempt reports', () => {
    for (const secret of [
      'CANARY-DRAFT-7f3a',
      'CANARY-EXEMPT-9c2e',
      'example-draft-case-review-scrutiny',
      'example-exempt-cuckooing-case-review',
    ]) {
      expect(html).not.toContain(secret);
      expect(text).not.toContain(secret);
    }
  });

  test('every address in the HTML and the text resolves to a file in the built site', () => {
    const siteUrl = siteUrlOf(contentDir);
    const addresses = [
      ...[...html.matchAll(/href="(https?:[^"]+)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&')),
      ...(text.match(/https?:\/\/\S+/g) ?? []),
    ];
    expect(addresses.length).toBeGreaterThan(20);
    expect(addresses.map((a) => unresolved(exampleDist, siteUrl, a)).filter(Boolean)).toEqual([]);
  });
});

describe('a digest of one month', () => {
  test("has only that month's items", async () => {
    const result = await digest(['--since', '2026-05-01', '--until', '2026-05-31', '--out', out]);
    expect(result.code, result.output).toBe(0);
    const text = readFileSync(path.join(out, 'members-briefing-2026-05-01-to-2026-05-31.txt'), 'utf8');
    // Titles come from the content, so editing a title does not break the test.
    const all = briefingsIn(contentDir);
    const inMay = all.filter((b) => b.date >= '2026-05-01' && b.date <= '2026-05-31');
    const outside = all.filter((b) => b.date < '2026-05-01' || b.date > '2026-05-31');
    expect(inMay.length).toBeGreaterThanOrEqual(2);
    for (const b of inMay) expect(text).toContain(b.title);
    for (const b of outside) expect(text).not.toContain(b.title);
  });
});

describe('bad arguments stop with a clear message', () => {
  test.each([
    [[], '--since is missing'],
    [['--since', '2026-02-30'], '--since: found "2026-02-30", expected a real date written as YYYY-MM-DD'],
    [['--since', '2026-11-01', '--until', '2026-10-01'], '--since (2026-11-01) is after --until (2026-10-01)'],
    [['--since', '2026-11-01', '--sinse', 'x'], "Unknown option '--sinse'"],
  ])('%j', async (args, message) => {
    const result = await digest([...args, '--out', out]);
    expect(result.code).toBe(1);
    expect(result.output).toContain(message);
    expect(result.output).toContain('Usage: npm run digest');
  });
});
