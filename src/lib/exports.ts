/**
 * Data exports of published reports and recommendations. Column names are a public contract:
 * add columns at the end, never rename or remove one (see README, "Data exports").
 */
import type { Report } from '../schemas/report.ts';
import type { WithId } from './powers.ts';
import type { TrackedRecommendation } from './tracker.ts';
import { latestUpdate } from './recommendations.ts';

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
] as const;

export const reportColumns = ['report_id', 'title', 'kind', 'committee', 'chair', 'status', 'published', 'follow_up_due', 'recommendations', 'url'] as const;

type Row<C extends readonly string[]> = Record<C[number], string>;

export function recommendationRows(rows: readonly TrackedRecommendation[], asOf: string, urlFor: (reportId: string) => string): Row<typeof recommendationColumns>[] {
  return rows.map(({ report, recommendation: rec, status }) => {
    const latest = latestUpdate(rec, asOf);
    return {
      report_id: report.id,
      report_title: report.data.title,
      report_published: report.data.dates.published ?? '',
      recommendation_id: rec.id,
      text: rec.text,
      to: rec.to,
      owner: rec.owner,
      due: rec.due ?? '',
      response_decision: rec.response?.decision ?? '',
      response_date: rec.response?.date ?? '',
      status,
      latest_update_date: latest?.date ?? '',
      latest_update: latest?.text ?? '',
      url: `${urlFor(report.id)}#recommendation-${rec.id}`,
    };
  });
}

export function reportRows(reports: readonly WithId<Report>[], urlFor: (reportId: string) => string): Row<typeof reportColumns>[] {
  return reports.map((r) => ({
    report_id: r.id,
    title: r.data.title,
    kind: r.data.kind,
    committee: r.data.committee,
    chair: r.data.chair,
    status: r.data.status,
    published: r.data.dates.published ?? '',
    follow_up_due: r.data.dates.followUpDue ?? '',
    recommendations: String(r.data.recommendations.length),
    url: urlFor(r.id),
  }));
}

/** CSV per RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or line break. */
export function toCsv<C extends readonly string[]>(columns: C, rows: readonly Row<C>[]): string {
  const field = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return [columns.join(','), ...rows.map((row) => columns.map((c) => field(row[c as C[number]])).join(','))].join('\r\n') + '\r\n';
}
