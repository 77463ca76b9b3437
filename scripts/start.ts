/**
 * npm start [-- --council <id>]
 * Builds one council's site (npm run build) and serves it at http://localhost:4321.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const projectRoot = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const run = (script: string, extra: string[]) =>
  spawnSync(process.execPath, [path.join(projectRoot, 'scripts', script), ...extra, ...args], {
    cwd: projectRoot,
    stdio: 'inherit',
  }).status ?? 1;

const built = run('build.ts', []);
if (built !== 0) process.exit(built);
process.exit(run('run-astro.ts', ['preview', '--port', '4321']));
