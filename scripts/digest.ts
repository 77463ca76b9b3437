/**
 * npm run digest -- --since <YYYY-MM-DD> [--until <YYYY-MM-DD>] [--out <folder>] [--council <id>] [--content <folder>]
 * Writes the members' briefing for a period as an email-ready HTML file (inline styles) and a
 * plain-text file. --until defaults to today in the UK (or CST_AS_OF); --out to ./digest.
 * The content must pass `npm run check` first. Draft and exempt reports are never included.
 */
import { layoutOptions, layoutOrExit } from '../src/node/cli-layout.ts';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildDigest } from '../src/lib/digest.ts';
import { isRealIsoDate } from '../src/schemas/common.ts';
import { readParsedContent } from '../src/node/parsed-content.ts';
import { describeProblems, runCheck } from '../src/node/run-check.ts';
import { asOfDate } from '../src/node/clock.ts';

const usage = 'Usage: npm run digest -- --since YYYY-MM-DD [--until YYYY-MM-DD] [--out folder]';
function fail(message: string): never {
  console.error(`${message}\n${usage}`);
  process.exit(1);
}

const projectRoot = process.cwd();
let values: { since?: string; until?: string; out?: string; content?: string; council?: string };
try {
  ({ values } = parseArgs({
    options: { ...layoutOptions, since: { type: 'string' }, until: { type: 'string' }, out: { type: 'string' } },
  }));
} catch (error) {
  fail((error as Error).message);
}
const today = asOfDate();
const since = values.since ?? fail('--since is missing: the first day the digest covers.');
const until = values.until ?? today;
for (const [name, value] of [
  ['--since', since],
  ['--until', until],
] as const)
  if (!isRealIsoDate(value))
    fail(`${name}: found ${JSON.stringify(value)}, expected a real date written as YYYY-MM-DD`);
if (since > until) fail(`--since (${since}) is after --until (${until}); expected the first day, then the last.`);

const layout = layoutOrExit(projectRoot, values);
const { problems } = runCheck(layout, projectRoot, today);
if (problems.length > 0) {
  console.error(describeProblems(problems));
  fail('Fix the content first: the digest is made only from content that passes the check.');
}

const { site, entries } = readParsedContent(layout, projectRoot);
const digest = buildDigest({
  site,
  period: { since, until },
  briefings: entries.briefings,
  changes: {
    powers: entries.powers,
    legislation: entries.legislation,
    contacts: entries.contacts,
    reports: entries.reports,
  },
});

const outDir = path.resolve(projectRoot, values.out ?? 'digest');
mkdirSync(outDir, { recursive: true });
const base = path.join(outDir, `members-briefing-${since}-to-${until}`);
writeFileSync(`${base}.html`, digest.html);
writeFileSync(`${base}.txt`, digest.text);
const show = (file: string) =>
  path.relative(projectRoot, file).startsWith('..') ? file : path.relative(projectRoot, file);
console.log(`${digest.subject}: ${digest.itemCount} briefing ${digest.itemCount === 1 ? 'item' : 'items'}.`);
console.log(`Wrote ${show(`${base}.html`)} (paste into an email or bulletin) and ${show(`${base}.txt`)} (plain text).`);
