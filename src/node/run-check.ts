/** Runs the integrity check over a content folder on disk. Used by `npm run check` and the build. */
import path from 'node:path';
import { checkContent } from '../lib/integrity.ts';
import { layerWarnings } from '../lib/layers.ts';
import { placeholderWarnings } from '../lib/placeholders.ts';
import { meetingWarningsIn } from '../lib/meeting-rules.ts';
import type { ContentLayout } from './build-settings.ts';
import { inWords } from './problem-words.ts';
import { formatProblem, sortProblems, type ContentProblem } from '../lib/problems.ts';
import type { Finding } from '../lib/problem-facts.ts';
import { readContent } from './read-content.ts';
import { siteRoutes } from './site-routes.ts';
import { readWardLookup, wardLookupFile } from './ward-lookup.ts';
import { areaAssignmentProblems } from '../lib/police/select.ts';
import { fieldPath } from '../lib/problems.ts';
import { policeFiguresFile, readPoliceFile } from './police-file.ts';
import { isPartialMonth } from '../lib/police/dataset.ts';

export interface CheckRun {
  problems: ContentProblem[];
  /** What does not fail the check but an editor should see: services no contact provides, overlays older than their national entry, meetings to fix (see meeting-rules.ts). */
  warnings: ContentProblem[];
  entryCount: number;
}

export function runCheck(layout: ContentLayout, projectRoot: string, asOf: string): CheckRun {
  const { snapshot, problems: readProblems } = readContent(layout, projectRoot);
  const localAuthority = (snapshot.site.data as { localAuthorityCode?: unknown } | undefined)?.localAuthorityCode;
  const lookupPath = path.join(layout.councilDir, wardLookupFile);
  const wards =
    typeof localAuthority === 'string'
      ? readWardLookup(lookupPath, path.relative(projectRoot, lookupPath).split(path.sep).join('/'), localAuthority)
      : undefined;
  const police = policeDataFindings(layout.councilDir, projectRoot, snapshot.entries, asOf);
  const problems = sortProblems([
    ...readProblems,
    ...checkContent(snapshot, { asOf, routes: siteRoutes(projectRoot), ...(wards ? { wards } : {}) }).map((p) =>
      inWords(p, snapshot),
    ),
    ...police.problems.map((p) => inWords(p, snapshot)),
  ]);
  // A file that cannot be read has its one problem; warnings drawn from it would only mislead.
  const unreadable = new Set(
    [snapshot.councilServices, snapshot.nationalServices].filter((s) => s.unreadable).map((s) => s.file),
  );
  const warnings = [...layerWarnings(snapshot), ...placeholderWarnings(snapshot), ...meetingWarningsIn(snapshot, asOf)]
    .filter((w) => !unreadable.has(w.file))
    .map((w) => inWords(w, snapshot));
  return { problems, warnings: sortProblems([...warnings, ...police.warnings]), entryCount: snapshot.entries.length };
}

export function describeProblems(problems: ContentProblem[]): string {
  const heading = `${problems.length} problem${problems.length === 1 ? '' : 's'} in the content:`;
  return [heading, ...problems.map((p) => `  ${formatProblem(p)}`)].join('\n');
}

export function describeWarnings(warnings: ContentProblem[]): string {
  const heading = `${warnings.length} warning${warnings.length === 1 ? '' : 's'} (these do not fail the check):`;
  return [heading, ...warnings.map((p) => `  ${formatProblem(p)}`)].join('\n');
}

/**
 * The imported police figures must be well formed, add up to their own account (every month's
 * sums, and each month's files to its rows), hold no month after today, and agree with the area
 * files: a ward moved between areas after the import would otherwise put its figures under the
 * wrong area board. A part month (imported with --allow-partial) is a warning.
 */
function policeDataFindings(
  councilDir: string,
  projectRoot: string,
  entries: { collection: string; id: string; data: unknown }[],
  asOf: string,
): { problems: Finding[]; warnings: ContentProblem[] } {
  const file = policeFiguresFile(councilDir);
  const none = { problems: [], warnings: [] };
  const read = readPoliceFile(file);
  if (read.status === 'absent') return none;
  const shown = path.relative(projectRoot, file).split(path.sep).join('/');
  if (read.status === 'not-json')
    return {
      ...none,
      problems: [{ file: shown, field: '', message: `found JSON that cannot be read: ${read.reason}` }],
    };
  const rawMonths = (read.json as { months?: unknown } | null)?.months;
  const future = Object.keys(rawMonths && typeof rawMonths === 'object' ? rawMonths : {})
    .filter((m) => m > asOf.slice(0, 7))
    .map((m) => ({
      file: shown,
      field: `months.${m}`,
      message: `found a month after today (${asOf}); expected months police.uk has published`,
    }));
  if (read.status === 'invalid')
    return {
      ...none,
      problems: [...future, ...read.issues.map((i) => ({ file: shown, field: fieldPath(i.path), message: i.message }))],
    };
  const parsed = read;
  const areas = entries
    .filter((e) => e.collection === 'areas')
    .map((e) => ({
      id: e.id,
      wards: Array.isArray((e.data as { wards?: unknown }).wards)
        ? (e.data as { wards: { code: string }[] }).wards
        : [],
    }));
  const months = Object.keys(parsed.data.months);
  return {
    problems: [
      ...future,
      ...areaAssignmentProblems(parsed.data, areas).map((fact) => ({ file: shown, field: 'wards', ...fact })),
    ],
    warnings: months
      .filter((m) => isPartialMonth(parsed.data.months[m]!))
      .map((m) => ({
        file: shown,
        field: `months.${m}`,
        message:
          'a part month: its file was cut short and imported with --allow-partial; import the whole file with --replace when police.uk has it',
      })),
  };
}
