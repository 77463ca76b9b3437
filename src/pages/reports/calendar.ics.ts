import type { APIRoute } from 'astro';
import { getSite } from '../../data/content.ts';
import { scrutinyEvents } from '../../data/scrutiny-calendar.ts';
import { buildCalendar } from '../../lib/ical.ts';

export const GET: APIRoute = async () =>
  new Response(buildCalendar(`${getSite().council}: scrutiny calendar`, await scrutinyEvents()), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
