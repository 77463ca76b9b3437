/** The contacts pages' data: one call per page (and per vCard file). */
import { getAreas, getContacts, getPowers, getSite } from './content.ts';
import { entryHref } from './paths.ts';
import { cardReach, groupContactsByNeed } from '../lib/contacts.ts';
import { resolveIds } from '../lib/powers.ts';
import { contactToVCard } from '../lib/vcard.ts';

type ContactEntry = Awaited<ReturnType<typeof getContacts>>[number];

/** Each contact with the powers it leads on and the areas it covers ('all', or the areas by id). */
export async function contactPagePaths() {
  const [contacts, powers, areas] = await Promise.all([getContacts(), getPowers(), getAreas()]);
  return contacts.map((contact) => ({
    params: { id: contact.id },
    props: {
      contact,
      powers: resolveIds(contact.data.powers, powers, `${contact.id} powers`),
      areas:
        contact.data.areas === 'all' ? ('all' as const) : resolveIds(contact.data.areas, areas, `${contact.id} areas`),
    },
  }));
}

/** "Who to call": the contacts grouped by need. */
export async function contactsByNeed() {
  return groupContactsByNeed(await getContacts());
}

/** The pocket card: by need, each contact's title and the one way the card gives to reach it; the council and site for the foot. */
export async function pocketCard() {
  const site = getSite();
  const groups = (await contactsByNeed()).map(({ need, contacts }) => ({
    need,
    contacts: contacts.map((c) => ({ id: c.id, title: c.data.title, reach: cardReach(c.data) })),
  }));
  return { groups, council: site.council, siteName: site.name, siteUrl: site.url };
}

function vCardOf(contact: ContactEntry): string {
  const pageUrl = new URL(entryHref('contacts', contact.id), getSite().url).href;
  return contactToVCard({ pageUrl, contact: contact.data, note: contact.body?.trim() });
}

/** One vCard file per contact. */
export async function contactVCardPaths() {
  return (await getContacts()).map((contact) => ({ params: { id: contact.id }, props: { vCard: vCardOf(contact) } }));
}

/** Every contact's vCard in one file. */
export async function allContactsVCard(): Promise<string> {
  return (await getContacts()).map(vCardOf).join('');
}
