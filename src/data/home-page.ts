/** The home page's data: one call. */
import { asOf } from './build-date.ts';
import { getAreas, getMeetings, getPublicReports, getSite } from './content.ts';
import { getProblemFinder } from './problem-finder.ts';
import { areaTerms } from '../lib/area-terms.ts';
import { isUpcoming } from '../lib/meetings.ts';

/** The problem finder, the three newest scrutiny reports and the next three planned meetings. */
export async function homePage() {
  const site = getSite();
  const [areas, finder, reports, meetings] = await Promise.all([
    getAreas(),
    getProblemFinder(),
    getPublicReports(),
    getMeetings(),
  ]);
  return {
    site,
    terms: areaTerms(
      site.areaKind,
      areas.map((a) => a.data),
    ),
    finder,
    reports: reports.slice(0, 3),
    upcoming: meetings.filter((m) => isUpcoming(m.data, asOf)).slice(0, 3),
  };
}
