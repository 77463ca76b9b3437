/**
 * The build replaces its output only when it succeeds, and shows a past meeting still marked
 * planned for what it is.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { astroBuild, contentCheck } from '../helpers/astro-build.ts';
import { filesUnder } from '../helpers/dist.ts';
import { outputRoot } from '../helpers/paths.ts';
import { expectedLines, makeTree, problemLines } from '../helpers/trees.ts';

/** Every file under a folder with a hash of its bytes. */
function fingerprint(dir: string): Record<string, string> {
  return Object.fromEntries(filesUnder(dir).map((f) => [path.relative(dir, f), createHash('sha256').update(readFileSync(f)).digest('hex')]));
}

test('a past meeting still planned: a warning, a note on its page, and left out of planned.ics; a failed build then leaves dist/ untouched', async () => {
  const dist = path.join(outputRoot, 'replace-dist');
  rmSync(dist, { recursive: true, force: true });
  // The fixture meeting is on 2026-12-10 and still "planned".
  const tree = makeTree('replace-good');
  const check = await contentCheck(tree, [], { CST_AS_OF: '2026-12-11' });
  expect(check.code).toBe(0);
  expect(check.output).toContain(
    `${path.relative(process.cwd(), tree).split(path.sep).join('/')}/councils/wiltshire/meetings/fixture-meeting.mdx: status: the meeting's day (2026-12-10) has passed and it is still "planned"`,
  );
  const built = await astroBuild(tree, dist, '2026-12-11');
  expect(built.code, built.output).toBe(0);
  expect(readFileSync(path.join(dist, 'meetings/fixture-meeting/index.html'), 'utf8')).toContain('Date passed: was it held?');
  const planned = readFileSync(path.join(dist, 'meetings/planned.ics'), 'utf8');
  expect(planned).toContain('BEGIN:VCALENDAR');
  expect(planned).not.toContain('UID:meeting-fixture-meeting@');
  expect(existsSync(path.join(dist, '.prerender'))).toBe(false);

  writeFileSync(path.join(dist, 'marker.txt'), 'from the previous build');
  const before = fingerprint(dist);
  const badTree = makeTree('replace-bad', ['body-expression']);
  const failed = await astroBuild(badTree, dist);
  expect(failed.code).not.toBe(0);
  expect(problemLines(failed.output)).toEqual(expectedLines('body-expression', badTree));
  expect(failed.output).toContain('is unchanged');
  expect(fingerprint(dist)).toEqual(before);
  expect(readdirSync(outputRoot).filter((name) => name.startsWith('replace-dist.'))).toEqual([]);
});

test('a planned meeting still to come stays in planned.ics with no note', async () => {
  const dist = path.join(outputRoot, 'good-dist');
  if (!existsSync(path.join(dist, 'meetings/planned.ics'))) {
    const built = await astroBuild(makeTree('planned-good'), dist, '2026-11-30');
    expect(built.code, built.output).toBe(0);
  }
  expect(readFileSync(path.join(dist, 'meetings/planned.ics'), 'utf8')).toContain('UID:meeting-fixture-meeting@');
  expect(readFileSync(path.join(dist, 'meetings/fixture-meeting/index.html'), 'utf8')).not.toContain('Date passed');
});
