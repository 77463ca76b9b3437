/** `npm run new:meeting` finds a problem by its other names, in any case, and lists the area ids when one is wrong. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { runNodeScript } from '../helpers/astro-build.ts';
import { makeTree } from '../helpers/trees.ts';

const newMeeting = (args: string[], tree: string) =>
  runNodeScript('scripts/new-meeting.ts', args, { CST_CONTENT_DIR: tree });

test('a problem named by an alias in any case, and an area by its title', async () => {
  const tree = makeTree('new-meeting-alias');
  const result = await newMeeting(['--area', 'CHIPPENHAM', '--problem', 'Loud Music', '--date', '2027-02-11'], tree);
  expect(result.code, result.output).toBe(0);
  expect(existsSync(path.join(tree, 'councils/wiltshire/meetings/chippenham-noisy-neighbours-2027-02.mdx'))).toBe(true);
});

test('a wrong area lists the valid area ids', async () => {
  const tree = makeTree('new-meeting-wrong-area');
  const result = await newMeeting(['--area', 'swindon', '--problem', 'noisy-neighbours', '--date', '2027-02-11'], tree);
  expect(result.code).toBe(2);
  expect(result.output.trim()).toBe(
    `--area: found "swindon", expected the id of an entry in ${path.relative(process.cwd(), tree)}/councils/wiltshire/areas/; the area ids are: chippenham`,
  );
});
