import type { APIRoute } from 'astro';
import { scrutinyCalendarFile } from '../../data/scrutiny-calendar.ts';

export const GET: APIRoute = async () =>
  new Response(await scrutinyCalendarFile(), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
