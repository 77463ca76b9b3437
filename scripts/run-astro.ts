/**
 * npm run dev [-- --council <id>] and npm run preview [-- --council <id>]
 * Runs an Astro command for one council: CST_COUNCIL tells astro.config.mjs which council's
 * site.yaml and content to use. Other arguments go to Astro unchanged.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { contentDirFromEnv, councilFromEnv, councilProblem, takeCouncilArg } from '../src/node/build-settings.ts';

const projectRoot = path.resolve(import.meta.dirname, '..');
const [command, ...rest] = process.argv.slice(2);
let args: ReturnType<typeof takeCouncilArg>;
try {
  args = takeCouncilArg(rest);
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
const council = args.council ?? councilFromEnv(process.env, projectRoot);
const problem = councilProblem(contentDirFromEnv(projectRoot), council);
if (problem) {
  console.error(problem);
  process.exit(2);
}
const astro = path.join(projectRoot, 'node_modules/astro/bin/astro.mjs');
const result = spawnSync(process.execPath, [astro, command!, ...args.rest], {
  cwd: projectRoot,
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CST_COUNCIL: council },
});
process.exit(result.status ?? 1);
