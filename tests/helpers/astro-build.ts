/** Runs a real `astro build` of a content folder into an output folder. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { projectRoot, testAsOf } from './paths.ts';

export interface BuildResult {
  code: number;
  output: string;
}

/** The environment for a child build, without the Vite variables vitest sets (BASE_URL would override site.yaml's base path). */
function childEnv(): NodeJS.ProcessEnv {
  const { BASE_URL: _base, MODE: _mode, DEV: _dev, PROD: _prod, SSR: _ssr, ...env } = process.env;
  return env;
}

export function astroBuild(contentDir: string, outDir: string, asOf = testAsOf): Promise<BuildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: projectRoot,
      env: {
        ...childEnv(),
        ASTRO_TELEMETRY_DISABLED: '1',
        CST_CONTENT_DIR: path.relative(projectRoot, contentDir),
        CST_OUT_DIR: outDir,
        CST_AS_OF: asOf,
        NO_COLOR: '1',
        FORCE_COLOR: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** Runs `npm run check`'s script on a content folder. */
export function contentCheck(contentDir: string): Promise<BuildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(projectRoot, 'scripts/check.ts'), '--content', contentDir], {
      cwd: projectRoot,
      env: { ...childEnv(), NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}
