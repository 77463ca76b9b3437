/**
 * npm run check [-- --content <folder>] [-- --strict]
 * Checks every content file without building the site. Exit code 1 on any problem.
 * Entries past their review date are warnings; with --strict (or CST_STRICT_FRESHNESS=1) they
 * fail the check too. "Today" is CST_AS_OF when set, as in the build, else the UK date.
 */
import { contentDirFromEnv } from '../src/node/build-settings.ts';
import { parseArgs } from 'node:util';
import { describeStaleEntries } from '../src/lib/freshness.ts';
import { describeProblems, runCheck, todayInLondon } from '../src/node/run-check.ts';
import { findStaleContent } from '../src/node/stale-content.ts';

const projectRoot = process.cwd();
const { values } = parseArgs({ options: { content: { type: 'string' }, strict: { type: 'boolean', default: false } } });
const contentDir = values.content ?? contentDirFromEnv(projectRoot);
const strict = values.strict || process.env.CST_STRICT_FRESHNESS === '1';
const asOf = process.env.CST_AS_OF || todayInLondon();

const { problems, entryCount } = runCheck(contentDir, projectRoot, asOf);
const stale = findStaleContent(contentDir, projectRoot, asOf);

if (problems.length > 0) console.error(describeProblems(problems));
if (stale.length > 0) console.warn(describeStaleEntries(stale));

if (problems.length > 0) process.exit(1);
if (strict && stale.length > 0) {
  console.error(`Stopping: --strict counts entries past their review date as problems (${stale.length} found).`);
  process.exit(1);
}
console.log(`Checked ${entryCount} entries: no problems.${stale.length > 0 ? ` ${stale.length} past their review date (warnings above).` : ''}`);
