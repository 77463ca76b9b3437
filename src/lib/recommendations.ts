/**
 * A recommendation's status is worked out from its response, dates and updates, as of a given day.
 * Nobody types it, so it can never be out of date. The response period comes from the council's
 * site.yaml; when the law's period is not known, nothing is ever called overdue for want of one.
 */
import type {
  ProgressUpdate,
  Recommendation,
  RecommendationResponse,
  Report,
  ResponseDecision,
  ResponseRoute,
} from '../schemas/report.ts';
import type { ResponsePeriod, ResponsePeriods } from '../schemas/response-periods.ts';
import { earliestDay, lastDayOfPeriod, latestDay, precisionOf } from './partial-date.ts';
import { recommendationStatuses, type RecommendationStatus } from './recommendation-statuses.ts';
import { recommendationStatusLabels, responseRouteLabels } from './labels.ts';

type RecommendationFacts = Pick<
  Recommendation,
  'due' | 'response' | 'updates' | 'subItems' | 'mustRespond' | 'responseRequested'
>;
type ReportFacts = Pick<Report, 'mustRespond' | 'dates'>;

/** The report, the council's response periods and the day the status is worked out for. */
export interface StatusContext {
  report: ReportFacts;
  periods: ResponsePeriods;
  asOf: string;
}

/** The newest update on or before `asOf` (a later-dated update has not happened yet). */
export function latestUpdate(rec: Pick<Recommendation, 'updates'>, asOf: string): ProgressUpdate | undefined {
  return rec.updates
    .filter((u) => earliestDay(u.date) <= asOf)
    .reduce<ProgressUpdate | undefined>(
      (latest, u) => (!latest || earliestDay(u.date) >= earliestDay(latest.date) ? u : latest),
      undefined,
    );
}

/**
 * The response that counts: the recommendation's own, or, when its parts were answered one by
 * one and every part has an answer, one made from theirs (all the same decision: that decision;
 * any accepted among others: partly accepted). A response dated after `asOf` has not happened yet.
 */
export function effectiveResponse(
  rec: Pick<Recommendation, 'response' | 'subItems'>,
  asOf: string,
): RecommendationResponse | undefined {
  const given = (r: RecommendationResponse | undefined) =>
    r && (!r.date || earliestDay(r.date) <= asOf) ? r : undefined;
  const own = given(rec.response);
  if (own || rec.subItems.length === 0) return own;
  const parts = rec.subItems.map((s) => given(s.response));
  if (parts.some((p) => !p)) return undefined;
  const answers = parts as RecommendationResponse[];
  const decisions = new Set(answers.map((p) => p.decision));
  const dates = answers.flatMap((p) => (p.date ? [p.date] : []));
  const date =
    dates.length === answers.length ? dates.reduce((a, b) => (earliestDay(b) > earliestDay(a) ? b : a)) : undefined;
  const decision = combinedDecision(decisions);
  return { ...(decision ? { decision } : {}), ...(date ? { date } : {}) } as RecommendationResponse;
}

function combinedDecision(decisions: Set<ResponseDecision | undefined>): ResponseDecision | undefined {
  if (decisions.has(undefined)) return undefined;
  if (decisions.size === 1) return [...decisions][0];
  if (decisions.has('accepted') || decisions.has('partly-accepted')) return 'partly-accepted';
  return decisions.has('deferred') ? 'deferred' : 'noted';
}

export interface ResponseDeadline {
  /** Who must respond, from the recommendation or its report; undefined when the report does not say. */
  route?: ResponseRoute;
  /** The council's rule for that route, when it has one. */
  period?: ResponsePeriod;
  /** The day the period counts from, when known. */
  start?: string;
  /** The last day of the period, when both the period and the start are known. */
  lastDay?: string;
  /** Why there is no last day, in plain words, when there is none. */
  why?: string;
}

/** When a response is due: from the day the report (or notice) was received, for the route's period. */
export function responseDeadline(
  rec: Pick<Recommendation, 'mustRespond' | 'responseRequested'>,
  report: ReportFacts,
  periods: ResponsePeriods,
): ResponseDeadline {
  const route = rec.mustRespond ?? report.mustRespond;
  if (!route) return { why: 'The report does not say who must respond.' };
  if (route === 'none') return { route, why: 'No formal response is due.' };
  const period = periods[route];
  const start = rec.responseRequested ?? report.dates.responseRequested;
  if (!period || (period.months === undefined && period.days === undefined))
    return {
      route,
      ...(period ? { period } : {}),
      ...(start ? { start } : {}),
      why: `The period for ${responseRouteLabels[route]} to respond is not known.`,
    };
  if (!start) return { route, period, why: 'The date the report was sent for a response is not recorded.' };
  // A month or year only: count from its last possible day, so nothing is called late too soon.
  const lastDay = lastDayOfPeriod(latestDay(start), {
    ...(period.months ? { months: period.months } : {}),
    ...(period.days ? { days: period.days } : {}),
  });
  return { route, period, start, lastDay };
}

export type ResponseTiming = 'on-time' | 'late' | 'unknown';

/** Whether a response came within the period: only "late" when every day its date could mean is after the last day. */
export function responseTiming(
  response: Pick<RecommendationResponse, 'date'> | undefined,
  deadline: ResponseDeadline,
): ResponseTiming {
  if (!response?.date || !deadline.lastDay) return 'unknown';
  if (earliestDay(response.date) > deadline.lastDay) return 'late';
  if (latestDay(response.date) <= deadline.lastDay) return 'on-time';
  return 'unknown';
}

/** True when the due date has passed: a month ("2013-03") is due by its last day. */
function pastDue(rec: Pick<Recommendation, 'due'>, asOf: string): boolean {
  return rec.due !== undefined && latestDay(rec.due) < asOf;
}

/**
 * Rules, in order: a rejection is final; an update saying complete settles it. With no response
 * and no update: response overdue once the period has ended, overdue past the due date, awaiting
 * a response within the period, and otherwise no response recorded. Noted or deferred with no
 * update stays so. Past the due date anything unfinished is overdue. Otherwise the latest
 * update's status (not started, ongoing, paused), or else the response's own words.
 */
export function recommendationStatus(rec: RecommendationFacts, context: StatusContext): RecommendationStatus {
  const { asOf } = context;
  const response = effectiveResponse(rec, asOf);
  if (response?.decision === 'rejected') return 'rejected';
  const latest = latestUpdate(rec, asOf);
  if (latest?.status === 'complete') return 'complete';
  if (!response && !latest) {
    const deadline = responseDeadline(rec, context.report, context.periods);
    if (deadline.lastDay && asOf > deadline.lastDay) return 'response-overdue';
    if (pastDue(rec, asOf)) return 'overdue';
    return deadline.lastDay ? 'awaiting-response' : 'no-response';
  }
  if (!latest && (response?.decision === 'noted' || response?.decision === 'deferred')) return response.decision;
  if (pastDue(rec, asOf)) return 'overdue';
  if (latest) return latest.status;
  if (!response?.decision) return 'responded';
  return response.decision;
}

/** How many of a report's recommendations are in each status. */
export function progressSummary(
  report: Pick<Report, 'recommendations' | 'mustRespond' | 'dates'>,
  periods: ResponsePeriods,
  asOf: string,
): Record<RecommendationStatus, number> {
  const counts = Object.fromEntries(recommendationStatuses.map((s) => [s, 0])) as Record<RecommendationStatus, number>;
  for (const rec of report.recommendations) counts[recommendationStatus(rec, { report, periods, asOf })] += 1;
  return counts;
}

/** True when the report makes recommendations: only then has it a progress summary and a committee view. */
export function hasRecommendations(report: Pick<Report, 'recommendations'>): boolean {
  return report.recommendations.length > 0;
}

/** "3 ongoing, 1 response overdue": the non-zero counts in status order. */
export function summaryInWords(counts: Record<RecommendationStatus, number>): string {
  return recommendationStatuses
    .filter((s) => counts[s] > 0)
    .map((s) => `${counts[s]} ${recommendationStatusLabels[s].toLowerCase()}`)
    .join(', ');
}

/** True when a date is only a month or a year, so pages can say "by the end of". */
export function isApproximate(date: string): boolean {
  return precisionOf(date) !== 'day';
}
