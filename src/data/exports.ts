/** Export rows of published reports and recommendations, with absolute links. */
import { asOf } from './build-date.ts';
import { getPublicReports, getSite } from './content.ts';
import { entryHref } from './paths.ts';
import { trackerContext } from './tracker.ts';
import { recommendationRows, reportRows } from '../lib/exports.ts';
import { trackRecommendations } from '../lib/tracker.ts';

export async function exportRows() {
  const reports = await getPublicReports();
  const context = trackerContext();
  const urlFor = (id: string) => new URL(entryHref('reports', id), getSite().url).href;
  return {
    asOf,
    reports: reportRows(reports, urlFor),
    recommendations: recommendationRows(trackRecommendations(reports, context), context.roles, urlFor),
  };
}
