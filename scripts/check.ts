/**
 * npm run check [-- --content <folder>]
 * Checks every content file without building the site. Exit code 1 on any problem.
 */
import { parseArgs } from 'node:util';
import { contentDirFromEnv, describeProblems, runCheck, todayInLondon } from '../src/node/run-check.ts';

const projectRoot = process.cwd();
const { values } = parseArgs({ options: { content: { type: 'string' } } });
const contentDir = values.content ?? contentDirFromEnv(projectRoot);
const { problems, entryCount } = runCheck(contentDir, projectRoot, todayInLondon());

if (problems.length > 0) {
  console.error(describeProblems(problems));
  process.exit(1);
}
console.log(`Checked ${entryCount} entries: no problems.`);
