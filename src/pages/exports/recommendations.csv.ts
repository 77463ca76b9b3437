import type { APIRoute } from 'astro';
import { exportRows } from '../../data/exports.ts';
import { recommendationColumns, toCsv } from '../../lib/exports.ts';

export const GET: APIRoute = async () =>
  new Response(toCsv(recommendationColumns, (await exportRows()).recommendations), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
