/** A calendar feed of every planned meeting, to subscribe to. */
import type { APIRoute } from 'astro';
import { meetingEvents } from '../../data/meeting-calendar.ts';
import { getSite } from '../../data/content.ts';
import { buildCalendar } from '../../lib/ical.ts';

export const GET: APIRoute = async () => {
  const planned = (await meetingEvents()).filter(({ meeting }) => meeting.data.status === 'planned').map(({ event }) => event);
  return new Response(buildCalendar(`${getSite().council}: area board single-topic meetings`, planned), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
