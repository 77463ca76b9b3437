/** Runs the project's own tools in child processes: a real `astro build`, the check, any script. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { projectRoot, testAsOf } from './paths.ts';

export interface BuildResult {
  code: number;
  output: string;
}

/**
 * The environment for a child: the test's own, without the Vite variables vitest sets (BASE_URL
 * would override site.yaml's base path) and without CST_CONTENT_DIR unless the caller sets it.
 */
function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const {
    BASE_URL: _base,
    MODE: _mode,
    DEV: _dev,
    PROD: _prod,
    SSR: _ssr,
    CST_CONTENT_DIR: _content,
    ...env
  } = process.env;
  return { ...env, NO_COLOR: '1', FORCE_COLOR: '0', ...extra };
}

/** Runs a Node script of the project (with the Node 22 that runs the tests); output is stdout and stderr together. */
export function runNodeScript(
  script: string,
  args: readonly string[] = [],
  env: Record<string, string> = {},
): Promise<BuildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.resolve(projectRoot, script), ...args], {
      cwd: projectRoot,
      env: childEnv(env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** The whole build as `npm run build` runs it: `astro build`, then the search index. */
export function astroBuild(
  contentDir: string,
  outDir: string,
  asOf = testAsOf,
  council?: string,
): Promise<BuildResult> {
  return runNodeScript('scripts/build.ts', council ? ['--council', council] : [], {
    ASTRO_TELEMETRY_DISABLED: '1',
    CST_CONTENT_DIR: path.relative(projectRoot, contentDir),
    CST_OUT_DIR: outDir,
    CST_AS_OF: asOf,
    ...(council ? { CST_COUNCIL: council } : {}),
  });
}

/** Runs `npm run check`'s script on a content folder. */
export function contentCheck(
  contentDir: string,
  args: readonly string[] = [],
  env: Record<string, string> = {},
): Promise<BuildResult> {
  return runNodeScript('scripts/check.ts', ['--content', contentDir, ...args], env);
}
