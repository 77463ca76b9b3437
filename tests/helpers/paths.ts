import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Everything tests write goes under here (git-ignored). */
export const outputRoot = path.join(projectRoot, 'tests/.output');
/** The example site, built once per test run by the global setup. */
export const exampleDist = path.join(outputRoot, 'example');
/** The day the test builds count as today, so results do not change with the calendar. */
export const testAsOf = '2026-12-01';
/** The bundled content: the national layer and every council. */
export const exampleContent = path.join(projectRoot, 'content');
/** The example council the default build uses. */
export const exampleCouncil = 'wiltshire';
/** The other bundled councils, each built once per test run into tests/.output/<id>. */
export const otherCouncils = ['plymouth', 'medway'] as const;
/** Where a bundled council's site is built for the tests: the example's in tests/.output/example. */
export function councilDist(council: string): string {
  return council === exampleCouncil ? exampleDist : path.join(outputRoot, council);
}
/** The example council's own folder. */
export const exampleCouncilDir = path.join(exampleContent, 'councils', exampleCouncil);
/** The national layer shared by every council. */
export const nationalDir = path.join(exampleContent, 'national');
