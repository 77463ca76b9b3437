/**
 * The recommendation tracker: every recommendation of every public report with its computed
 * status, overdue first; groupings for filter pages; and the scrutiny calendar's dates.
 */
import type { Recommendation, Report } from '../schemas/report.ts';
import { addDays } from './format.ts';
import type { WithId } from './powers.ts';
import { recommendationStatus, recommendationStatuses, type RecommendationStatus } from './recommendations.ts';

export interface TrackedRecommendation<R extends WithId<Report> = WithId<Report>> {
  report: R;
  recommendation: Recommendation;
  status: RecommendationStatus;
}

/** Rows for the tracker: overdue first, then by status order, then by due date (none last), then report and id. */
export function trackRecommendations<R extends WithId<Report>>(reports: readonly R[], asOf: string): TrackedRecommendation<R>[] {
  const rows = reports.flatMap((report) =>
    report.data.recommendations.map((recommendation) => ({ report, recommendation, status: recommendationStatus(recommendation, asOf) })),
  );
  const order = (s: RecommendationStatus) => recommendationStatuses.indexOf(s);
  return rows.sort(
    (a, b) =>
      order(a.status) - order(b.status) ||
      (a.recommendation.due ?? '9999').localeCompare(b.recommendation.due ?? '9999') ||
      a.report.id.localeCompare(b.report.id) ||
      a.recommendation.id.localeCompare(b.recommendation.id, 'en', { numeric: true }),
  );
}

/** A URL-safe id for an owner's filter page: "Head of Community Safety" -> "head-of-community-safety". */
export function ownerSlug(owner: string): string {
  return owner
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Rows grouped by a key, keeping the rows' order within each group and groups in first-seen order. */
export function groupRows<T>(rows: readonly T[], key: (row: T) => string): { key: string; rows: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k)!.push(row);
  }
  return [...groups].map(([k, rs]) => ({ key: k, rows: rs }));
}

export interface ScrutinyDate {
  date: string;
  kind: 'annual-scrutiny' | 'report-follow-up' | 'recommendation-due';
  title: string;
  reportId?: string;
  recommendationId?: string;
}

/**
 * The scrutiny calendar from `asOf` on: the next annual crime and disorder scrutiny (at least
 * once every 12 months after the last one, Crime and Disorder (Overview and Scrutiny)
 * Regulations 2009), each report's follow-up date, and each unfinished recommendation's due date.
 */
export function scrutinyCalendar(reports: readonly WithId<Report>[], asOf: string): ScrutinyDate[] {
  const dates: ScrutinyDate[] = [];
  const annual = reports
    .filter((r) => r.data.kind === 'annual-scrutiny' && r.data.dates.published)
    .map((r) => r.data.dates.published!)
    .sort()
    .at(-1);
  if (annual) {
    const due = addDays(annual, 365);
    dates.push({ date: due, kind: 'annual-scrutiny', title: due < asOf ? 'Annual crime and disorder scrutiny (overdue)' : 'Annual crime and disorder scrutiny due' });
  }
  for (const report of reports) {
    const followUp = report.data.dates.followUpDue;
    if (followUp && followUp >= asOf) dates.push({ date: followUp, kind: 'report-follow-up', title: `Follow-up due: ${report.data.title}`, reportId: report.id });
    for (const rec of report.data.recommendations) {
      const status = recommendationStatus(rec, asOf);
      if (rec.due && rec.due >= asOf && !['implemented', 'partly-implemented', 'rejected'].includes(status))
        dates.push({ date: rec.due, kind: 'recommendation-due', title: `Recommendation ${rec.id} due: ${report.data.title}`, reportId: report.id, recommendationId: rec.id });
    }
  }
  return dates.sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title));
}
