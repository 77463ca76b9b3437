/** The build replaces its output only when it succeeds, and leaves nothing of a failed build behind. */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { astroBuild } from '../helpers/astro-build.ts';
import { filesUnder } from '../helpers/dist.ts';
import { outputRoot } from '../helpers/paths.ts';
import { expectedLines, makeTree, problemLines } from '../helpers/trees.ts';

/** Every file under a folder with a hash of its bytes. */
function fingerprint(dir: string): Record<string, string> {
  return Object.fromEntries(
    filesUnder(dir).map((f) => [path.relative(dir, f), createHash('sha256').update(readFileSync(f)).digest('hex')]),
  );
}

test('a failed build leaves the previous dist/ byte for byte as it was, with nothing beside it', async () => {
  const dist = path.join(outputRoot, 'replace-dist');
  rmSync(dist, { recursive: true, force: true });
  const built = await astroBuild(makeTree('replace-good'), dist);
  expect(built.code, built.output).toBe(0);
  expect(existsSync(path.join(dist, 'index.html'))).toBe(true);
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
