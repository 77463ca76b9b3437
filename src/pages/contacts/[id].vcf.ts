import type { APIRoute, GetStaticPaths } from 'astro';
import { getContacts, getSite } from '../../data/content.ts';
import { entryHref } from '../../data/paths.ts';
import { contactToVCard } from '../../lib/vcard.ts';

export const getStaticPaths = (async () =>
  (await getContacts()).map((contact) => ({
    params: { id: contact.id },
    props: { contact },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { contact } = props as { contact: Awaited<ReturnType<typeof getContacts>>[number] };
  const pageUrl = new URL(entryHref('contacts', contact.id), getSite().url).href;
  const body = contactToVCard({ pageUrl, contact: contact.data, note: contact.body?.trim() });
  return new Response(body, { headers: { 'Content-Type': 'text/vcard; charset=utf-8' } });
};
