import { describe, expect, test } from 'vitest';
import { workOutInvitees, type InviteeSources } from '../../src/lib/invitees.ts';
import type { Contact } from '../../src/schemas/contact.ts';
import type { ProblemGroup } from '../../src/schemas/problem.ts';

const contact = (id: string, over: Partial<Contact> = {}) => ({
  id,
  data: {
    title: `Title of ${id}`,
    organisation: 'Northshire Council',
    kind: 'council-team',
    areas: 'all',
    needs: ['partnership'],
    powers: [],
    ...over,
  } as Contact,
});
const police101 = contact('police-101', {
  title: 'Northshire Police (101)',
  organisation: 'Northshire Police',
  kind: 'police',
  phone: '101',
});
const switchboard = contact('council-main', { title: 'Northshire Council (main number)', phone: '0300 456 0100' });
const emergency = contact('emergency-999', {
  title: 'Emergency services (999)',
  organisation: 'Emergency services',
  kind: 'emergency',
});
const helpline = contact('crimestoppers', {
  title: 'Crimestoppers',
  organisation: 'Crimestoppers',
  kind: 'national-helpline',
});
const asbTeam = contact('council-asb-team', { team: 'Community safety team' });
const licensing = contact('council-licensing', { team: 'Licensing' });
const treatment = contact('drug-service', {
  title: 'Drug and alcohol services',
  organisation: 'Recovery Trust',
  kind: 'voluntary',
});
const roads = contact('roads-unit', { organisation: 'Northshire Police', team: 'Roads Policing Unit', kind: 'police' });
const nhs = contact('nhs-board', {
  title: 'NHS Northshire',
  organisation: 'NHS Northshire',
  kind: 'statutory-partner',
});
const southOnly = contact('south-youth', { organisation: 'Southshire Youth', areas: ['south'] });
const contacts = [police101, switchboard, emergency, helpline, asbTeam, licensing, treatment, roads, nhs, southOnly];

const services = {
  police: ['police-101'],
  'council-switchboard': ['council-main'],
  emergency: ['emergency-999'],
  'council-asb': ['council-asb-team'],
  'council-licensing': ['council-licensing'],
  'drug-and-alcohol-treatment': ['drug-service'],
  'roads-policing': ['roads-unit'],
  health: ['nhs-board'],
  'youth-services': ['south-youth'],
};
const nationalServices = Object.fromEntries(
  [
    'youth-services',
    'schools',
    'youth-justice',
    'council-trading-standards',
    'council-highways',
    'council-waste',
    'council-environmental-protection',
    'social-landlords',
    'victim-care',
  ].map((id) => [id, { name: `National name of ${id}`, description: 'd' }]),
);

const sources = (
  over: Partial<InviteeSources<(typeof contacts)[number]>> = {},
): InviteeSources<(typeof contacts)[number]> => ({
  council: 'Northshire Council',
  area: { id: 'north', title: 'Northtown', areaBoard: 'Northtown Area Board', wardNames: ['East', 'West'] },
  problem: { id: 'laughing-gas', title: 'Laughing gas', group: 'drink-and-drugs', leads: [police101] },
  powers: [
    { title: 'Dispersal direction', leads: [police101] },
    { title: 'Public Spaces Protection Order', leads: [asbTeam, switchboard] },
  ],
  contacts,
  services,
  nationalServices,
  partnership: {
    title: 'Northshire Community Safety Partnership',
    members: [
      { contact: 'council-main', role: 'responsible-authority' },
      { contact: 'police-101', role: 'responsible-authority' },
      { contact: 'nhs-board', role: 'responsible-authority' },
    ],
  },
  invited: [],
  ...over,
});

describe('workOutInvitees', () => {
  const invitees = workOutInvitees(sources());
  const byKey = new Map(invitees.map((i) => [i.key, i]));

  test('no phone line, emergency number or helpline is listed as a person', () => {
    const names = invitees.map((i) => i.who);
    for (const line of [police101, switchboard, emergency, helpline]) expect(names).not.toContain(line.data.title);
    expect(invitees.map((i) => i.key)).toEqual([
      'area-police',
      'council-asb-team',
      'drug-service',
      'nhs-board',
      'council-licensing',
      'service:council-trading-standards',
      'councillors',
    ]);
  });

  test("the police line stands for the area's neighbourhood policing team, with every reason it is needed", () => {
    expect(byKey.get('area-police')).toEqual({
      key: 'area-police',
      who: 'The neighbourhood policing team for Northtown, Northshire Police',
      reasons: [
        'Polices Northtown day to day, and knows where and when the problem happens and what has been done so far.',
        'Leads on this problem in Northshire Council.',
        'Leads locally on the dispersal direction, one of the powers that fit.',
        'A responsible authority in the Northshire Community Safety Partnership, with a legal duty to work with the partners against crime and disorder.',
      ],
      contact: police101,
      throughLine: true,
      reach: undefined,
      notNamed: false,
      invited: false,
    });
  });

  test("the council's main number stands for its community safety team", () => {
    const team = byKey.get('council-asb-team')!;
    expect(team.who).toBe('Community safety team, Northshire Council');
    expect(team.reasons).toEqual([
      'Leads locally on the Public Spaces Protection Order, one of the powers that fit.',
      'A responsible authority in the Northshire Community Safety Partnership, with a legal duty to work with the partners against crime and disorder.',
    ]);
  });

  test('a service the council has not named a contact for says so', () => {
    expect(byKey.get('service:council-trading-standards')).toMatchObject({
      who: 'National name of council-trading-standards',
      contact: undefined,
      notNamed: true,
    });
  });

  test('ward councillors are invited through the area board, with their wards', () => {
    expect(byKey.get('councillors')).toMatchObject({
      who: 'The councillors for the wards in Northtown',
      reasons: ['They represent the residents affected, in East and West.'],
      reach: 'Through Northtown Area Board.',
    });
  });

  test("an area's own policing team is invited directly, not through 101", () => {
    const npt = contact('northtown-npt', {
      organisation: 'Northshire Police',
      team: 'Northtown Neighbourhood Policing Team',
      kind: 'police',
      areas: ['north'],
    });
    const withTeam = workOutInvitees(sources({ contacts: [...contacts, npt] }));
    expect(withTeam[0]).toMatchObject({
      key: 'northtown-npt',
      who: 'Northtown Neighbourhood Policing Team, Northshire Police',
      contact: npt,
      throughLine: false,
    });
    expect(withTeam.some((i) => i.key === 'area-police')).toBe(false);
  });

  test('contacts the meeting records as invited are marked, and others it invited are added', () => {
    const marked = workOutInvitees(sources({ invited: ['council-asb-team', 'crimestoppers'] }));
    expect(marked.filter((i) => i.invited).map((i) => i.key)).toEqual(['council-asb-team', 'crimestoppers']);
    expect(marked.at(-1)).toMatchObject({ key: 'crimestoppers', reasons: ['Invited by the area board.'] });
  });

  test('a contact that does not cover the area is never invited', () => {
    const youth = workOutInvitees(
      sources({ problem: { id: 'groups', title: 'Groups', group: 'young-people', leads: [] }, powers: [] }),
    );
    expect(youth.some((i) => i.key === 'south-youth')).toBe(false);
    expect(youth.find((i) => i.key === 'service:youth-services')).toMatchObject({ notNamed: true });
  });
});

describe('services each kind of problem brings to the table', () => {
  test.each<[ProblemGroup, string[]]>([
    ['young-people', ['service:youth-services', 'service:schools', 'service:youth-justice']],
    ['drink-and-drugs', ['drug-service', 'nhs-board', 'council-licensing', 'service:council-trading-standards']],
    ['vehicles-and-roads', ['roads-unit', 'service:council-highways']],
    ['licensed-premises', ['council-licensing']],
    ['noise', ['service:council-environmental-protection']],
    ['environment', ['service:council-waste']],
    ['neighbours-and-housing', ['service:social-landlords']],
    ['harassment-and-hate', ['service:victim-care']],
    ['streets-and-public-places', []],
    ['animals', []],
  ])('%s', (group, expected) => {
    const found = workOutInvitees(
      sources({ problem: { id: 'p', title: 'P', group, leads: [] }, powers: [], partnership: undefined }),
    );
    // The area's policing team and councillors come for every problem; the rest depend on its kind.
    expect(found.map((i) => i.key)).toEqual(['area-police', ...expected, 'councillors']);
  });
});
