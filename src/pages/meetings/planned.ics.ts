/** A calendar feed of every planned meeting still to come, to subscribe to. A planned meeting whose date has passed drops out. */
import type { APIRoute } from 'astro';
import { asOf } from '../../data/build-date.ts';
import { meetingEvents } from '../../data/meeting-calendar.ts';
import { getSite } from '../../data/content.ts';
import { buildCalendar } from '../../lib/ical.ts';
import { getAreas } from '../../data/content.ts';
import { areaTerms } from '../../lib/area-terms.ts';

export const GET: APIRoute = async () => {
  const planned = (await meetingEvents())
    .filter(({ meeting }) => meeting.data.status === 'planned' && meeting.data.date >= asOf)
    .map(({ event }) => event);
  const terms = areaTerms(
    getSite().areaKind,
    (await getAreas()).map((a) => a.data),
  );
  return new Response(buildCalendar(`${getSite().council}: ${terms.calendarName}`, planned), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
};
