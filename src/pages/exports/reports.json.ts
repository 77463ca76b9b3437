import type { APIRoute } from 'astro';
import { exportRows } from '../../data/exports.ts';

export const GET: APIRoute = async () => {
  const { asOf, reports, recommendations } = await exportRows();
  return Response.json({ asOf, reports, recommendations });
};
