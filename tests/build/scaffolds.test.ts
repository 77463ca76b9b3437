/** The editor tools write entries that pass the check, and refuse to overwrite. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { contentCheck } from '../helpers/astro-build.ts';
import { projectRoot } from '../helpers/paths.ts';
import { makeTree } from '../helpers/trees.ts';

function runScript(script: string, args: string[], contentDir: string) {
  return spawnSync(process.execPath, [path.join(projectRoot, 'scripts', script), ...args], {
    cwd: projectRoot,
    env: { ...process.env, CST_CONTENT_DIR: contentDir },
    encoding: 'utf8',
  });
}

test('new:report writes a draft that passes the check, and will not overwrite it', async () => {
  const tree = makeTree('scaffold-report');
  const first = runScript('new-report.ts', ['Night-time economy: 2027 review'], tree);
  expect(first.status, first.stderr).toBe(0);
  const file = path.join(tree, 'reports/night-time-economy-2027-review.mdx');
  expect(readFileSync(file, 'utf8')).toMatch(/^status: draft/m);
  expect((await contentCheck(tree)).code).toBe(0);
  const again = runScript('new-report.ts', ['Night-time economy: 2027 review'], tree);
  expect(again.status).toBe(1);
  expect(again.stderr).toContain('already exists');
});

test('new:meeting writes a planned meeting prefilled from the area and problem', async () => {
  const tree = makeTree('scaffold-meeting');
  const result = runScript('new-meeting.ts', ['--area', 'chippenham', '--problem', 'noisy-neighbours', '--date', '2027-02-11'], tree);
  expect(result.status, result.stderr).toBe(0);
  const text = readFileSync(path.join(tree, 'meetings/chippenham-noisy-neighbours-2027-02.mdx'), 'utf8');
  expect(text).toContain('title: "Chippenham Area Board: Noisy neighbours"');
  expect(text).toMatch(/^invited: \[wiltshire-council-community-safety\]$/m);
  const check = await contentCheck(tree);
  expect(check.output).toMatch(/no problems/);
});

test('new:meeting names a wrong area id and a bad date', () => {
  const tree = makeTree('scaffold-meeting-bad');
  const wrongArea = runScript('new-meeting.ts', ['--area', 'chipenham', '--problem', 'noisy-neighbours', '--date', '2027-02-11'], tree);
  expect(wrongArea.status).toBe(2);
  expect(wrongArea.stderr).toContain('--area: found "chipenham", expected the id of an entry in content/areas/');
  const badDate = runScript('new-meeting.ts', ['--area', 'chippenham', '--problem', 'noisy-neighbours', '--date', '2027-02-30'], tree);
  expect(badDate.stderr).toContain('--date: found "2027-02-30", expected a date written as YYYY-MM-DD');
});
