/** Tracker rows and filter groups from the public reports, as of the build day. */
import { asOf } from './build-date.ts';
import { getPublicReports } from './content.ts';
import { recommendationStatuses } from '../lib/recommendations.ts';
import { groupRows, ownerSlug, trackRecommendations } from '../lib/tracker.ts';

export async function trackerData() {
  const rows = trackRecommendations(await getPublicReports(), asOf);
  const byStatus = recommendationStatuses.map((status) => ({ status, rows: rows.filter((r) => r.status === status) })).filter((g) => g.rows.length > 0);
  // Grouped by slug, so "Head of Community Safety" and "Head of community safety" share one page.
  const byOwner = groupRows(rows, (r) => ownerSlug(r.recommendation.owner))
    .map((g) => ({ owner: g.rows[0]!.recommendation.owner, slug: g.key, rows: g.rows }))
    .sort((a, b) => a.owner.localeCompare(b.owner));
  return { rows, byStatus, byOwner };
}
