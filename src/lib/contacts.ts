/** Grouping contacts for the "Who to call" sheet, and finding who covers an area. */
import type { Contact, ContactNeed } from '../schemas/contact.ts';
import { contactNeeds } from '../schemas/contact.ts';
import type { WithId } from './powers.ts';

const kindOrder: Contact['kind'][] = ['emergency', 'police', 'council-team', 'statutory-partner', 'housing-provider', 'national-helpline', 'voluntary'];

/** Contacts grouped by need, in the order of the schema's list; emergency services first within each group. */
export function groupContactsByNeed<T extends WithId<Contact>>(contacts: readonly T[]): { need: ContactNeed; contacts: T[] }[] {
  return contactNeeds
    .map((need) => ({
      need,
      contacts: contacts
        .filter((c) => c.data.needs.includes(need))
        .sort((a, b) => kindOrder.indexOf(a.data.kind) - kindOrder.indexOf(b.data.kind) || a.data.title.localeCompare(b.data.title)),
    }))
    .filter((g) => g.contacts.length > 0);
}

/** True when the contact covers the area: every area, or the area by id. */
export function coversArea(contact: Contact, areaId: string): boolean {
  return contact.areas === 'all' || contact.areas.includes(areaId);
}

/**
 * Who to contact about a power in one area: its lead contacts and every contact that says it
 * leads on the power, keeping only those that cover the area. Leads named on the power come first.
 */
export function contactsForPowerInArea<T extends WithId<Contact>>(power: { id: string; leadContacts: readonly string[] }, contacts: readonly T[], areaId: string): T[] {
  const named = power.leadContacts.flatMap((id) => contacts.filter((c) => c.id === id));
  const leading = contacts.filter((c) => c.data.powers.includes(power.id) && !power.leadContacts.includes(c.id));
  return [...named, ...leading].filter((c) => coversArea(c.data, areaId));
}
