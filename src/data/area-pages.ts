/** The area pages' data: one call per page. */
import { policeFiguresForArea } from './police.ts';
import { getAreas, getContacts, getMeetings, getPowers, getProblems, getSite } from './content.ts';
import { getLeadDirectory, powerLeadsInArea } from './leads.ts';
import { lsoasByWard } from './wards.ts';
import { areaOnlyContacts, areaSources, localRoutesForLeads } from '../lib/area-routes.ts';
import { priorityLinks } from '../lib/area-priorities.ts';
import { areaTerms } from '../lib/area-terms.ts';
import { resolveIds } from '../lib/powers.ts';
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

/**
 * For each area, its council-wide contacts, priorities, meetings and wards' small areas, and its
 * sources with its routes' sources each once.
 */
export async function areaPagePaths() {
  const [areas, contacts, meetings, problems] = await Promise.all([
    getAreas(),
    getContacts(),
    getMeetings(),
    getProblems(),
  ]);
  const { areaKind, council } = getSite();
  const lsoas = lsoasByWard();
  return areas.map((area) => ({
    params: { id: area.id },
    props: {
      area,
      council,
      contacts: resolveIds(area.data.contacts, contacts, `${area.id} contacts`),
      hasAreaOnlyContacts: areaOnlyContacts(contacts, area.id).length > 0,
      meetings: meetings.filter((m) => m.data.area === area.id),
      priorities: priorityLinks(area.data.priorities, problems),
      terms: areaTerms(areaKind, [area.data]),
      sources: areaSources(area.data.sources, area.data.routes),
      figures: policeFiguresForArea(area.id),
      lsoas,
    },
  }));
}
