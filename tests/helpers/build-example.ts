/**
 * Global setup for the site tests: one real build of each bundled council, the example
 * (Wiltshire) into tests/.output/example and the others into tests/.output/<id>.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { astroBuild } from './astro-build.ts';
import { councilDist, exampleCouncil, otherCouncils, projectRoot } from './paths.ts';

export default async function setup(): Promise<void> {
  // One after another: two cores, and each build is heavy.
  for (const council of [exampleCouncil, ...otherCouncils]) {
    const out = councilDist(council);
    rmSync(out, { recursive: true, force: true });
    const result = await astroBuild(path.join(projectRoot, 'content'), out, undefined, council);
    if (result.code !== 0) throw new Error(`The ${council} site did not build:\n${result.output}`);
  }
}
