/**
 * npm run check [-- --council <id>] [-- --content <folder>] [-- --strict]
 * Checks every content file of one council (both layers) without building the site. Exit code 1
 * on any problem. Warnings (entries past their review date, services no contact provides,
 * overlays older than their national entry) do not fail it; with --strict (or
 * CST_STRICT_FRESHNESS=1) entries past their review date fail it too. "Today" is CST_AS_OF when
 * set, as in the build, else the UK date.
 */
import { parseArgs } from 'node:util';
import { describeStaleEntries } from '../src/lib/freshness.ts';
import { layoutOptions, layoutOrExit } from '../src/node/cli-layout.ts';
import { describeProblems, describeWarnings, runCheck } from '../src/node/run-check.ts';
import { asOfDate } from '../src/node/clock.ts';
import { findStaleContent } from '../src/node/stale-content.ts';

const projectRoot = process.cwd();
const { values } = parseArgs({ options: { ...layoutOptions, strict: { type: 'boolean', default: false } } });
const layout = layoutOrExit(projectRoot, values);
const strict = values.strict || process.env.CST_STRICT_FRESHNESS === '1';
const asOf = asOfDate();

const { problems, warnings, entryCount } = runCheck(layout, projectRoot, asOf);
const stale = findStaleContent(layout, projectRoot, asOf);

if (problems.length > 0) console.error(describeProblems(problems));
if (warnings.length > 0) console.warn(describeWarnings(warnings));
if (stale.length > 0) console.warn(describeStaleEntries(stale));

if (problems.length > 0) process.exit(1);
if (strict && stale.length > 0) {
  console.error(`Stopping: --strict counts entries past their review date as problems (${stale.length} found).`);
  process.exit(1);
}
const notes = [
  warnings.length > 0 ? `${warnings.length} warning${warnings.length === 1 ? '' : 's'}` : '',
  stale.length > 0 ? `${stale.length} past their review date` : '',
].filter(Boolean);
console.log(
  `Checked ${entryCount} entries for ${layout.council}: no problems.${notes.length > 0 ? ` ${notes.join(', ')} (above).` : ''}`,
);
