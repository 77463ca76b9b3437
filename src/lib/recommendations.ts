/**
 * A recommendation's status is computed from its response, due date and updates, as of a given
 * day. Nobody types it, so it can never be out of date.
 */
import type { Recommendation, Report } from '../schemas/report.ts';

export const recommendationStatuses = [
  'overdue',
  'awaiting-response',
  'accepted',
  'in-progress',
  'partly-implemented',
  'implemented',
  'rejected',
] as const;
export type RecommendationStatus = (typeof recommendationStatuses)[number];

export const recommendationStatusLabels: Record<RecommendationStatus, string> = {
  overdue: 'Overdue',
  'awaiting-response': 'Awaiting response',
  accepted: 'Accepted',
  'in-progress': 'In progress',
  'partly-implemented': 'Partly implemented',
  implemented: 'Implemented',
  rejected: 'Rejected',
};

/** The newest update on or before `asOf` (a later-dated update has not happened yet). */
export function latestUpdate(rec: Pick<Recommendation, 'updates'>, asOf: string): Recommendation['updates'][number] | undefined {
  return rec.updates.filter((u) => u.date <= asOf).reduce<Recommendation['updates'][number] | undefined>((latest, u) => (!latest || u.date >= latest.date ? u : latest), undefined);
}

/**
 * Rules, in order: a rejection is final; an update saying implemented or partly implemented
 * settles it; past the due day (the day after it) anything unfinished is overdue; with no
 * response it is awaiting one; an in-progress update makes it in progress; otherwise accepted.
 */
export function recommendationStatus(rec: Pick<Recommendation, 'due' | 'response' | 'updates'>, asOf: string): RecommendationStatus {
  const response = rec.response && rec.response.date <= asOf ? rec.response : undefined;
  if (response?.decision === 'rejected') return 'rejected';
  const latest = latestUpdate(rec, asOf);
  if (latest?.state === 'implemented') return 'implemented';
  if (latest?.state === 'partly-implemented') return 'partly-implemented';
  if (rec.due && asOf > rec.due) return 'overdue';
  if (!response) return 'awaiting-response';
  if (latest?.state === 'in-progress') return 'in-progress';
  return 'accepted';
}

/** How many of a report's recommendations are in each status. */
export function progressSummary(report: Pick<Report, 'recommendations'>, asOf: string): Record<RecommendationStatus, number> {
  const counts = Object.fromEntries(recommendationStatuses.map((s) => [s, 0])) as Record<RecommendationStatus, number>;
  for (const rec of report.recommendations) counts[recommendationStatus(rec, asOf)] += 1;
  return counts;
}
