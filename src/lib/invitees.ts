/**
 * Who to invite to a single-topic meeting, and why: worked out from the problem's lead and the
 * leads of its powers, the services its kind of problem needs, the area's neighbourhood policing
 * team and councillors, and the community safety partnership's members. Phone lines are routes,
 * not people: the police's 101 line stands for the area's policing team, the council's main
 * number for its community safety team, and emergency numbers and helplines are never invitees.
 */
import type { Contact } from '../schemas/contact.ts';
import type { Partnership } from '../schemas/partnership.ts';
import type { ProblemGroup } from '../schemas/problem.ts';
import type { CouncilServices, NationalServices } from '../schemas/services.ts';
import { coversArea } from './contacts.ts';
import { listInWords } from './format.ts';
import type { WithId } from './types.ts';

/** Services a kind of problem needs at the table beyond the leads of its powers, each with why. */
export const servicesByGroup: Record<ProblemGroup, readonly { service: string; why: string }[]> = {
  'young-people': [
    { service: 'youth-services', why: 'Works with young people in the area and can reach the ones involved.' },
    {
      service: 'schools',
      why: 'Schools know the young people involved and can carry safety messages to them and their families.',
    },
    { service: 'youth-justice', why: 'Works with children who offend or are at risk of offending.' },
  ],
  'drink-and-drugs': [
    {
      service: 'drug-and-alcohol-treatment',
      why: 'Offers treatment and support to the people whose drinking or drug use is behind the problem.',
    },
    { service: 'health', why: 'The NHS plans the health services that deal with the harm drink and drugs cause.' },
    { service: 'council-licensing', why: 'Can review the licence of a pub, club or shop linked to the problem.' },
    {
      service: 'council-trading-standards',
      why: 'Acts on shops that sell age-restricted or harmful products, such as alcohol to children or nitrous oxide for misuse.',
    },
  ],
  'vehicles-and-roads': [
    { service: 'roads-policing', why: 'Polices dangerous and anti-social driving on the roads.' },
    { service: 'council-highways', why: 'Can change road layouts, signs and speed limits.' },
  ],
  'licensed-premises': [
    { service: 'council-licensing', why: 'Licenses the premises and can review a licence when they cause problems.' },
  ],
  noise: [{ service: 'council-environmental-protection', why: 'Investigates noise that may be a statutory nuisance.' }],
  environment: [
    { service: 'council-waste', why: 'Clears rubbish, graffiti and fly-tipping, and can fine the people responsible.' },
  ],
  'neighbours-and-housing': [
    { service: 'social-landlords', why: 'Housing associations can act against their own tenants under the tenancy.' },
  ],
  'streets-and-public-places': [],
  'harassment-and-hate': [
    { service: 'victim-care', why: 'Supports the people harmed, whether or not they reported it to the police.' },
  ],
  animals: [],
};

/** The council's general phone lines: routes to a team, never invitees themselves. */
const lineServices = ['police', 'council-switchboard', 'emergency'] as const;

export interface InviteeSources<C extends WithId<Contact>> {
  /** The council's name, such as "Wiltshire Council". */
  council: string;
  area: { id: string; title: string; areaBoard?: string | undefined; wardNames: readonly string[] };
  problem: { id: string; title: string; group: ProblemGroup; leads: readonly C[] };
  /** The problem's powers that are in force, with their lead contacts. */
  powers: readonly { title: string; leads: readonly C[] }[];
  contacts: readonly C[];
  services: CouncilServices;
  nationalServices: NationalServices;
  partnership?: Pick<Partnership, 'title' | 'members'> | undefined;
  /** The ids of contacts the area board has invited so far. */
  invited: readonly string[];
}

export interface Invitee<C> {
  /** A stable key: the contact's id, or "service:<id>", "area-police", "councillors". */
  key: string;
  /** The team or people to invite, never a phone line. */
  who: string;
  /** Why they are invited, one sentence each. */
  reasons: string[];
  /** How to reach them: their own contact, or the general line that puts you through. */
  contact: C | undefined;
  /** True when `contact` is a general line to ask through, not the team's own route. */
  throughLine: boolean;
  /** Where there is no contact: how to reach them in words, or undefined when the council has named none. */
  reach: string | undefined;
  /** True when the council has not named a contact for this service. */
  notNamed: boolean;
  /** True when the meeting records that they have been invited. */
  invited: boolean;
}

const roleReasons: Record<Partnership['members'][number]['role'], (title: string) => string> = {
  'responsible-authority': (title) =>
    `A responsible authority in the ${title}, with a legal duty to work with the partners against crime and disorder.`,
  'co-operating-body': (title) => `Must co-operate with the ${title}.`,
  'other-member': (title) => `A member of the ${title}.`,
};

/** The people a contact stands for, as a clerk would address an invitation. */
export function inviteeName(contact: Contact): string {
  if (contact.person) return `${contact.person}, ${contact.team ?? contact.organisation}`;
  return contact.team ? `${contact.team}, ${contact.organisation}` : contact.title;
}

export function workOutInvitees<C extends WithId<Contact>>(sources: InviteeSources<C>): Invitee<C>[] {
  const { area, problem, services, council } = sources;
  const byKey = new Map<string, Invitee<C>>();
  const lineIds = new Map(
    lineServices.flatMap((service) => (services[service] ?? []).map((id) => [id, service] as const)),
  );
  const mapped = (service: string) =>
    (services[service] ?? []).flatMap((id) => sources.contacts.filter((c) => c.id === id));
  const add = (invitee: Omit<Invitee<C>, 'invited' | 'reasons'>, reason: string) => {
    const existing = byKey.get(invitee.key);
    if (existing) {
      if (!existing.reasons.includes(reason)) existing.reasons.push(reason);
      return;
    }
    byKey.set(invitee.key, { ...invitee, reasons: [reason], invited: false });
  };

  // The area's neighbourhood policing team: its own contact, or asked for through the police line.
  const policeLine = mapped('police')[0];
  const localPolice = sources.contacts.find(
    (c) =>
      c.data.kind === 'police' && Array.isArray(c.data.areas) && c.data.areas.includes(area.id) && !lineIds.has(c.id),
  );
  const areaPolice = (reason: string) =>
    localPolice
      ? add(
          {
            key: localPolice.id,
            who: inviteeName(localPolice.data),
            contact: localPolice,
            throughLine: false,
            reach: undefined,
            notNamed: false,
          },
          reason,
        )
      : add(
          {
            key: 'area-police',
            who: `The neighbourhood policing team for ${area.title}${policeLine ? `, ${policeLine.data.organisation}` : ''}`,
            contact: policeLine,
            throughLine: policeLine !== undefined,
            reach: undefined,
            notNamed: policeLine === undefined,
          },
          reason,
        );
  const councilTeam = mapped('council-asb')[0];

  /** A contact as an invitee: lines stand for the team behind them; helplines and 999 are left out. */
  const addContact = (contact: C, reason: string, explicit = false) => {
    if (!coversArea(contact.data, area.id)) return;
    const line = lineIds.get(contact.id);
    if (line === 'police') return areaPolice(reason);
    if (line === 'council-switchboard') {
      if (councilTeam) return addContact(councilTeam, reason, explicit);
      return add(
        {
          key: contact.id,
          who: contact.data.organisation,
          contact,
          throughLine: true,
          reach: undefined,
          notNamed: false,
        },
        reason,
      );
    }
    if (
      !explicit &&
      (line === 'emergency' || contact.data.kind === 'emergency' || contact.data.kind === 'national-helpline')
    )
      return;
    add(
      {
        key: contact.id,
        who: inviteeName(contact.data),
        contact,
        throughLine: false,
        reach: undefined,
        notNamed: false,
      },
      reason,
    );
  };

  areaPolice(
    `Polices ${area.title} day to day, and knows where and when the problem happens and what has been done so far.`,
  );
  for (const lead of problem.leads) addContact(lead, `Leads on this problem in ${council}.`);
  for (const power of sources.powers)
    for (const lead of power.leads)
      addContact(lead, `Leads locally on the ${lowerFirst(power.title)}, one of the powers that fit.`);
  for (const { service, why } of servicesByGroup[problem.group]) {
    const contacts = mapped(service).filter((c) => coversArea(c.data, area.id));
    if (contacts.length > 0) for (const contact of contacts) addContact(contact, why);
    else
      add(
        {
          key: `service:${service}`,
          who: sources.nationalServices[service]?.name ?? service,
          contact: undefined,
          throughLine: false,
          reach: undefined,
          notNamed: true,
        },
        why,
      );
  }
  if (area.wardNames.length > 0)
    add(
      {
        key: 'councillors',
        who:
          area.wardNames.length === 1 && area.wardNames[0] === area.title
            ? `The councillors for ${area.title} ward`
            : `The councillors for the wards in ${area.title}`,
        contact: undefined,
        throughLine: false,
        reach: area.areaBoard ? `Through ${area.areaBoard}.` : 'Through the council’s democratic services.',
        notNamed: false,
      },
      `They represent the residents affected, in ${listInWords(area.wardNames)}.`,
    );
  for (const member of sources.partnership?.members ?? []) {
    const contact = sources.contacts.find((c) => c.id === member.contact);
    if (contact) addContact(contact, roleReasons[member.role](sources.partnership!.title));
  }
  for (const id of sources.invited) {
    const contact = sources.contacts.find((c) => c.id === id);
    if (contact && ![...byKey.values()].some((i) => i.contact?.id === id))
      addContact(contact, 'Invited by the area board.', true);
  }
  const invitedIds = new Set(sources.invited);
  return [...byKey.values()].map((invitee) => ({
    ...invitee,
    invited: invitee.contact !== undefined && invitedIds.has(invitee.contact.id),
  }));
}

function lowerFirst(title: string): string {
  // Keep acronyms and proper names ("PSPO", "Public Spaces Protection Order") as written.
  return /^[A-Z][a-z]/.test(title) && !/^[A-Z][a-z]+ [A-Z]/.test(title)
    ? title.charAt(0).toLowerCase() + title.slice(1)
    : title;
}
