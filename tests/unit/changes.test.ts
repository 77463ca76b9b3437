import { describe, expect, test } from 'vitest';
import {
  changesIn,
  groupChangesByDay,
  inPeriod,
  lastDays,
  splitChecks,
  type Change,
  type ChangeSources,
} from '../../src/lib/changes.ts';
import { contactSchema } from '../../src/schemas/contact.ts';
import { legislationSchema } from '../../src/schemas/legislation.ts';
import { powerSchema } from '../../src/schemas/power.ts';
import { reportSchema } from '../../src/schemas/report.ts';
import { validContact, validPower, validReport } from './factories.ts';

const asOf = '2026-11-23';
const window = lastDays(asOf, 90); // 2026-08-25 to 2026-11-23

const power = (id: string, fields: Record<string, unknown>) => ({
  id,
  data: powerSchema.parse({ ...validPower(), ...fields }),
});
const contact = (id: string, fields: Record<string, unknown>) => ({
  id,
  data: contactSchema.parse({ ...validContact(), ...fields }),
});
const legislation = (id: string, fields: Record<string, unknown>) => ({
  id,
  data: legislationSchema.parse({
    title: 'An Act',
    summary: 'Did things.',
    kind: 'act',
    citation: '2026 c. 1',
    date: '2020-01-01',
    status: 'in-force',
    url: 'https://www.legislation.gov.uk/ukpga/2026/1',
    sources: [{ title: 'The Act', url: 'https://www.legislation.gov.uk/ukpga/2026/1' }],
    reviewed: '2020-01-01',
    ...fields,
  }),
});
const report = (id: string, fields: Record<string, unknown>) => ({
  id,
  data: reportSchema.parse({ ...validReport(), reviewed: '2020-01-01', ...fields }),
});

describe('the window', () => {
  test('the last 90 days run from 90 days before asOf to asOf, both included', () => {
    expect(window).toEqual({ since: '2026-08-25', until: '2026-11-23' });
  });

  test.each([
    ['2026-08-24', false], // the day before the window
    ['2026-08-25', true], // its first day
    ['2026-10-01', true],
    ['2026-11-23', true], // asOf itself
    ['2026-11-24', false], // tomorrow: not happened yet
    [undefined, false],
  ])('%s inside: %s', (date, inside) => expect(inPeriod(date, window)).toBe(inside));

  test('a leap year counts the extra day', () =>
    expect(lastDays('2024-03-01', 1)).toEqual({ since: '2024-02-29', until: '2024-03-01' }));
  test('a negative or fractional number of days is refused', () => {
    expect(() => lastDays(asOf, -1)).toThrow('whole number of days');
    expect(() => lastDays(asOf, 1.5)).toThrow('whole number of days');
  });
});

describe('what counts as a change', () => {
  test.each([
    [
      'power reviewed on the first day',
      { powers: [power('p', { reviewed: '2026-08-25' })] },
      ['2026-08-25 powers reviewed p: Checked against its sources'],
    ],
    ['power reviewed the day before', { powers: [power('p', { reviewed: '2026-08-24' })] }, []],
    [
      'power reviewed on asOf',
      { powers: [power('p', { reviewed: '2026-11-23' })] },
      ['2026-11-23 powers reviewed p: Checked against its sources'],
    ],
    [
      'power in force and repealed',
      {
        powers: [
          power('p', {
            reviewed: '2020-01-01',
            inForceFrom: '2026-09-01',
            status: 'repealed',
            repealedOn: '2026-11-01',
            replacedBy: ['q'],
          }),
        ],
      },
      ['2026-11-01 powers repealed p: Repealed', '2026-09-01 powers in-force p: Came into force'],
    ],
    [
      'power change commenced, and one still to come',
      {
        powers: [
          power('p', {
            reviewed: '2020-01-01',
            upcomingChanges: [
              { legislation: 'act', summary: 'Fines rise to £500.', commencement: '2026-10-01' },
              { legislation: 'act', summary: 'Later change.', commencement: '2026-11-24' },
              { legislation: 'act', summary: 'No date yet.' },
            ],
          }),
        ],
      },
      ['2026-10-01 powers in-force p: Change in force: Fines rise to £500.'],
    ],
    [
      'legislation passed and commenced',
      {
        legislation: [
          legislation('l', {
            date: '2026-09-10',
            commencement: [
              { date: '2026-08-24', what: 'Part 1' },
              { date: '2026-11-23', what: 'Part 2' },
            ],
          }),
        ],
      },
      ['2026-11-23 legislation in-force l: Came into force: Part 2', '2026-09-10 legislation made l: Royal Assent'],
    ],
    [
      'guidance published',
      { legislation: [legislation('g', { kind: 'statutory-guidance', citation: undefined, date: '2026-09-17' })] },
      ['2026-09-17 legislation made g: Published'],
    ],
    [
      'contact checked',
      { contacts: [contact('c', { reviewed: '2026-10-10' })] },
      ['2026-10-10 contacts reviewed c: Details checked'],
    ],
    ['contact checked before the window', { contacts: [contact('c', { reviewed: '2026-08-24' })] }, []],
    [
      'recommendation response and updates',
      {
        reports: [
          report('r', {
            recommendations: [
              {
                id: 'R1',
                text: 'Do it.',
                to: 'CSP',
                due: '2027-01-01',
                response: { decision: 'partly-accepted', date: '2026-08-25', text: 'In part.' },
                updates: [
                  { date: '2026-08-24', text: 'Started.', status: 'ongoing' },
                  { date: '2026-11-23', text: 'Done.', status: 'complete' },
                ],
              },
            ],
          }),
        ],
      },
      [
        '2026-11-23 recommendations update r#R1: Progress update: complete',
        '2026-08-25 recommendations response r#R1: Response: partly accepted',
      ],
    ],
    [
      'dates given only as a month cannot be placed in a period, so they are left out',
      {
        reports: [
          report('r', {
            recommendations: [
              {
                id: '1(a)',
                text: 'Do it.',
                response: { decision: 'noted', date: '2026-09' },
                updates: [
                  { date: '2026-10', text: 'Paused.', status: 'paused', rag: 'amber' },
                  { date: '2026-10-02', text: 'Paused.', status: 'paused', rag: 'amber' },
                ],
              },
            ],
          }),
        ],
      },
      ['2026-10-02 recommendations update r#1-a: Progress update: paused (amber)'],
    ],
    [
      "a report's own review date is not a recommendation change",
      { reports: [report('r', { reviewed: '2026-11-23', recommendations: [] })] },
      [],
    ],
  ] as [string, ChangeSources, string[]][])('%s', (_name, sources, expected) => {
    const found = changesIn(sources, window).map(
      (c) =>
        `${c.date} ${c.collection} ${c.kind} ${c.path.replace(/^[a-z]+\/([^/]+)\/(#recommendation-)?/, '$1#').replace(/#$/, '')}: ${c.what}`,
    );
    expect(found).toEqual(expected);
  });

  test('draft and exempt reports never count, even when handed in', () => {
    const rec = {
      id: 'a',
      text: 'Secret.',
      to: 'X',
      response: { decision: 'accepted', date: '2026-10-01', text: 'Yes.' },
    };
    const draft = report('draft', { status: 'draft', dates: {}, recommendations: [rec] });
    const exempt = report('exempt', { status: 'exempt', exemptParagraph: 3, dates: {}, recommendations: [rec] });
    const published = report('pub', { dates: { published: '2026-09-01' }, recommendations: [rec] });
    expect(changesIn({ reports: [draft, exempt, published] }, window).map((c) => c.path)).toEqual([
      'reports/pub/#recommendation-a',
    ]);
  });

  test('a recommendation links to its anchor on the report page and names the report', () => {
    const [change] = changesIn(
      {
        reports: [
          report('task-group', {
            title: 'Task group report',
            recommendations: [
              { id: 'R5', text: 'x', to: 'y', response: { decision: 'accepted', date: '2026-09-01', text: 'ok' } },
            ],
          }),
        ],
      },
      window,
    );
    expect(change).toMatchObject({
      path: 'reports/task-group/#recommendation-R5',
      title: 'Task group report: recommendation R5',
    });
  });
});

describe('order and grouping', () => {
  const sources: ChangeSources = {
    contacts: [contact('c1', { title: 'Zed team', reviewed: '2026-11-01' })],
    powers: [
      power('p1', { title: 'Beta power', reviewed: '2026-11-01' }),
      power('p2', { title: 'Alpha power', reviewed: '2026-11-01' }),
    ],
    legislation: [legislation('l1', { title: 'Act', reviewed: '2026-09-01', date: '2026-11-01' })],
  };

  test('newest first, then legislation, powers, contacts, recommendations, then by title', () => {
    expect(changesIn(sources, window).map((c) => `${c.date} ${c.title} (${c.what})`)).toEqual([
      '2026-11-01 Act (Royal Assent)',
      '2026-11-01 Alpha power (Checked against its sources)',
      '2026-11-01 Beta power (Checked against its sources)',
      '2026-11-01 Zed team (Details checked)',
      '2026-09-01 Act (Checked against its sources)',
    ]);
  });

  test('groupChangesByDay groups by day, then collection', () => {
    const days = groupChangesByDay(changesIn(sources, window));
    expect(
      days.map((d) => `${d.date}: ${d.groups.map((g) => `${g.collection} ${g.changes.length}`).join(', ')}`),
    ).toEqual(['2026-11-01: legislation 1, powers 2, contacts 1', '2026-09-01: legislation 1']);
  });

  test('nothing in the window gives nothing', () => {
    expect(changesIn(sources, { since: '2027-01-01', until: '2027-02-01' })).toEqual([]);
    expect(groupChangesByDay([])).toEqual([]);
  });
});

describe('splitChecks', () => {
  const change = (kind: Change['kind'], title: string): Change => ({
    date: '2026-11-01',
    collection: 'powers',
    kind,
    path: 'powers/x/',
    title,
    what: kind,
  });

  test('sets pages only checked against their sources apart from changes to the facts, each in the order given', () => {
    const { facts, checks } = splitChecks([
      change('reviewed', 'A'),
      change('in-force', 'B'),
      change('reviewed', 'C'),
      change('response', 'D'),
      change('repealed', 'E'),
    ]);
    expect(facts.map((c) => c.title)).toEqual(['B', 'D', 'E']);
    expect(checks.map((c) => c.title)).toEqual(['A', 'C']);
  });
});
