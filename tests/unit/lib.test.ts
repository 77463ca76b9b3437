import { describe, expect, test } from 'vitest';
import { groupContactsByNeed, coversArea } from '../../src/lib/contacts.ts';
import {
  addDays,
  byTitle,
  formatDate,
  formatMonth,
  listInWords,
  monthsBetween,
  sentenceList,
} from '../../src/lib/format.ts';
import { isStale, reviewDueDate } from '../../src/lib/freshness.ts';
import { agendaOverrun, timedAgenda } from '../../src/lib/meetings.ts';
import { checkUkPhone, telHref } from '../../src/lib/phone.ts';
import { groupPowersByStatus, groupProblems, headingOf, problemsForPower, resolveIds } from '../../src/lib/powers.ts';
import { buildTimeline } from '../../src/lib/timeline.ts';
import { closest, fieldPath } from '../../src/lib/problems.ts';
import type { Contact } from '../../src/schemas/contact.ts';
import type { Legislation } from '../../src/schemas/legislation.ts';
import type { Power } from '../../src/schemas/power.ts';
import type { Problem } from '../../src/schemas/problem.ts';

describe('format', () => {
  test.each([
    ['2026-11-23', '23 November 2026'],
    ['2014-10-01', '1 October 2014'],
    ['2024-02-29', '29 February 2024'],
    ['2027-01-01', '1 January 2027'],
    ['2026-03-29', '29 March 2026'], // the day the clocks go forward: still the 29th, wherever the build runs
  ])('formatDate(%s)', (iso, text) => expect(formatDate(iso)).toBe(text));
  test('formatDate refuses nonsense instead of printing "Invalid Date" or rolling over', () => {
    expect(() => formatDate('2026-13-01')).toThrow('formatDate: expected YYYY-MM-DD, found "2026-13-01"');
    expect(() => formatDate('2026-02-30')).toThrow('formatDate: expected YYYY-MM-DD, found "2026-02-30"');
    expect(() => formatDate('soon')).toThrow('formatDate: expected YYYY-MM-DD, found "soon"');
  });
  test('formatMonth names every month in full, as GOV.UK writes them', () => {
    const months = [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ];
    months.forEach((month, i) => expect(formatMonth(`2018-${String(i + 1).padStart(2, '0')}`)).toBe(`${month} 2018`));
    expect(formatMonth('2026-09-30')).toBe('September 2026');
    expect(() => formatMonth('2026-13')).toThrow('formatMonth: expected YYYY-MM, found "2026-13"');
  });
  test.each([
    ['2026-11-23', 365, '2027-11-23'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
  ])('addDays(%s, %i)', (iso, days, expected) => expect(addDays(iso, days)).toBe(expected));
  test.each([
    [[], ''],
    [['a'], 'a'],
    [['a', 'b'], 'a and b'],
    [['a', 'b', 'c'], 'a, b and c'],
    [
      ['the council', 'the police', 'housing providers', 'Natural England'],
      'the council, the police, housing providers and Natural England',
    ],
  ])('listInWords(%j)', (items, text) => expect(listInWords(items)).toBe(text));
  test('sentenceList capitalises the first word only', () =>
    expect(sentenceList(['the council', 'the police'])).toBe('The council and the police'));
  test('byTitle ignores a leading "the" and case', () => {
    const titles = [{ title: 'the zebra act' }, { title: 'Apple' }, { title: 'banana' }]
      .sort(byTitle)
      .map((t) => t.title);
    expect(titles).toEqual(['Apple', 'banana', 'the zebra act']);
  });
});

describe('freshness', () => {
  test('reviewBy wins over the site period', () =>
    expect(reviewDueDate({ reviewed: '2026-01-01', reviewBy: '2026-03-01' }, 365)).toBe('2026-03-01'));
  test('the site period applies when there is no reviewBy', () =>
    expect(reviewDueDate({ reviewed: '2026-01-01' }, 30)).toBe('2026-01-31'));
  test.each([
    ['2026-01-30', false],
    ['2026-01-31', false],
    ['2026-02-01', true],
  ])('stale as of %s: %s', (asOf, stale) => expect(isStale({ reviewed: '2026-01-01' }, 30, asOf)).toBe(stale));
});

describe('meetings', () => {
  const meeting = {
    start: '18:30',
    end: '20:00',
    agenda: [
      { subject: 'Welcome', who: 'Chair', decision: null, minutes: 10 },
      { subject: 'Figures', who: 'Police', decision: null, minutes: 50 },
      { subject: 'Actions', who: 'Chair', decision: 'Agree actions', minutes: 30 },
    ],
  };
  test('running start times', () =>
    expect(timedAgenda(meeting).map((i) => `${i.number} ${i.starts}`)).toEqual(['1 18:30', '2 18:40', '3 19:30']));
  test('an agenda that fits does not overrun', () => expect(agendaOverrun(meeting)).toBe(0));
  test('an agenda that runs past the end is measured', () =>
    expect(agendaOverrun({ ...meeting, end: '19:45' })).toBe(15));
});

describe('phone', () => {
  test.each([
    ['0300 456 0100', 'tel:+443004560100'],
    ['01225 775276', 'tel:+441225775276'],
    ['0808 2000 247', 'tel:+448082000247'],
    ['08 08 16 89 111', 'tel:+448081689111'],
    ['+44 300 456 0100', 'tel:+443004560100'],
    ['999', 'tel:999'],
    ['101', 'tel:101'],
    ['116 123', 'tel:116123'],
    ['18001 101', 'tel:18001101'],
  ])('telHref(%s)', (written, href) => expect(telHref(written)).toBe(href));
  test.each([
    ['0300 456 010', 'found "0300 456 010", expected a valid UK phone number such as "0300 456 0100"'],
    ['ring the council', 'found "ring the council", expected a valid UK phone number such as "0300 456 0100"'],
    ['18001 12', 'found "18001 12", expected 18001 followed by a valid number'],
  ])('checkUkPhone refuses %j', (written, message) => expect(checkUkPhone(written)).toEqual({ ok: false, message }));
  test('telHref throws rather than link to a wrong number', () =>
    expect(() => telHref('0300 456 010')).toThrow(
      'telHref: found "0300 456 010", expected a valid UK phone number such as "0300 456 0100"',
    ));
});

const power = (id: string, title: string, status: Power['status']) => ({ id, data: { title, status } as Power });
const problem = (id: string, title: string, group: Problem['group'], powers: string[]) => ({
  id,
  data: { title, group, powers: powers.map((p) => ({ power: p, why: `${p} fits` })) } as Problem,
});

describe('powers and problems', () => {
  test('powers are grouped in force first, then not yet in force, then repealed, A to Z', () => {
    const groups = groupPowersByStatus([
      power('b', 'Beta', 'repealed'),
      power('c', 'Gamma', 'in-force'),
      power('a', 'Alpha', 'in-force'),
    ]);
    expect(groups.map((g) => [g.status, g.powers.map((p) => p.id)])).toEqual([
      ['in-force', ['a', 'c']],
      ['repealed', ['b']],
    ]);
  });
  test('problems are grouped in the finder order and empty groups are left out', () => {
    const groups = groupProblems([problem('dog', 'Dog', 'animals', ['x']), problem('music', 'Music', 'noise', ['x'])]);
    expect(groups.map((g) => g.group)).toEqual(['noise', 'animals']);
  });
  test('problemsForPower links back with the rank the problem gives', () => {
    const related = problemsForPower('cpn', [
      problem('a', 'A', 'noise', ['nan', 'cpn']),
      problem('b', 'B', 'noise', ['cpn']),
      problem('c', 'C', 'noise', ['nan']),
    ]);
    expect(related.map((r) => [r.problem.id, r.rank, r.why])).toEqual([
      ['b', 1, 'cpn fits'],
      ['a', 2, 'cpn fits'],
    ]);
  });
  test('resolveIds fails loudly on a missing id', () => {
    expect(() => resolveIds(['missing'], [{ id: 'here' }], 'field')).toThrow('field: no entry with id "missing"');
  });
  test('resolveIds keeps each list apart and the order asked for', () => {
    const first = [
      { id: 'a', n: 1 },
      { id: 'b', n: 2 },
    ];
    const second = [{ id: 'a', n: 3 }];
    expect(resolveIds(['b', 'a'], first, 'f').map((e) => e.n)).toEqual([2, 1]);
    expect(resolveIds(['a'], second, 'f').map((e) => e.n)).toEqual([3]);
    expect(resolveIds(['a', 'b'], first, 'f').map((e) => e.n)).toEqual([1, 2]);
    expect(() => resolveIds(['b'], second, 'f')).toThrow('f: no entry with id "b"');
  });
  test('the timeline runs oldest first and lists what each item changed', () => {
    const leg = (id: string, date: string, introduces: string[], repeals: string[] = []) => ({
      id,
      data: { title: id, date, introduces, repeals, amends: [] } as unknown as Legislation,
    });
    const timeline = buildTimeline(
      [leg('2014-act', '2014-03-13', ['cpn'], ['asbo']), leg('1998-act', '1998-07-31', ['asbo'])],
      [power('cpn', 'CPN', 'in-force'), power('asbo', 'ASBO', 'repealed')],
    );
    expect(timeline.map((t) => [t.entry.id, t.changes.map((c) => `${c.verb} ${c.power.id}`)])).toEqual([
      ['1998-act', ['Created asbo']],
      ['2014-act', ['Created cpn', 'Repealed asbo']],
    ]);
  });
});

describe('contacts', () => {
  const contact = (id: string, kind: Contact['kind'], needs: Contact['needs'], areas: Contact['areas'] = 'all') => ({
    id,
    data: { title: id, kind, needs, areas } as Contact,
  });
  test('grouped by need, emergency services first', () => {
    const groups = groupContactsByNeed([
      contact('council', 'council-team', ['report-asb']),
      contact('police', 'police', ['report-asb', 'emergency']),
    ]);
    expect(groups.map((g) => [g.need, g.contacts.map((c) => c.id)])).toEqual([
      ['emergency', ['police']],
      ['report-asb', ['police', 'council']],
    ]);
  });
  test('coversArea', () => {
    expect(coversArea(contact('a', 'police', ['report-asb']).data, 'x')).toBe(true);
    expect(coversArea(contact('a', 'police', ['report-asb'], ['y']).data, 'x')).toBe(false);
  });
});

describe('problem messages', () => {
  test('fieldPath', () =>
    expect(fieldPath(['recommendations', 2, 'updates', 0, 'date'])).toBe('recommendations[2].updates[0].date'));
  test.each([
    ['reviwed', ['reviewed', 'reviewBy', 'title'], 'reviewed'],
    ['sumary', ['summary', 'title'], 'summary'],
    ['zzzzzz', ['summary', 'title'], undefined],
  ])('closest(%s)', (key, known, expected) => expect(closest(key, known)).toBe(expected));
});

describe('headingOf', () => {
  test.each([
    [{ title: 'Public spaces protection order', shortName: 'PSPO' }, 'Public spaces protection order (PSPO)'],
    [{ title: 'Designated public place order (DPPO)', shortName: 'DPPO' }, 'Designated public place order (DPPO)'],
    [{ title: 'Closure order', shortName: 'Closure order' }, 'Closure order'],
    [
      { title: 'Premises closure order (Part 1A)', shortName: 'Part 1A closure order' },
      'Premises closure order (Part 1A)',
    ],
  ])('%j', (power, heading) => expect(headingOf(power)).toBe(heading));
});

describe('monthsBetween', () => {
  test.each([
    ['2011-03-24', '2011-09-24', 'in six months'],
    ['2025-11-12', '2026-11-12', 'in 12 months'],
    ['2026-01-31', '2026-02-28', 'within a month'],
    ['2026-01-15', '2026-02-15', 'in one month'],
  ])('%s to %s', (from, to, words) => expect(monthsBetween(from, to)).toBe(words));
});

describe('sitemap', () => {
  test('absolute, sorted, without the not-found page, under a base path', async () => {
    const { buildSitemap, buildRobots } = await import('../../src/lib/sitemap.ts');
    const xml = buildSitemap('https://example.org/toolkit/', ['powers/', '', '404/', 'a&b/', 'powers/']);
    expect(xml).toContain(
      '<url><loc>https://example.org/toolkit/</loc></url>\n  <url><loc>https://example.org/toolkit/a&amp;b/</loc></url>',
    );
    expect(xml.match(/<loc>/g)).toHaveLength(3);
    expect(buildRobots('https://example.org/toolkit/')).toContain('Sitemap: https://example.org/toolkit/sitemap.xml');
  });
});
