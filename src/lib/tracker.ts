/**
 * The recommendation tracker: every recommendation of every public report with what committees
 * track (SCRAIP and York columns: reference, report, date, cabinet member, response, timetable,
 * lead officer, latest action, status and RAG, next update), overdue first; groupings for the
 * filter pages; and the scrutiny calendar's dates.
 */
import type { ProgressUpdate, RagRating, Recommendation, RecommendationResponse, Report } from '../schemas/report.ts';
import { recommendationAnchor, reportDate } from '../schemas/report.ts';
import type { ResponsePeriods } from '../schemas/response-periods.ts';
import type { Roles } from '../schemas/roles.ts';
import { addDays } from './format.ts';
import { earliestDay, latestDay, yearOf } from './partial-date.ts';
import type { WithId } from './types.ts';
import {
  effectiveResponse,
  latestUpdate,
  recommendationStatus,
  responseDeadline,
  responseTiming,
  type ResponseDeadline,
  type ResponseTiming,
} from './recommendations.ts';
import { recommendationStatuses, type RecommendationStatus } from './recommendation-statuses.ts';

/** A role as a row shows it: its id (for links and grouping) and its title. */
export interface RoleRef {
  id: string;
  title: string;
}

export interface TrackerRow<R extends WithId<Report> = WithId<Report>> {
  report: R;
  recommendation: Recommendation;
  /** The recommendation's part of its page address: #recommendation-<anchor>. */
  anchor: string;
  status: RecommendationStatus;
  /** When it was agreed: its own date, or else its report's. */
  date?: string;
  /** The year of that date, for the by-year filter. */
  year?: number;
  /** The committee or task group, and its filter page's slug. */
  committee: string;
  committeeSlug: string;
  cabinetMember?: RoleRef;
  leadOfficer?: RoleRef;
  /** The response that counts (its own, or one made from its parts' responses). */
  response?: RecommendationResponse;
  respondedBy?: RoleRef;
  deadline: ResponseDeadline;
  timing: ResponseTiming;
  /** The latest update on or before the day, and its RAG rating. */
  latest?: ProgressUpdate;
  rag?: RagRating;
  /** When the next update is due: the recommendation's own, or the report's follow-up date. */
  nextUpdate?: string;
}

/** A URL-safe slug: "Head of Community Safety" -> "head-of-community-safety". */
export function slugOf(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export interface TrackerContext {
  roles: Roles;
  periods: ResponsePeriods;
  asOf: string;
}

function roleRef(roles: Roles, id: string | undefined): RoleRef | undefined {
  return id === undefined ? undefined : { id, title: roles[id]?.title ?? id };
}

/** One row per recommendation of the given (public) reports, with everything the tracker shows. */
export function trackerRows<R extends WithId<Report>>(reports: readonly R[], context: TrackerContext): TrackerRow<R>[] {
  const { roles, periods, asOf } = context;
  return reports.flatMap((report) =>
    report.data.recommendations.map((recommendation) => {
      const response = effectiveResponse(recommendation, asOf);
      const deadline = responseDeadline(recommendation, report.data, periods);
      const latest = latestUpdate(recommendation, asOf);
      const date = recommendation.agreed ?? reportDate(report.data);
      const nextUpdate = recommendation.nextUpdate ?? report.data.dates.followUpDue;
      const row: TrackerRow<R> = {
        report,
        recommendation,
        anchor: recommendationAnchor(recommendation.id),
        status: recommendationStatus(recommendation, { report: report.data, periods, asOf }),
        committee: report.data.committee,
        committeeSlug: slugOf(report.data.committee),
        deadline,
        timing: responseTiming(response, deadline),
      };
      const optional = {
        date,
        year: date === undefined ? undefined : yearOf(date),
        cabinetMember: roleRef(roles, recommendation.cabinetMember),
        leadOfficer: roleRef(roles, recommendation.leadOfficer),
        response,
        respondedBy: roleRef(roles, response?.by),
        latest,
        rag: latest?.rag,
        // A follow-up date that has passed is history, not the next update.
        nextUpdate: nextUpdate !== undefined && latestDay(nextUpdate) >= asOf ? nextUpdate : undefined,
      };
      for (const [key, value] of Object.entries(optional))
        if (value !== undefined) (row as unknown as Record<string, unknown>)[key] = value;
      return row;
    }),
  );
}

/** Rows for the tracker: most urgent status first, then by due date (none last), then report and id. */
export function trackRecommendations<R extends WithId<Report>>(
  reports: readonly R[],
  context: TrackerContext,
): TrackerRow<R>[] {
  const order = (s: RecommendationStatus) => recommendationStatuses.indexOf(s);
  const due = (r: TrackerRow<R>) => (r.recommendation.due ? latestDay(r.recommendation.due) : '9999');
  return trackerRows(reports, context).sort(
    (a, b) =>
      order(a.status) - order(b.status) ||
      due(a).localeCompare(due(b)) ||
      a.report.id.localeCompare(b.report.id) ||
      a.recommendation.id.localeCompare(b.recommendation.id, 'en', { numeric: true }),
  );
}

/** Rows grouped by a key, keeping the rows' order within each group and groups in first-seen order. */
export function groupRows<T>(
  rows: readonly T[],
  key: (row: T) => string | readonly string[] | undefined,
): { key: string; rows: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const keys = key(row);
    for (const k of keys === undefined ? [] : typeof keys === 'string' ? [keys] : keys) {
      if (!groups.has(k)) groups.set(k, []);
      if (!groups.get(k)!.includes(row)) groups.get(k)!.push(row);
    }
  }
  return [...groups].map(([k, rs]) => ({ key: k, rows: rs }));
}

/** The roles a row belongs to on the by-owner pages: its lead officer and its cabinet member. */
export function ownerIds(row: Pick<TrackerRow, 'leadOfficer' | 'cabinetMember'>): string[] {
  return [...new Set([row.leadOfficer?.id, row.cabinetMember?.id].filter((id): id is string => id !== undefined))];
}

export interface TrackerFilters<R extends WithId<Report>> {
  byStatus: { status: RecommendationStatus; rows: TrackerRow<R>[] }[];
  byRag: { rag: RagRating; rows: TrackerRow<R>[] }[];
  byOwner: { role: RoleRef; rows: TrackerRow<R>[] }[];
  byCommittee: { committee: string; slug: string; rows: TrackerRow<R>[] }[];
  byYear: { year: number; rows: TrackerRow<R>[] }[];
}

/** The groups behind the tracker's filter pages: one page per status, RAG rating, owner, committee and year that has rows. */
export function trackerFilters<R extends WithId<Report>>(
  rows: readonly TrackerRow<R>[],
  roles: Roles,
): TrackerFilters<R> {
  const rags: RagRating[] = ['red', 'amber', 'green'];
  return {
    byStatus: recommendationStatuses
      .map((status) => ({ status, rows: rows.filter((r) => r.status === status) }))
      .filter((g) => g.rows.length > 0),
    byRag: rags.map((rag) => ({ rag, rows: rows.filter((r) => r.rag === rag) })).filter((g) => g.rows.length > 0),
    byOwner: groupRows(rows, ownerIds)
      .map((g) => ({ role: { id: g.key, title: roles[g.key]?.title ?? g.key }, rows: g.rows }))
      .sort((a, b) => a.role.title.localeCompare(b.role.title, 'en-GB')),
    byCommittee: groupRows(rows, (r) => r.committeeSlug)
      .map((g) => ({ committee: g.rows[0]!.committee, slug: g.key, rows: g.rows }))
      .sort((a, b) => a.committee.localeCompare(b.committee, 'en-GB')),
    byYear: groupRows(rows, (r) => (r.year === undefined ? undefined : String(r.year)))
      .map((g) => ({ year: Number(g.key), rows: g.rows }))
      .sort((a, b) => b.year - a.year),
  };
}

export interface ScrutinyDate {
  date: string;
  kind: 'annual-scrutiny' | 'report-follow-up' | 'recommendation-due' | 'next-update';
  title: string;
  reportId?: string;
  recommendationId?: string;
  /** The anchor of the recommendation's part of the report page. */
  anchor?: string;
}

const unfinished = (status: RecommendationStatus) => !['complete', 'rejected', 'noted'].includes(status);

/**
 * The scrutiny calendar from `asOf` on: the next annual crime and disorder scrutiny (at least
 * once every 12 months after the last one, Crime and Disorder (Overview and Scrutiny)
 * Regulations 2009), each report's follow-up date, each unfinished recommendation's due date and
 * next update. A date given only as a month or year is placed on its last day ("by then").
 */
export function scrutinyCalendar(
  reports: readonly WithId<Report>[],
  context: Omit<TrackerContext, 'roles'>,
): ScrutinyDate[] {
  const { asOf, periods } = context;
  const dates: ScrutinyDate[] = [];
  const annual = reports
    .filter((r) => r.data.kind === 'annual-scrutiny' && reportDate(r.data))
    .map((r) => latestDay(reportDate(r.data)!))
    .sort()
    .at(-1);
  if (annual) {
    const due = addDays(annual, 365);
    dates.push({
      date: due,
      kind: 'annual-scrutiny',
      title: due < asOf ? 'Annual crime and disorder scrutiny (overdue)' : 'Annual crime and disorder scrutiny due',
    });
  }
  for (const report of reports) {
    const followUp = report.data.dates.followUpDue;
    if (followUp && latestDay(followUp) >= asOf)
      dates.push({
        date: latestDay(followUp),
        kind: 'report-follow-up',
        title: `Follow-up due: ${report.data.title}`,
        reportId: report.id,
      });
    for (const rec of report.data.recommendations) {
      const status = recommendationStatus(rec, { report: report.data, periods, asOf });
      if (!unfinished(status)) continue;
      const at = { reportId: report.id, recommendationId: rec.id, anchor: recommendationAnchor(rec.id) };
      if (rec.due && latestDay(rec.due) >= asOf)
        dates.push({
          date: latestDay(rec.due),
          kind: 'recommendation-due',
          title: `Recommendation ${rec.id} due: ${report.data.title}`,
          ...at,
        });
      if (rec.nextUpdate && latestDay(rec.nextUpdate) >= asOf)
        dates.push({
          date: latestDay(rec.nextUpdate),
          kind: 'next-update',
          title: `Update on recommendation ${rec.id} due: ${report.data.title}`,
          ...at,
        });
    }
  }
  return dates.sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title));
}

/** The first day a date could mean, for sorting rows by date. */
export const sortableDay = (date: string | undefined) => (date === undefined ? '' : earliestDay(date));
