/**
 * read-content.ts's messages for folders that are missing, which a bad fixture cannot lay over the
 * good tree (tests/fixtures/bad holds the cases for files that are there but wrong).
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { contentLayout } from '../../src/node/build-settings.ts';
import { readContent } from '../../src/node/read-content.ts';
import { projectRoot } from '../helpers/paths.ts';
import { makeTree } from '../helpers/trees.ts';

const lines = (tree: string) =>
  readContent(contentLayout(tree, 'wiltshire'), projectRoot).problems.map(
    (p) => `${p.file}: ${p.field ? `${p.field}: ` : ''}${p.message}`,
  );

test('the good tree reads with no problems', () => {
  expect(lines(makeTree('read-good'))).toEqual([]);
});

test('a missing national folder is named', () => {
  const tree = makeTree('read-no-national');
  rmSync(path.join(tree, 'national'), { recursive: true });
  expect(lines(tree)).toEqual([
    'tests/.output/trees/read-no-national/national: missing: expected the folder tests/.output/trees/read-no-national/national/',
  ]);
});

test('a missing content folder is named, once', () => {
  expect(lines(path.join(projectRoot, 'tests/.output/trees/no-such-content'))).toEqual([
    'tests/.output/trees/no-such-content: missing: the content folder does not exist',
  ]);
});
