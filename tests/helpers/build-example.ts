/** Global setup for the site tests: one real build of the example council's content. */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { astroBuild } from './astro-build.ts';
import { exampleDist, projectRoot } from './paths.ts';

export default async function setup(): Promise<void> {
  rmSync(exampleDist, { recursive: true, force: true });
  const result = await astroBuild(path.join(projectRoot, 'content'), exampleDist);
  if (result.code !== 0) throw new Error(`The example site did not build:\n${result.output}`);
}
