/** Runs the integrity check over a content folder on disk. Used by `npm run check` and the build. */
import path from 'node:path';
import { checkContent } from '../lib/integrity.ts';
import { layerWarnings } from '../lib/layers.ts';
import { meetingWarningsIn } from '../lib/meeting-rules.ts';
import type { ContentLayout } from './build-settings.ts';
import { formatProblem, sortProblems, type ContentProblem } from '../lib/problems.ts';
import { readContent } from './read-content.ts';
import { readWardLookup, wardLookupFile } from './ward-lookup.ts';
import { existsSync, readFileSync } from 'node:fs';
import { areaAssignmentProblems } from '../lib/police-select.ts';
import { fieldPath } from '../lib/problems.ts';
import { policeDataSchema } from '../schemas/police-data.ts';

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
  const problems = sortProblems([
    ...readProblems,
    ...checkContent(snapshot, { asOf, ...(wards ? { wards } : {}) }),
    ...policeDataProblems(layout.councilDir, projectRoot, snapshot.entries),
  ]);
  return { problems, warnings: sortProblems([...layerWarnings(snapshot), ...meetingWarningsIn(snapshot, asOf)]), entryCount: snapshot.entries.length };
}

export function describeProblems(problems: ContentProblem[]): string {
  const heading = `${problems.length} problem${problems.length === 1 ? '' : 's'} in the content:`;
  return [heading, ...problems.map((p) => `  ${formatProblem(p)}`)].join('\n');
}

export function describeWarnings(warnings: ContentProblem[]): string {
  const heading = `${warnings.length} warning${warnings.length === 1 ? '' : 's'} (these do not fail the check):`;
  return [heading, ...warnings.map((p) => `  ${formatProblem(p)}`)].join('\n');
}

/** Today in the UK as YYYY-MM-DD. The only place the check reads the clock. */
export function todayInLondon(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/**
 * The imported police figures must be well formed and agree with the area files: a ward moved
 * between areas after the import would otherwise put its figures under the wrong area board.
 */
function policeDataProblems(councilDir: string, projectRoot: string, entries: { collection: string; id: string; data: unknown }[]): ContentProblem[] {
  const file = path.join(councilDir, 'data/police-uk.json');
  if (!existsSync(file)) return [];
  const shown = path.relative(projectRoot, file).split(path.sep).join('/');
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return [{ file: shown, field: '', message: `found JSON that cannot be read: ${(error as Error).message}` }];
  }
  const parsed = policeDataSchema.safeParse(json);
  if (!parsed.success) return parsed.error.issues.map((i) => ({ file: shown, field: fieldPath(i.path), message: i.message }));
  const areas = entries
    .filter((e) => e.collection === 'areas')
    .map((e) => ({ id: e.id, wards: Array.isArray((e.data as { wards?: unknown }).wards) ? ((e.data as { wards: { code: string }[] }).wards) : [] }));
  return areaAssignmentProblems(parsed.data, areas).map((message) => ({ file: shown, field: 'wards', message }));
}
