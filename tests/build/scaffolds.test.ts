/** The editor tools write entries that pass the check, and refuse to overwrite. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { contentCheck, runNodeScript } from '../helpers/astro-build.ts';
import { makeTree } from '../helpers/trees.ts';

const runScript = (script: string, args: string[], contentDir: string) =>
  runNodeScript(`scripts/${script}`, args, { CST_CONTENT_DIR: contentDir });

test('new:report writes a draft that passes the check, and will not overwrite it', async () => {
  const tree = makeTree('scaffold-report');
  const first = await runScript('new-report.ts', ['Night-time economy: 2027 review'], tree);
  expect(first.code, first.output).toBe(0);
  const file = path.join(tree, 'councils/wiltshire/reports/night-time-economy-2027-review.mdx');
  expect(readFileSync(file, 'utf8')).toMatch(/^status: draft/m);
  const check = await contentCheck(tree);
  expect(check.code, check.output).toBe(0);
  expect(check.output).toMatch(/no problems/);
  const written = readFileSync(file, 'utf8');
  const again = await runScript('new-report.ts', ['Night-time economy: 2027 review'], tree);
  expect(again.code).toBe(1);
  expect(again.output).toContain('already exists');
  expect(readFileSync(file, 'utf8')).toBe(written);
});

test('new:meeting writes a planned meeting prefilled from the area and problem', async () => {
  const tree = makeTree('scaffold-meeting');
  const result = await runScript(
    'new-meeting.ts',
    ['--area', 'chippenham', '--problem', 'noisy-neighbours', '--date', '2027-02-11'],
    tree,
  );
  expect(result.code, result.output).toBe(0);
  const text = readFileSync(
    path.join(tree, 'councils/wiltshire/meetings/chippenham-noisy-neighbours-2027-02.mdx'),
    'utf8',
  );
  expect(text).toContain('title: "Chippenham Area Board: Noisy neighbours"');
  // Speakers by role, worked out from the fixture's contacts: the police line stands for the area's team.
  expect(text).toContain('who: "The neighbourhood policing team for Chippenham, Wiltshire Police"');
  expect(text).toContain('who: "Anti-social behaviour and community safety team, Wiltshire Council"');
  expect(text).toContain('followUp: 2027-08-11');
  expect(text).toMatch(/^invited: \[\]$/m);
  const check = await contentCheck(tree);
  expect(check.code, check.output).toBe(0);
  expect(check.output).toMatch(/no problems/);
});

test('new:meeting names a wrong area id and a bad date', async () => {
  const tree = makeTree('scaffold-meeting-bad');
  const wrongArea = await runScript(
    'new-meeting.ts',
    ['--area', 'chipenham', '--problem', 'noisy-neighbours', '--date', '2027-02-11'],
    tree,
  );
  expect(wrongArea.code).toBe(2);
  expect(wrongArea.output).toContain(
    '--area: found "chipenham", expected the id of an entry in tests/.output/trees/scaffold-meeting-bad/councils/wiltshire/areas/',
  );
  const badDate = await runScript(
    'new-meeting.ts',
    ['--area', 'chippenham', '--problem', 'noisy-neighbours', '--date', '2027-02-30'],
    tree,
  );
  expect(badDate.code).toBe(2);
  expect(badDate.output).toContain('--date: found "2027-02-30", expected a date written as YYYY-MM-DD');
  // Neither wrote a file.
  const meetings = path.join(tree, 'councils/wiltshire/meetings');
  expect(existsSync(meetings) ? readdirSync(meetings).filter((f) => f.includes('2027-02')) : []).toEqual([]);
});
