/** A calendar feed of every planned meeting still to come, to subscribe to. A planned meeting whose date has passed drops out. */
import type { APIRoute } from 'astro';
import { plannedMeetingsCalendar } from '../../data/meeting-pages.ts';
import { buildCalendar } from '../../lib/ical.ts';

export const GET: APIRoute = async () => {
  const { name, events } = await plannedMeetingsCalendar();
  return new Response(buildCalendar(name, events), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
};
