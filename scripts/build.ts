/**
 * npm run build [-- --council <id>] [-- <astro build options>]
 * The whole build, as two processes one after the other:
 *   1. `astro build`: the integrity check first, then every page, the sitemap and robots.txt;
 *   2. Pagefind indexes the pages Astro wrote (src/node/search-index.ts).
 * Pagefind runs only after Astro has exited, so the build never holds both in memory at once.
 * Both write to a new folder beside dist/ (dist.building-<pid>); only when both succeed does it
 * replace dist/. A failed build leaves the previous dist/ as it was and nothing of its own behind
 * (no half-written pages, no .prerender folder holding a draft's text).
 * Astro runs with a capped V8 heap (astroHeapArgs in src/node/build-settings.ts).
 * --council <id> picks the council (default: the example, Wiltshire); it sets CST_COUNCIL for
 * astro.config.mjs, which also reads CST_CONTENT_DIR, CST_OUT_DIR and CST_AS_OF.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  astroHeapArgs,
  contentDirFromEnv,
  councilFromEnv,
  councilProblem,
  outDirFromEnv,
  takeCouncilArg,
} from '../src/node/build-settings.ts';
import { buildSearchIndex } from '../src/node/search-index.ts';
import { buildThenReplace } from '../src/node/replace-dir.ts';

/** Astro stopped (its own message is printed already). */
class BuildStopped extends Error {
  readonly code: number;
  constructor(code: number) {
    super(`astro build exited with ${code}`);
    this.code = code;
  }
}

const projectRoot = path.resolve(import.meta.dirname, '..');
const astroCli = path.join(projectRoot, 'node_modules/astro/bin/astro.mjs');

let args: ReturnType<typeof takeCouncilArg>;
try {
  args = takeCouncilArg(process.argv.slice(2));
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
const council = args.council ?? councilFromEnv(process.env, projectRoot);
const unknownCouncil = councilProblem(contentDirFromEnv(projectRoot), council);
if (unknownCouncil) {
  console.error(unknownCouncil);
  process.exit(2);
}

const siteDir = outDirFromEnv(projectRoot);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));

try {
  await buildThenReplace(siteDir, async (workDir) => {
    const astro = spawnSync(process.execPath, [...astroHeapArgs(process.env), astroCli, 'build', ...args.rest], {
      cwd: projectRoot,
      stdio: 'inherit',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CST_COUNCIL: council, CST_OUT_DIR: workDir },
    });
    if (astro.status !== 0) throw new BuildStopped(astro.status ?? 1);
    // Astro's own scratch folder for prerendering is never part of the site.
    rmSync(path.join(workDir, '.prerender'), { recursive: true, force: true });
    const started = performance.now();
    const { pages, words } = await buildSearchIndex(workDir);
    console.log(
      `Search index: ${pages} pages and a spelling vocabulary of ${words} words, in ${((performance.now() - started) / 1000).toFixed(1)} s (${path.relative(projectRoot, path.join(siteDir, 'pagefind')) || '.'})`,
    );
  });
} catch (error) {
  if (!(error instanceof BuildStopped)) console.error(error);
  console.error(`The build stopped; ${path.relative(projectRoot, siteDir) || '.'} is unchanged.`);
  process.exit(error instanceof BuildStopped ? error.code : 1);
}
