/** The words pages and exports use for a recommendation's facts, so every view says the same. Pure. */
import type { Recommendation, RecommendationResponse } from '../schemas/report.ts';
import { formatDate } from './format.ts';
import { formatPartialDate, precisionOf } from './partial-date.ts';
import { type ResponseDeadline, type ResponseTiming } from './recommendations.ts';
import { responseDecisionLabels, responseRouteLabels } from './labels.ts';

/** What pages show for a fact the report does not give: never a made-up placeholder. */
export const notStated = 'Not stated in the report';

/** "by 31 March 2013" for a day; "by the end of March 2013" for a month or year. */
export function byDate(date: string): string {
  return precisionOf(date) === 'day' ? `by ${formatPartialDate(date)}` : `by the end of ${formatPartialDate(date)}`;
}

/** The timetable as the paper words it, then the due date when there is one: "by March 2013 (due by the end of March 2013)". */
export function timetableInWords(rec: Pick<Recommendation, 'timetable' | 'due'>): string | undefined {
  if (rec.timetable && rec.due) return `${rec.timetable} (due ${byDate(rec.due)})`;
  if (rec.timetable) return rec.timetable;
  if (rec.due) return `Due ${byDate(rec.due)}`;
  return undefined;
}

/** "Partly accepted", or "Response given" when the source does not say what was decided. */
export function decisionInWords(response: Pick<RecommendationResponse, 'decision'>): string {
  return response.decision ? responseDecisionLabels[response.decision] : 'Response given (the decision is not stated)';
}

/** Whether the response came in time, in words, when that can be said. */
export function timingInWords(timing: ResponseTiming, deadline: ResponseDeadline): string | undefined {
  if (!deadline.lastDay) return undefined;
  if (timing === 'late') return `late: it was due by ${formatDate(deadline.lastDay)}`;
  if (timing === 'on-time') return `within the response period, which ended on ${formatDate(deadline.lastDay)}`;
  return undefined;
}

/** Who must respond and from when, in a sentence, or why no response period applies. */
export function deadlineInWords(deadline: ResponseDeadline): string {
  if (!deadline.route) return 'The report does not say who must respond.';
  if (deadline.route === 'none') return 'No formal response is due.';
  const who = responseRouteLabels[deadline.route];
  if (deadline.lastDay && deadline.start)
    return `A response from ${who} was due by ${formatDate(deadline.lastDay)}, counted from ${formatPartialDate(deadline.start)}.`;
  return `A response is due from ${who}. ${deadline.why ?? ''}`.trim();
}
