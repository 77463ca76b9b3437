/**
 * npm run import:tracker -- <file.csv|file.xlsx> --report <id> [--map "Column=field"]... [--dry-run]
 *   [--update-date YYYY-MM-DD] [--title "Title of a new report"] [--council <id>]
 *
 * Reads a recommendation tracker with a header row and writes its recommendations into the
 * report's file (content/councils/<id>/reports/<report>.mdx), creating the report as a draft when
 * the id is new. Prints an account that adds up; refuses, naming the row and column, anything it
 * cannot account for, and then writes nothing.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseCsv } from 'csv-parse/sync';
import yaml from 'js-yaml';
import { readSheet } from 'read-excel-file/node';
import { layoutOptions, layoutOrExit } from '../src/node/cli-layout.ts';
import { todayInLondon } from '../src/node/clock.ts';
import { inWords, sheetProblemInWords } from '../src/node/problem-words.ts';
import { schemaProblems } from '../src/lib/check-basics.ts';
import { formatProblem } from '../src/lib/problems.ts';
import { readableReportField, reportRules } from '../src/lib/report-rules.ts';
import { reportTemplate } from '../src/lib/report-template.ts';
import {
  formatImportProblem,
  mergeRecommendations,
  parseMaps,
  planColumns,
  readTrackerRows,
  replaceRecommendationsBlock,
  rolesYaml,
  type ImportProblem,
} from '../src/lib/tracker-import.ts';
import { idPattern, isRealIsoDate } from '../src/schemas/common.ts';
import { reportSchema, type Report } from '../src/schemas/report.ts';
import { rolesSchema, type Roles } from '../src/schemas/roles.ts';
import type { SchemaIssue } from '../src/lib/problems.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    ...layoutOptions,
    report: { type: 'string' },
    map: { type: 'string', multiple: true },
    'dry-run': { type: 'boolean', default: false },
    'update-date': { type: 'string' },
    title: { type: 'string' },
  },
});
const usage =
  'Usage: npm run import:tracker -- <file.csv|file.xlsx> --report <report id> [--map "Column=field"] [--dry-run]';
const stop = (lines: string[], code = 1): never => {
  console.error(lines.join('\n'));
  process.exit(code);
};
const layout = layoutOrExit(process.cwd(), values);
const [input] = positionals;
const reportId = values.report;
if (!input || !reportId || positionals.length > 1) stop([usage], 2);
if (!idPattern.test(reportId!))
  stop(
    [
      `--report: found "${reportId}", expected a report id: lower-case words joined by hyphens, such as "safety-in-the-town-centre"`,
    ],
    2,
  );
const updateDate = values['update-date'] ?? todayInLondon();
if (!isRealIsoDate(updateDate))
  stop([`--update-date: found "${updateDate}", expected a date written as YYYY-MM-DD`], 2);

const show = (p: string) => path.relative(process.cwd(), p).split(path.sep).join('/');
const sheetFile = path.resolve(input!);
if (!existsSync(sheetFile)) stop([`${input}: no such file`], 2);

/** Every cell as text: dates as YYYY-MM-DD, empty cells as "". */
async function readCells(file: string): Promise<string[][]> {
  const extension = path.extname(file).toLowerCase();
  if (extension === '.csv')
    return parseCsv(readFileSync(file), { bom: true, relax_column_count: true, skip_empty_lines: false }) as string[][];
  if (extension === '.xlsx') {
    const rows = await readSheet(file);
    return rows.map((row) =>
      row.map((cell) => {
        if (cell === null || cell === undefined) return '';
        if (cell instanceof Date) return cell.toISOString().slice(0, 10);
        return String(cell);
      }),
    );
  }
  return stop([`${input}: expected a .csv or .xlsx file`], 2);
}

let cells: string[][];
try {
  cells = await readCells(sheetFile);
} catch (error) {
  cells = stop([`${show(sheetFile)}: cannot be read: ${(error as Error).message}`, 'Nothing was written.']);
}

const rolesFile = path.join(layout.councilDir, 'roles.yaml');
const roles: Roles = existsSync(rolesFile)
  ? rolesSchema.parse(yaml.load(readFileSync(rolesFile, 'utf8'), { schema: yaml.CORE_SCHEMA }) ?? {})
  : {};
const reportFile = path.join(layout.councilDir, 'reports', `${reportId}.mdx`);
const isNew = !existsSync(reportFile);
const title = values.title ?? reportId!.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
const fileText = isNew ? reportTemplate(title, todayInLondon()) : readFileSync(reportFile, 'utf8');
const frontMatter = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(fileText);
if (!frontMatter)
  stop([`${show(reportFile)}: found no front matter; fix the file with npm run check first`, 'Nothing was written.']);
const raw = (yaml.load(frontMatter![1]!, { schema: yaml.CORE_SCHEMA }) ?? {}) as Record<string, unknown>;
const existing = Array.isArray(raw.recommendations) ? (raw.recommendations as Record<string, unknown>[]) : [];

const { map, problems: mapProblems } = parseMaps(values.map ?? []);
const header = cells[0] ?? [];
const { plan, problems: columnProblems } = planColumns(header, map);
const read = readTrackerRows(cells, plan, reportId!, updateDate);
const problems: ImportProblem[] = [...mapProblems, ...columnProblems, ...read.problems];
if (cells.length < 2)
  problems.push({ message: 'found no rows under the header; expected a header row and one row per recommendation' });
if (problems.length > 0)
  stop([
    `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${show(sheetFile)}:`,
    ...problems.map((p) => `  ${formatImportProblem(show(sheetFile), sheetProblemInWords(p))}`),
    'Nothing was written.',
  ]);

const merged = mergeRecommendations(existing, read.rows, roles);
const block = yaml.dump(
  { recommendations: merged.recommendations },
  { lineWidth: 96, schema: yaml.CORE_SCHEMA, quotingType: '"', noCompatMode: true },
);
const newText = replaceRecommendationsBlock(fileText, block);

// The result must pass the same check a hand-written file does.
const result = reportSchema.safeParse({ ...raw, recommendations: merged.recommendations });
const allRoles = { ...roles, ...merged.newRoles };
const checkProblems = result.success
  ? reportRules(show(reportFile), result.data as Report, {
      roles: allRoles,
      rolesFile: show(rolesFile),
      rolesFileExists: true,
    })
  : schemaProblems(show(reportFile), reportSchema, result.error.issues as SchemaIssue[]);
if (checkProblems.length > 0)
  stop([
    'The imported recommendations would not pass the check:',
    ...checkProblems.map((p) => {
      const field = readableReportField(p.field, { recommendations: merged.recommendations });
      return `  ${formatProblem(inWords({ ...p, field }, { contentDir: show(layout.root), council: layout.council }))}`;
    }),
    'Nothing was written.',
  ]);

const newRoleIds = Object.keys(merged.newRoles);
const idsFrom = {
  column: `the "${header[plan.indexOf('id')]}" column`,
  labels: 'the labels printed at the start of each recommendation',
  'row-order': `row order (1 to ${read.rows.length}), as the sheet has no id column`,
}[read.ids];
const account = [
  `Read ${show(sheetFile)}: ${read.rows.length + read.skipped} rows.`,
  ...(read.skipped > 0 ? [`  rows for other reports, left alone: ${read.skipped}`] : []),
  `  recommendations added: ${merged.added}`,
  `  recommendations changed: ${merged.changed}`,
  `  recommendations unchanged: ${merged.unchanged}`,
  `Recommendation ids from ${idsFrom}.`,
  ...(newRoleIds.length > 0
    ? [
        `Roles added to ${show(rolesFile)}: ${newRoleIds.length}`,
        ...newRoleIds.map(
          (id) =>
            `  ${id}: "${merged.newRoles[id]!.title}"${merged.nearRoles.has(id) ? `; is this "${merged.nearRoles.get(id)}" ("${roles[merged.nearRoles.get(id)!]!.title}")? If so, add it to that role's aliases and import again` : ''}`,
        ),
      ]
    : []),
];
console.log(account.join('\n'));

const changed = isNew || merged.added + merged.changed > 0;
if (values['dry-run']) {
  console.log('Dry run: nothing was written.');
} else if (!changed && newRoleIds.length === 0) {
  console.log('Nothing changed, so nothing was written.');
} else {
  if (changed) writeFileSync(reportFile, newText);
  if (newRoleIds.length > 0) {
    const before = existsSync(rolesFile)
      ? readFileSync(rolesFile, 'utf8')
      : '# Roles that lead, own or answer scrutiny recommendations. Fields: src/schemas/roles.ts.\n';
    writeFileSync(
      rolesFile,
      `${before}${before.endsWith('\n') || before === '' ? '' : '\n'}${rolesYaml(merged.newRoles, (t) => yaml.dump(t, { schema: yaml.CORE_SCHEMA, quotingType: '"', lineWidth: -1 }).trimEnd())}`,
    );
  }
  console.log(
    `Wrote ${show(reportFile)}${isNew ? ' (a new draft: fill in its details, then run npm run check)' : ''}${newRoleIds.length > 0 ? ` and ${show(rolesFile)}` : ''}.`,
  );
}
