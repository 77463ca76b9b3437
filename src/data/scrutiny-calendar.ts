/** The scrutiny calendar as dates and as calendar events. */
import { asOf } from './build-date.ts';
import { getPublicReports, getSite } from './content.ts';
import { entryHref, href } from './paths.ts';
import type { CalendarEvent } from '../lib/ical.ts';
import { scrutinyCalendar } from '../lib/tracker.ts';

export async function scrutinyDates() {
  return scrutinyCalendar(await getPublicReports(), asOf);
}

export async function scrutinyEvents(): Promise<CalendarEvent[]> {
  const site = getSite();
  const host = new URL(site.url).host;
  return (await scrutinyDates()).map((d) => {
    const page = d.reportId ? entryHref('reports', d.reportId) + (d.recommendationId ? `#recommendation-${d.recommendationId}` : '') : href('reports/calendar/');
    return {
      uid: `${d.kind}-${d.reportId ?? 'annual'}-${d.recommendationId ?? d.date}@${host}`,
      date: d.date,
      summary: d.title,
      url: new URL(page, site.url).href,
      stamp: asOf,
    };
  });
}
