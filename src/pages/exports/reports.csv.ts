import type { APIRoute } from 'astro';
import { exportRows } from '../../data/exports.ts';
import { reportColumns, toCsv } from '../../lib/exports.ts';

export const GET: APIRoute = async () =>
  new Response(toCsv(reportColumns, (await exportRows()).reports), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
