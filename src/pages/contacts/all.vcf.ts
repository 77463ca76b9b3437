import type { APIRoute } from 'astro';
import { allContactsVCard } from '../../data/contact-pages.ts';

export const GET: APIRoute = async () =>
  new Response(await allContactsVCard(), { headers: { 'Content-Type': 'text/vcard; charset=utf-8' } });
