/**
 * Data exports of published reports and recommendations. Column names are a public contract:
 * add columns at the end, never rename or remove one (see README, "Data exports"). The tracker
 * importer reads the recommendations file back, so exporting and importing changes nothing.
 */
import { stringify } from 'csv-stringify/sync';
import type { Report } from '../schemas/report.ts';
import { reportDate } from '../schemas/report.ts';
import type { Roles } from '../schemas/roles.ts';
import type { WithId } from './types.ts';
import type { TrackerRow } from './tracker.ts';

export const recommendationColumns = [
  'report_id',
  'report_title',
  'report_published',
  'recommendation_id',
  'text',
  'to',
  'owner',
  'due',
  'response_decision',
  'response_date',
  'status',
  'latest_update_date',
  'latest_update',
  'url',
  // Added with the SCRAIP and York tracker columns:
  'committee',
  'report_date',
  'cabinet_member',
  'response_text',
  'response_by',
  'timetable',
  'latest_update_status',
  'rag',
  'next_update',
  'must_respond',
  'response_requested',
  'response_timing',
  'agreed',
  'origin',
  'portfolio',
] as const;

export const reportColumns = [
  'report_id',
  'title',
  'kind',
  'committee',
  'chair',
  'status',
  'published',
  'follow_up_due',
  'recommendations',
  'url',
  'committee_date',
  'minute',
  'source_incomplete',
] as const;

type Row<C extends readonly string[]> = Record<C[number], string>;

/**
 * One row per recommendation. `owner` is the lead officer's role title; `status` is worked out on
 * the build day; `latest_update*` and `rag` are the newest update on or before it.
 */
export function recommendationRows(
  rows: readonly TrackerRow[],
  roles: Roles,
  urlFor: (reportId: string) => string,
): Row<typeof recommendationColumns>[] {
  // The recommendation's own response, not one made from its parts', so reading the file back changes nothing.
  return rows.map(({ report, recommendation: rec, status, anchor, cabinetMember, leadOfficer, latest, timing }) => ({
    report_id: report.id,
    report_title: report.data.title,
    report_published: report.data.dates.published ?? '',
    recommendation_id: rec.id,
    text: rec.text,
    to: rec.to ?? '',
    owner: leadOfficer?.title ?? '',
    due: rec.due ?? '',
    response_decision: rec.response?.decision ?? '',
    response_date: rec.response?.date ?? '',
    status,
    latest_update_date: latest?.date ?? '',
    latest_update: latest?.text ?? '',
    url: `${urlFor(report.id)}#recommendation-${anchor}`,
    committee: report.data.committee,
    report_date: reportDate(report.data) ?? '',
    cabinet_member: cabinetMember?.title ?? '',
    response_text: rec.response?.text ?? '',
    response_by: rec.response?.by === undefined ? '' : (roles[rec.response.by]?.title ?? rec.response.by),
    timetable: rec.timetable ?? '',
    latest_update_status: latest?.status ?? '',
    rag: latest?.rag ?? '',
    next_update: rec.nextUpdate ?? '',
    must_respond: rec.mustRespond ?? '',
    response_requested: rec.responseRequested ?? '',
    response_timing: timing,
    agreed: rec.agreed ?? '',
    origin: rec.origin ?? '',
    portfolio: rec.portfolio ?? '',
  }));
}

export function reportRows(
  reports: readonly WithId<Report>[],
  urlFor: (reportId: string) => string,
): Row<typeof reportColumns>[] {
  return reports.map((r) => ({
    report_id: r.id,
    title: r.data.title,
    kind: r.data.kind,
    committee: r.data.committee,
    chair: r.data.chair ?? '',
    status: r.data.status,
    published: r.data.dates.published ?? '',
    follow_up_due: r.data.dates.followUpDue ?? '',
    recommendations: String(r.data.recommendations.length),
    url: urlFor(r.id),
    committee_date: r.data.dates.committee ?? '',
    minute: r.data.minute ?? '',
    source_incomplete: r.data.sourceIncomplete ?? '',
  }));
}

/**
 * CSV per RFC 4180: a header row, CRLF line ends, no BOM, fields quoted when they hold a comma, a
 * quote or a line break. csv-stringify on its own quotes a field only for the whole CRLF, so a lone
 * "\n" or "\r" is matched too: unquoted, it would split the record for every reader.
 */
export function toCsv<C extends readonly string[]>(columns: C, rows: readonly Row<C>[]): string {
  return stringify(rows as Row<C>[], {
    header: true,
    columns: [...columns],
    record_delimiter: 'windows',
    quoted_match: /[\r\n]/,
  });
}
