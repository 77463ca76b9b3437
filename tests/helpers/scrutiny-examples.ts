/** Builds the scrutiny examples fixture council (good tree + tests/fixtures/scrutiny-examples) into its own dist. */
import { cpSync } from 'node:fs';
import path from 'node:path';
import { runNodeScript, type BuildResult } from './astro-build.ts';
import { outputRoot, projectRoot, testAsOf } from './paths.ts';
import { fixturesRoot, makeTree } from './trees.ts';

export const examplesCouncil = 'scrutiny-examples';

/** The content tree: the good fixture's national layer and the examples council. */
export function scrutinyExamplesTree(name = 'scrutiny-examples'): string {
  const tree = makeTree(name);
  cpSync(path.join(fixturesRoot, 'scrutiny-examples'), tree, { recursive: true });
  return tree;
}

export function buildScrutinyExamples(tree: string, dist: string): Promise<BuildResult> {
  return runNodeScript('scripts/build.ts', [], {
    ASTRO_TELEMETRY_DISABLED: '1',
    CST_CONTENT_DIR: path.relative(projectRoot, tree),
    CST_COUNCIL: examplesCouncil,
    CST_OUT_DIR: dist,
    CST_AS_OF: testAsOf,
  });
}

export const examplesDist = (name: string) => path.join(outputRoot, name);
