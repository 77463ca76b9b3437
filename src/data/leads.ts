/**
 * Who leads on a national power or problem in this council: national content names services
 * ("council-asb"), the council's services.yaml names its contacts for them, and an overlay may
 * name local leads first.
 */
import { getContacts, getCouncilServices, getOverlays } from './content.ts';
import { contactsForPowerInArea, contactsForServices, leadContacts, type Directory } from '../lib/contacts.ts';

type Contacts = Awaited<ReturnType<typeof getContacts>>;
type Overlays = Awaited<ReturnType<typeof getOverlays>>;

export interface LeadDirectory extends Directory<Contacts[number]> {
  overlays: Overlays;
}

export async function getLeadDirectory(): Promise<LeadDirectory> {
  const [contacts, overlays] = await Promise.all([getContacts(), getOverlays()]);
  return { contacts, services: getCouncilServices(), overlays };
}

/** The lead contacts of a power (its `leads`) or a problem (its `lead`) in this council. */
export function leadsOf(
  directory: LeadDirectory,
  collection: 'powers' | 'problems',
  id: string,
  services: readonly string[],
) {
  return leadContacts(
    { id, services, overlayLeads: directory.overlays.get(`${collection}/${id}`)?.data.leads },
    directory,
  );
}

/** The lead contacts of a power that cover one area. */
export function powerLeadsInArea(
  directory: LeadDirectory,
  power: { id: string; data: { leads: readonly string[] } },
  areaId: string,
) {
  return contactsForPowerInArea(
    {
      id: power.id,
      services: power.data.leads,
      overlayLeads: directory.overlays.get(`powers/${power.id}`)?.data.leads,
    },
    directory,
    areaId,
  );
}

/**
 * Who to ring when none of a problem's leads has a phone number (housing associations each have
 * their own): the council's anti-social behaviour team, or else its main number.
 */
export function phoneFallback(directory: LeadDirectory, leads: readonly { data: { phone?: string | undefined } }[]) {
  if (leads.some((c) => c.data.phone)) return [];
  return contactsForServices(['council-asb', 'council-switchboard'], directory)
    .filter((c) => c.data.phone)
    .slice(0, 1);
}
