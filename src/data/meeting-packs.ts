/**
 * Every meeting's pack, built once per build from the collections: the pack page, the public
 * notice and its text version read the same result.
 */
import { asOf } from './build-date.ts';
import {
  getAreas,
  getContacts,
  getCouncilServices,
  getMeetings,
  getNationalServices,
  getOverlays,
  getPartnership,
  getPowers,
  getProblems,
  getPublicReports,
  getSite,
} from './content.ts';
import { buildMeetingPack } from '../lib/meeting-pack.ts';

let packs: ReturnType<typeof build> | undefined;

async function build() {
  const [meetings, areas, problems, contacts, powers, reports, overlays] = await Promise.all([
    getMeetings(),
    getAreas(),
    getProblems(),
    getContacts(),
    getPowers(),
    getPublicReports(),
    getOverlays(),
  ]);
  const overlayLeads = new Map([...overlays].map(([id, o]) => [id, o.data.leads]));
  const services = getCouncilServices();
  const sources = {
    areas,
    problems,
    contacts,
    services,
    nationalServices: getNationalServices(),
    council: getSite().council,
    partnership: getPartnership(),
    overlayLeads,
    powers,
    reports,
    responsePeriods: getSite().scrutinyResponsePeriods,
    asOf,
  };
  return meetings.map((meeting) => ({
    meeting,
    pack: buildMeetingPack(meeting, sources),
    /** The council's main number: where residents ask when a meeting names nobody. */
    councilLine: (services['council-switchboard'] ?? []).flatMap((id) => contacts.filter((c) => c.id === id))[0],
  }));
}

/** Each meeting with its pack, in date order. */
export function getMeetingPacks() {
  packs ??= build();
  return packs;
}
