/** A calendar feed of every planned meeting still to come, to subscribe to. A past one still marked planned is left out. */
import type { APIRoute } from 'astro';
import { meetingEvents } from '../../data/meeting-calendar.ts';
import { getSite } from '../../data/content.ts';
import { buildCalendar } from '../../lib/ical.ts';
import { datePassed } from '../../lib/meetings.ts';
import { asOf } from '../../data/build-date.ts';

export const GET: APIRoute = async () => {
  const planned = (await meetingEvents()).filter(({ meeting }) => meeting.data.status === 'planned' && !datePassed(meeting.data, asOf)).map(({ event }) => event);
  return new Response(buildCalendar(`${getSite().council}: area board single-topic meetings`, planned), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
