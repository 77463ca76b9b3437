/** The scrutiny calendar as dates and as calendar events. */
import { asOf } from './build-date.ts';
import { getPublicReports, getSite } from './content.ts';
import { trackerContext } from './tracker.ts';
import { entryHref, href } from './paths.ts';
import { buildCalendar, type CalendarEvent } from '../lib/ical.ts';
import { scrutinyCalendar, type ScrutinyDate } from '../lib/tracker.ts';

export async function scrutinyDates() {
  return scrutinyCalendar(await getPublicReports(), trackerContext());
}

/** Where a date's report says more: the report's page, at the recommendation when the date is one's; none for the annual scrutiny. */
export function reportLinkOf(date: Pick<ScrutinyDate, 'reportId' | 'anchor'>): string | undefined {
  return date.reportId
    ? entryHref('reports', date.reportId) + (date.anchor ? `#recommendation-${date.anchor}` : '')
    : undefined;
}

export async function scrutinyEvents(): Promise<CalendarEvent[]> {
  const site = getSite();
  const host = new URL(site.url).host;
  return (await scrutinyDates()).map((d) => {
    const page = reportLinkOf(d) ?? href('reports/calendar/');
    return {
      uid: `${d.kind}-${d.reportId ?? 'annual'}-${d.anchor ?? d.date}@${host}`,
      date: d.date,
      summary: d.title,
      url: new URL(page, site.url).href,
      stamp: asOf,
    };
  });
}

/** The scrutiny calendar as an iCalendar file. */
export async function scrutinyCalendarFile(): Promise<string> {
  return buildCalendar(`${getSite().council}: scrutiny calendar`, await scrutinyEvents());
}
