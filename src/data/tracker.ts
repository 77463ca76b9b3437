/** Tracker rows and filter groups from the public reports, as of the build day. */
import { asOf } from './build-date.ts';
import { getPublicReports, getRoles, getSite } from './content.ts';
import { trackerFilters, trackRecommendations } from '../lib/tracker.ts';

/** What the tracker needs to work out statuses: the council's roles and response periods, and the day. */
export function trackerContext() {
  return { roles: getRoles(), periods: getSite().scrutinyResponsePeriods, asOf };
}

export async function trackerData() {
  const context = trackerContext();
  const rows = trackRecommendations(await getPublicReports(), context);
  return { rows, ...trackerFilters(rows, context.roles), periods: context.periods };
}
