/** The scrutiny calendar as dates and as calendar events. */
import { asOf } from './build-date.ts';
import { getPublicReports, getSite } from './content.ts';
import { trackerContext } from './tracker.ts';
import { entryHref, href } from './paths.ts';
import type { CalendarEvent } from '../lib/ical.ts';
import { scrutinyCalendar } from '../lib/tracker.ts';

export async function scrutinyDates() {
  return scrutinyCalendar(await getPublicReports(), trackerContext());
}

export async function scrutinyEvents(): Promise<CalendarEvent[]> {
  const site = getSite();
  const host = new URL(site.url).host;
  return (await scrutinyDates()).map((d) => {
    const page = d.reportId
      ? entryHref('reports', d.reportId) + (d.anchor ? `#recommendation-${d.anchor}` : '')
      : href('reports/calendar/');
    return {
      uid: `${d.kind}-${d.reportId ?? 'annual'}-${d.anchor ?? d.date}@${host}`,
      date: d.date,
      summary: d.title,
      url: new URL(page, site.url).href,
      stamp: asOf,
    };
  });
}
