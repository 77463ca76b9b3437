import type { APIRoute, GetStaticPaths } from 'astro';
import { meetingEvents } from '../../data/meeting-calendar.ts';
import { buildCalendar } from '../../lib/ical.ts';

export const getStaticPaths = (async () =>
  (await meetingEvents()).map(({ meeting, event }) => ({
    params: { id: meeting.id },
    props: { event, title: meeting.data.title },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { event, title } = props as { event: Parameters<typeof buildCalendar>[1][number]; title: string };
  return new Response(buildCalendar(title, [event]), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
