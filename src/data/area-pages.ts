/** The area pages' data: one call per page. */
import { getAreas, getContacts, getPowers, getSite } from './content.ts';
import { getLeadDirectory, powerLeadsInArea } from './leads.ts';
import { areaOnlyContacts, localRoutesForLeads } from '../lib/area-routes.ts';
import { currentPowersHere } from '../lib/nations.ts';

/**
 * For each area, every current power with the contacts that lead on it there and the area's own
 * routes for its lead services; and whether the council has any number for the area alone.
 */
export async function areaPowersPagePaths() {
  const [areas, powers, directory, contacts] = await Promise.all([
    getAreas(),
    getPowers(),
    getLeadDirectory(),
    getContacts(),
  ]);
  const current = currentPowersHere(powers);
  const council = getSite().council;
  return areas.map((area) => ({
    params: { id: area.id },
    props: {
      area,
      council,
      hasAreaOnlyContacts: areaOnlyContacts(contacts, area.id).length > 0,
      rows: current.map((power) => ({
        power,
        contacts: powerLeadsInArea(directory, power, area.id),
        local: localRoutesForLeads(area.data.routes, power.data.leads),
      })),
    },
  }));
}
