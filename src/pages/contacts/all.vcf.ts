import type { APIRoute } from 'astro';
import { getContacts, getSite } from '../../data/content.ts';
import { entryHref } from '../../data/paths.ts';
import { contactToVCard } from '../../lib/vcard.ts';

export const GET: APIRoute = async () => {
  const site = getSite();
  const cards = (await getContacts()).map((c) =>
    contactToVCard({
      pageUrl: new URL(entryHref('contacts', c.id), site.url).href,
      contact: c.data,
      note: c.body?.trim(),
    }),
  );
  return new Response(cards.join(''), { headers: { 'Content-Type': 'text/vcard; charset=utf-8' } });
};
