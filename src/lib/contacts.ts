/** Grouping contacts for the "Who to call" sheet, and finding who covers an area. */
import type { Contact, ContactNeed } from '../schemas/contact.ts';
import { contactNeeds } from '../schemas/contact.ts';
import type { CouncilServices } from '../schemas/services.ts';
import type { WithId } from './types.ts';

/** A council's contacts and which of them provide each national service. */
export interface Directory<T extends WithId<Contact>> {
  contacts: readonly T[];
  services: CouncilServices;
}

const kindOrder: Contact['kind'][] = [
  'emergency',
  'police',
  'council-team',
  'statutory-partner',
  'housing-provider',
  'national-helpline',
  'voluntary',
];

/** Contacts grouped by need, in the order of the schema's list; emergency services first within each group. */
export function groupContactsByNeed<T extends WithId<Contact>>(
  contacts: readonly T[],
): { need: ContactNeed; contacts: T[] }[] {
  return contactNeeds
    .map((need) => ({
      need,
      contacts: contacts
        .filter((c) => c.data.needs.includes(need))
        .sort(
          (a, b) =>
            kindOrder.indexOf(a.data.kind) - kindOrder.indexOf(b.data.kind) || a.data.title.localeCompare(b.data.title),
        ),
    }))
    .filter((g) => g.contacts.length > 0);
}

/** The one way the pocket card gives to reach a contact: its phone, else its website ("online only"), else its email. */
export type CardReach = { by: 'phone'; phone: string } | { by: 'web' } | { by: 'email'; email: string };

export function cardReach(contact: Pick<Contact, 'phone' | 'web' | 'email'>): CardReach | undefined {
  if (contact.phone) return { by: 'phone', phone: contact.phone };
  if (contact.web) return { by: 'web' };
  return contact.email ? { by: 'email', email: contact.email } : undefined;
}

/** True when the contact covers the area: every area, or the area by id. */
export function coversArea(contact: Contact, areaId: string): boolean {
  return contact.areas === 'all' || contact.areas.includes(areaId);
}

/**
 * The council's contacts for national services, in the order the services are named and, within
 * a service, the council's own order (main route first); each contact once. A service the council
 * has not mapped gives no contact (the check warns about it).
 */
export function contactsForServices<T extends WithId<Contact>>(
  services: readonly string[],
  directory: Directory<T>,
): T[] {
  const ids = services.flatMap((service) => directory.services[service] ?? []);
  return unique(ids.flatMap((id) => directory.contacts.filter((c) => c.id === id)));
}

/**
 * Who leads on a power or problem in this council: the overlay's local leads first, then the
 * contacts for the national lead services, then any contact that says it leads on the power.
 */
export function leadContacts<T extends WithId<Contact>>(
  entry: { id: string; services: readonly string[]; overlayLeads?: readonly string[] | undefined },
  directory: Directory<T>,
): T[] {
  const local = (entry.overlayLeads ?? []).flatMap((id) => directory.contacts.filter((c) => c.id === id));
  const leading = directory.contacts.filter((c) => c.data.powers.includes(entry.id));
  return unique([...local, ...contactsForServices(entry.services, directory), ...leading]);
}

/** Who to contact about a power in one area: its leads (see leadContacts) that cover the area. */
export function contactsForPowerInArea<T extends WithId<Contact>>(
  power: { id: string; services: readonly string[]; overlayLeads?: readonly string[] | undefined },
  directory: Directory<T>,
  areaId: string,
): T[] {
  return leadContacts(power, directory).filter((c) => coversArea(c.data, areaId));
}

function unique<T extends { id: string }>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.id) && seen.add(item.id));
}
