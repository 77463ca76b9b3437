import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { buildThenReplace } from '../../src/node/replace-dir.ts';

function previousSite(): { root: string; site: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'replace-'));
  const site = path.join(root, 'dist');
  mkdirSync(site);
  writeFileSync(path.join(site, 'index.html'), 'the previous site');
  return { root, site };
}

test('a build that fails part way leaves the previous folder as it was and nothing of its own', async () => {
  const { root, site } = previousSite();
  await expect(
    buildThenReplace(site, (work) => {
      mkdirSync(path.join(work, '.prerender'), { recursive: true });
      writeFileSync(path.join(work, '.prerender', 'chunk.mjs'), 'a draft report CANARY');
      writeFileSync(path.join(work, 'index.html'), 'half a new site');
      throw new Error('stopped');
    }),
  ).rejects.toThrow('stopped');
  expect(readdirSync(root)).toEqual(['dist']);
  expect(readdirSync(site)).toEqual(['index.html']);
  expect(readFileSync(path.join(site, 'index.html'), 'utf8')).toBe('the previous site');
});

test('a build that succeeds replaces the folder whole', async () => {
  const { root, site } = previousSite();
  writeFileSync(path.join(site, 'old-page.html'), 'gone after the build');
  await buildThenReplace(site, (work) => {
    mkdirSync(work, { recursive: true });
    writeFileSync(path.join(work, 'index.html'), 'the new site');
  });
  expect(readdirSync(root)).toEqual(['dist']);
  expect(readdirSync(site)).toEqual(['index.html']);
  expect(readFileSync(path.join(site, 'index.html'), 'utf8')).toBe('the new site');
});

test('a first build creates the folder', async () => {
  const root = mkdtempSync(path.join(tmpdir(), 'replace-'));
  await buildThenReplace(path.join(root, 'dist'), (work) => {
    mkdirSync(work, { recursive: true });
    writeFileSync(path.join(work, 'index.html'), 'x');
  });
  expect(existsSync(path.join(root, 'dist', 'index.html'))).toBe(true);
});
