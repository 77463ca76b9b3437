import { describe, expect, test } from 'vitest';
import { buildMeetingPack } from '../../src/lib/meeting-pack.ts';
import type { Area } from '../../src/schemas/area.ts';
import type { Contact } from '../../src/schemas/contact.ts';
import type { Meeting } from '../../src/schemas/meeting.ts';
import type { Power } from '../../src/schemas/power.ts';
import type { Problem } from '../../src/schemas/problem.ts';
import type { Report } from '../../src/schemas/report.ts';

const contact = (id: string, over: Partial<Contact> = {}) => ({
  id,
  data: {
    title: id,
    organisation: 'Council',
    kind: 'council-team',
    areas: 'all',
    needs: ['report-asb'],
    powers: [],
    ...over,
  } as Contact,
});
const contacts = [
  contact('police-101', { kind: 'police', needs: ['report-asb', 'report-crime'], powers: ['dispersal'] }),
  contact('emergency', { kind: 'emergency', needs: ['emergency'] }),
  contact('council-asb', { powers: ['pspo'] }),
  contact('north-team', { areas: ['north'], powers: ['pspo'] }),
  contact('helpline', { kind: 'national-helpline', needs: ['victims'] }),
];
const powers = [
  { id: 'pspo', data: { title: 'PSPO', status: 'in-force', leads: ['council-asb'] } as unknown as Power },
  { id: 'dispersal', data: { title: 'Dispersal', status: 'in-force', leads: [] } as unknown as Power },
  { id: 'dppo', data: { title: 'DPPO', status: 'repealed', leads: ['helpline-service'] } as unknown as Power },
];
const problem = {
  id: 'street-drinking',
  data: {
    title: 'Street drinking',
    group: 'drink-and-drugs',
    lead: 'council-asb',
    questions: ['Is the PSPO enforced?'],
    powers: [
      { power: 'pspo', why: 'Bans drinking in a set area.' },
      { power: 'dispersal', why: 'Moves people on for 48 hours.' },
      { power: 'dppo', why: 'The old alcohol-free zone.' },
    ],
  } as unknown as Problem,
};
/** The council's contact for each national service. */
const services = { police: ['police-101'], 'council-asb': ['council-asb'], 'helpline-service': ['helpline'] };
const overlayLeads = new Map<string, string[]>();
const areas = [
  {
    id: 'south',
    data: {
      title: 'South',
      areaBoard: 'South Area Board',
      wards: [{ code: 'E05000001', name: 'Southgate' }],
      priorities: [{ title: 'Street drinking in the town centre' }],
    } as Area,
  },
  {
    id: 'north',
    data: { title: 'North', areaBoard: 'North Area Board', wards: [], priorities: [] } as unknown as Area,
  },
];
const meeting = {
  id: 'south-street-drinking',
  data: {
    area: 'south',
    problem: 'street-drinking',
    date: '2026-12-10',
    status: 'planned',
    venue: { name: 'Town hall', address: 'High Street', accessibility: 'Step-free.' },
    start: '18:30',
    end: '20:00',
    invited: ['police-101'],
    agenda: [
      { subject: 'Welcome', who: 'Chair', decision: null, minutes: 10 },
      { subject: 'Figures', who: 'Police', decision: null, minutes: 40 },
      { subject: 'Actions', who: 'Chair', decision: 'Agree actions', minutes: 40 },
    ],
  } as unknown as Meeting,
};
const report = (id: string, over: Partial<Report>) => ({
  id,
  data: {
    problems: [],
    areas: [],
    dates: {},
    recommendations: [{ id: 'a', text: 'Review the PSPO.', to: 'CSP', due: '2026-06-30', updates: [], subItems: [] }],
    ...over,
  } as unknown as Report,
});
const reports = [
  report('about-the-problem', { problems: ['street-drinking'] }),
  report('about-the-area', { areas: ['south'] }),
  report('unrelated', { areas: ['north'] }),
];

const common = {
  areas,
  problems: [problem],
  powers,
  contacts,
  services,
  overlayLeads,
  nationalServices: {},
  council: 'Example Council',
  partnership: {
    title: 'Example CSP',
    members: [],
    priorities: [
      { title: 'Safer streets', problems: ['street-drinking'] },
      { title: 'Other', problems: [] },
    ],
  },
};
const pack = buildMeetingPack(meeting, { ...common, reports, asOf: '2026-11-23' });

describe('buildMeetingPack', () => {
  test('the agenda has running start times and fits the meeting', () => {
    expect(pack.agenda.map((i) => i.starts)).toEqual(['18:30', '18:40', '19:20']);
    expect(pack.overrun).toBe(0);
  });

  test('powers keep the problem ranking, each with its leads in this area only', () => {
    expect(pack.powers.map((p) => [p.power.id, p.leads.map((c) => c.id)])).toEqual([
      ['pspo', ['council-asb']], // north-team leads on PSPOs but does not cover the south
      ['dispersal', ['police-101']],
      ['dppo', ['helpline']],
    ]);
  });

  test('works out who to invite, marks who is invited, and leaves out helplines and repealed powers', () => {
    expect(pack.invitees.map((i) => [i.key, i.invited])).toEqual([
      ['area-police', true], // the police's 101 line stands for the area's policing team
      ['council-asb', false],
      ['service:drug-and-alcohol-treatment', false],
      ['service:health', false],
      ['service:council-licensing', false],
      ['service:council-trading-standards', false],
      ['councillors', false],
    ]);
  });

  test("shows the area's priorities and the partnership's priorities that cover the problem", () => {
    expect(pack.priorities).toEqual({
      area: [{ title: 'Street drinking in the town centre' }],
      partnership: [{ title: 'Safer streets' }],
    });
  });

  test('states the spare minutes, the follow-up six months on, and whether the date has passed', () => {
    expect(pack.spare).toBe(0);
    expect(pack.followUp).toBe('2027-06-10');
    expect(pack.datePassed).toBe(false);
    const short = buildMeetingPack(
      { ...meeting, data: { ...meeting.data, end: '20:30' } },
      { ...common, reports, asOf: '2026-12-11' },
    );
    expect(short.spare).toBe(30);
    expect(short.datePassed).toBe(true);
  });

  test('leaves out finished recommendations and keeps at most ten, most urgent first', () => {
    const many = report('many', {
      problems: ['street-drinking'],
      recommendations: [
        ...Array.from({ length: 12 }, (_, i) => ({
          id: `r${i}`,
          text: 'Open.',
          to: 'CSP',
          due: `2027-0${(i % 9) + 1}-01`,
          response: { decision: 'accepted' as const, date: '2026-01-01', text: 'Yes.' },
          updates: [],
          subItems: [],
        })),
        {
          id: 'done',
          text: 'Done.',
          to: 'CSP',
          due: '2026-06-30',
          updates: [{ date: '2026-05-01', text: 'Done.', status: 'complete' as const }],
          subItems: [],
        },
        {
          id: 'late',
          text: 'Late.',
          to: 'CSP',
          due: '2026-01-31',
          response: { decision: 'accepted' as const, date: '2026-01-01', text: 'Yes.' },
          updates: [],
          subItems: [],
        },
      ],
    });
    const big = buildMeetingPack(meeting, { ...common, reports: [many], asOf: '2026-11-23' });
    expect(big.openRecommendations).toBe(13);
    expect(big.recommendations).toHaveLength(10);
    expect(big.recommendations[0]!.recommendation.id).toBe('late');
    expect(big.recommendations.some((r) => r.recommendation.id === 'done')).toBe(false);
  });

  test('brings in recommendations from reports on this problem or this area, with status', () => {
    expect(pack.recommendations.map((r) => [r.report.id, r.recommendation.id, r.status])).toEqual([
      ['about-the-problem', 'a', 'overdue'],
      ['about-the-area', 'a', 'overdue'],
    ]);
  });

  test('tells residents where to report: emergency and ASB routes for the area, then the lead', () => {
    expect(pack.reportTo.map((c) => c.id)).toEqual(['police-101', 'emergency', 'council-asb']);
  });

  test('carries the questions to ask partners', () => {
    expect(pack.questions).toEqual(['Is the PSPO enforced?']);
  });

  test("a template's placeholders are found, field by field", () => {
    const draft = {
      ...meeting,
      data: {
        ...meeting.data,
        venue: { name: 'To be confirmed', address: 'High Street', accessibility: 'Step-free.' },
        agenda: [{ subject: 'Powers', who: 'Lead officer', decision: null, minutes: 90 }],
      },
    };
    expect(buildMeetingPack(draft, { ...common, reports, asOf: '2026-11-23' }).placeholders).toEqual([
      { field: 'venue.name', found: 'To be confirmed' },
      { field: 'agenda[0].who', found: 'Lead officer' },
    ]);
  });

  test('an agenda that runs past the end is measured', () => {
    const long = { ...meeting, data: { ...meeting.data, end: '19:50' } };
    expect(buildMeetingPack(long, { ...common, reports, asOf: '2026-11-23' }).overrun).toBe(10);
  });

  test("names, but does not offer, a power the council's nation does not use", () => {
    const welsh = powers.map((p) =>
      p.id === 'pspo'
        ? {
            ...p,
            data: {
              ...p.data,
              inNation: { nation: 'wales', notHere: { note: 'Not in Wales.', use: [] } },
            } as unknown as Power,
          }
        : p,
    );
    const seen = buildMeetingPack(meeting, { ...common, powers: welsh, reports, asOf: '2026-11-23' });
    expect(seen.powers.map((p) => p.power.id)).toEqual(['dispersal', 'dppo']);
    expect(seen.powersNotUsedHere.map((p) => p.id)).toEqual(['pspo']);
  });
});
