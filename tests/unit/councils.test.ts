/** The pieces that let any council adopt the toolkit: area wording, plan dates, new:council's files, placeholders. */
import { describe, expect, test } from 'vitest';
import yaml from 'js-yaml';
import { areaTerms, meetingHost } from '../../src/lib/area-terms.ts';
import { formatDateOrYear } from '../../src/lib/format.ts';
import { lawChanges, lawChangesSince } from '../../src/lib/law-changes.ts';
import { groupWards, newCouncilFiles, wardYear, type NewCouncil } from '../../src/lib/new-council.ts';
import { slugify } from '../../src/lib/scaffold.ts';
import { placeholderWarnings } from '../../src/lib/placeholders.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import { inWords } from '../../src/node/problem-words.ts';
import type { ContentSnapshot } from '../../src/lib/snapshot.ts';
import { areaSchema } from '../../src/schemas/area.ts';
import { contactSchema } from '../../src/schemas/contact.ts';
import { partnershipSchema } from '../../src/schemas/partnership.ts';
import { councilServicesSchema } from '../../src/schemas/services.ts';
import { siteSchema } from '../../src/schemas/site.ts';

describe('area wording', () => {
  test('wards', () => {
    const terms = areaTerms('ward', [{}, {}]);
    expect([terms.indexTitle, terms.caption, terms.meetingsTitle, terms.homeMeetingsHeading]).toEqual([
      'Wards',
      'Ward',
      'Single-topic ward meetings',
      'Ward meetings',
    ]);
    expect(JSON.stringify(terms)).not.toMatch(/area board/i);
  });
  test('community areas that all have area boards', () => {
    const terms = areaTerms('community-area', [{ areaBoard: 'A Board' }, { areaBoard: 'B Board' }]);
    expect([terms.indexTitle, terms.meetingsTitle, terms.homeMeetingsHeading]).toEqual([
      'Community areas and area boards',
      'Single-topic area board meetings',
      'Area board meetings',
    ]);
  });
  test('community areas without boards never mention area boards', () => {
    const terms = areaTerms('community-area', [{ areaBoard: 'A Board' }, {}]);
    expect(terms.indexTitle).toBe('Community areas');
    expect(JSON.stringify(terms)).not.toMatch(/area board/i);
  });
  test.each([
    [{ title: 'Trowbridge', areaBoard: 'Trowbridge Area Board' }, 'community-area', 'Trowbridge Area Board'],
    [{ title: 'River' }, 'ward', 'River ward'],
    [{ title: 'Chatham' }, 'community-area', 'Chatham'],
  ] as const)('meetingHost(%j, %s) is %s', (area, kind, host) => expect(meetingHost(area, kind)).toBe(host));
});

describe('partnership plan dates', () => {
  const base = {
    title: 'P',
    members: [{ contact: 'c', role: 'responsible-authority' }],
    meetingCycle: 'm',
    committee: { name: 'c' },
    reviewed: '2026-11-30',
    sources: [{ title: 's', url: 'https://example.org' }],
    summary: 's',
  };
  test.each([
    [2014, '2014'],
    ['2014', '2014'],
    ['2014-04-01', '2014-04-01'],
  ])('from: %j is kept as %s', (from, kept) => {
    const result = partnershipSchema.parse({ ...base, plan: { title: 'Plan', from, to: 2017 } });
    expect(result.plan?.from).toBe(kept);
    expect(result.plan?.to).toBe('2017');
  });
  test.each([['2014-13-01'], [14], ['April 2014']])('from: %j is refused with the form expected', (from) => {
    const result = partnershipSchema.safeParse({ ...base, plan: { title: 'Plan', from, to: 2017 } });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toBe(
      `found ${JSON.stringify(from)}, expected a date written as YYYY-MM-DD, or a year such as 2014 when the plan gives no day`,
    );
  });
  test('a partnership with no plan yet is valid', () => expect(partnershipSchema.safeParse(base).success).toBe(true));
  test.each([
    ['2014', '2014'],
    ['2016-07-21', '21 July 2016'],
  ])('formatDateOrYear(%s)', (value, text) => expect(formatDateOrYear(value)).toBe(text));
});

const wards = [
  { code: 'E05000001', name: 'Abbey', lsoas: 5 },
  { code: 'E05000002', name: 'Bridge Street', lsoas: 7 },
  { code: 'E05000003', name: "St Mary's", lsoas: 6 },
];
const council: NewCouncil = {
  id: 'testborough',
  name: 'Testborough Borough Council',
  place: 'Testborough',
  lad: 'E07000001',
  policeForces: ['Testshire Constabulary'],
  wardColumn: 'WD18CD',
  wards,
  services: {
    police: 'Police (non-emergency)',
    emergency: 'Emergency services',
    'council-switchboard': 'The council',
    'council-asb': 'Council anti-social behaviour team',
  },
  nationalContacts: new Set(['emergency-999']),
  today: '2026-11-30',
};

describe('new:council files', () => {
  const files = newCouncilFiles(council);
  const frontMatter = (text: string) => yaml.load(/^---\n([\s\S]*?)\n---/.exec(text)![1]!);

  test('the folder it writes', () => {
    expect([...files.keys()].sort()).toEqual([
      'CHECKLIST.md',
      'areas/abbey.yaml',
      'areas/bridge-street.yaml',
      'areas/st-marys.yaml',
      'briefings/.gitkeep',
      'contacts/testborough-council.mdx',
      'meetings/.gitkeep',
      'overlays/powers/.gitkeep',
      'overlays/problems/.gitkeep',
      'partnership.yaml',
      'reports/.gitkeep',
      'services.yaml',
      'site.yaml',
    ]);
  });

  test('every file passes its schema as written', () => {
    expect(siteSchema.parse(yaml.load(files.get('site.yaml')!))).toMatchObject({
      council: 'Testborough Borough Council',
      place: 'Testborough',
      localAuthorityCode: 'E07000001',
      policeForces: ['Testshire Constabulary'],
      areaKind: 'ward',
    });
    expect(partnershipSchema.parse(yaml.load(files.get('partnership.yaml')!)).members).toEqual([
      { contact: 'testborough-council', role: 'responsible-authority' },
    ]);
    expect(councilServicesSchema.parse(yaml.load(files.get('services.yaml')!))).toEqual({
      emergency: ['emergency-999'],
      'council-switchboard': ['testborough-council'],
    });
    expect(contactSchema.safeParse(frontMatter(files.get('contacts/testborough-council.mdx')!)).success).toBe(true);
    const area = areaSchema.parse(yaml.load(files.get('areas/st-marys.yaml')!));
    expect(area.wards).toEqual([{ code: 'E05000003', name: "St Mary's" }]);
    expect(area.summary).toBe(
      "One of Testborough's 3 wards in the ONS lookup, made up of 6 small census areas (LSOAs).",
    );
    expect(area.areaBoard).toBeUndefined();
  });

  test('services it cannot map are listed, commented out, to fill in', () => {
    expect(files.get('services.yaml')).toContain('# police: [] # to fill in: Police (non-emergency)\n');
    expect(files.get('services.yaml')).toContain(
      '# council-asb: [] # to fill in: Council anti-social behaviour team\n',
    );
    expect(files.get('CHECKLIST.md')).toContain('  - [ ] `council-asb`: Council anti-social behaviour team');
  });

  test('grouped wards make one area each, with the board', () => {
    const grouped = newCouncilFiles({
      ...council,
      groups: [
        { id: 'north', title: 'North', areaBoard: 'North Area Board', wards: ['E05000001', 'E05000003'] },
        { id: 'south', title: 'South', wards: ['E05000002'] },
      ],
    });
    const north = areaSchema.parse(yaml.load(grouped.get('areas/north.yaml')!));
    expect(north).toMatchObject({
      title: 'North',
      areaBoard: 'North Area Board',
      wards: [
        { code: 'E05000001', name: 'Abbey' },
        { code: 'E05000003', name: "St Mary's" },
      ],
    });
    expect(siteSchema.parse(yaml.load(grouped.get('site.yaml')!)).areaKind).toBe('community-area');
    expect([...grouped.keys()].filter((f) => f.startsWith('areas/'))).toEqual(['areas/north.yaml', 'areas/south.yaml']);
  });

  test.each([
    ["St Mary's", 'st-marys'],
    ['Night-time economy: 2027 review', 'night-time-economy-2027-review'],
    ['Cuxton & Halling', 'cuxton-and-halling'],
  ])('slugify(%j) is %s', (title, id) => expect(slugify(title)).toBe(id));

  test.each([
    ['WD18CD', '2018'],
    ['WD19CD', '2019'],
  ])('wardYear(%s)', (column, year) => expect(wardYear(column)).toBe(year));
});

describe('grouping wards from a mapping file', () => {
  const row = (ward_code: string, area_id: string, area_name: string, area_board = '') => ({
    ward_code,
    area_id,
    area_name,
    area_board,
  });
  test('every ward in one area', () => {
    const result = groupWards(
      'map.csv',
      [row('E05000001', 'north', 'North'), row('E05000002', 'south', 'South'), row('E05000003', 'north', 'North')],
      wards,
    );
    expect(result.problems).toEqual([]);
    expect(result.groups).toEqual([
      { id: 'north', title: 'North', areaBoard: undefined, wards: ['E05000001', 'E05000003'] },
      { id: 'south', title: 'South', areaBoard: undefined, wards: ['E05000002'] },
    ]);
  });
  test('mistakes are named with their lines', () => {
    const result = groupWards(
      'map.csv',
      [
        row('E05000001', 'North Side', 'North'),
        row('E05000009', 'north', 'North'),
        row('E05000002', 'south', 'South'),
        row('E05000003', 'south', 'Southern'),
      ],
      wards,
    );
    expect(result.problems).toEqual([
      'map.csv: line 2: area_id: found "North Side", expected lower-case words joined by hyphens, such as "north"',
      'map.csv: line 3: ward_code: found "E05000009", expected a ward of this council in the lookup',
      'map.csv: line 5: area_name: found "Southern" for area south, which earlier lines call "South"',
      "map.csv: missing 1 of the council's wards; expected every ward in one area, also: E05000001 (Abbey)",
    ]);
  });
  test('missing columns', () => {
    expect(groupWards('map.csv', [{ ward: 'E05000001', area: 'north' }], wards).problems).toEqual([
      'map.csv: line 1: missing the columns ward_code, area_id, area_name; found ward, area',
    ]);
  });
});

describe('placeholder warnings', () => {
  const snapshot = (over: Partial<ContentSnapshot>): ContentSnapshot => ({
    entries: [],
    overlays: [],
    site: { file: 'content/councils/x/site.yaml', data: {} },
    partnership: { file: 'content/councils/x/partnership.yaml', data: {} },
    councilServices: { file: 'content/councils/x/services.yaml', data: {} },
    nationalServices: { file: 'content/national/services.yaml', data: {} },
    nationalChangelog: { file: 'content/national/changelog.yaml', data: [] },
    roles: { file: 'content/councils/x/roles.yaml', data: undefined },
    commonComplaints: { file: 'content/national/common-complaints.yaml', data: undefined },
    contentDir: 'content',
    council: 'x',
    ...over,
  });
  test("every field of the council's files that still says To fill in, and none of the national layer's", () => {
    const warnings = placeholderWarnings(
      snapshot({
        partnership: {
          file: 'content/councils/x/partnership.yaml',
          data: { title: 'To fill in: the name', committee: { name: 'To fill in: it' }, summary: 'Done.' },
        },
        entries: [
          {
            collection: 'areas',
            layer: 'council',
            id: 'a',
            file: 'content/councils/x/areas/a.yaml',
            data: { priorities: [{ title: 'Fine' }, { title: 'To fill in' }] },
          },
          {
            collection: 'contacts',
            layer: 'national',
            id: 'n',
            file: 'content/national/contacts/n.mdx',
            data: { summary: 'To fill in' },
          },
        ],
      }),
    ).map((p) => formatProblem(inWords(p, { contentDir: 'content', council: 'x' })));
    expect(warnings).toEqual([
      'content/councils/x/partnership.yaml: title: still says "To fill in"; write the council\'s own fact here, with its source (see CHECKLIST.md)',
      'content/councils/x/partnership.yaml: committee.name: still says "To fill in"; write the council\'s own fact here, with its source (see CHECKLIST.md)',
      'content/councils/x/areas/a.yaml: priorities[1].title: still says "To fill in"; write the council\'s own fact here, with its source (see CHECKLIST.md)',
    ]);
  });
});

describe('what changed in the law', () => {
  const change = (date: string, summary: string, entries: string[]) => ({
    date,
    summary,
    why: 'Because.',
    kind: 'correction' as const,
    entries,
  });
  const titles: Record<string, string> = { 'powers/a': 'Power A', 'problems/b': 'Problem B', 'legislation/c': 'Act C' };
  const titleOf = (collection: string, id: string) => titles[`${collection}/${id}`];

  test('newest first; the same day keeps the changelog order; anchors number the day', () => {
    const changes = lawChanges(
      [
        change('2026-01-01', 'old', ['powers/a']),
        change('2026-03-01', 'first of March', ['problems/b']),
        change('2026-03-01', 'second of March', ['legislation/c', 'powers/a']),
      ],
      titleOf,
    );
    expect(changes.map((c) => [c.anchor, c.summary])).toEqual([
      ['change-2026-03-01-1', 'first of March'],
      ['change-2026-03-01-2', 'second of March'],
      ['change-2026-01-01-1', 'old'],
    ]);
    expect(changes[1]!.pages).toEqual([
      { collection: 'legislation', id: 'c', title: 'Act C' },
      { collection: 'powers', id: 'a', title: 'Power A' },
    ]);
  });

  test('a page that does not exist is a bug, not a silent gap', () => {
    expect(() => lawChanges([change('2026-01-01', 'x', ['powers/z'])], titleOf)).toThrow(
      'lawChanges: the changelog names powers/z, which does not exist',
    );
  });

  test('changes since a day include that day', () => {
    const changes = lawChanges(
      [change('2026-01-01', 'a', ['powers/a']), change('2026-02-01', 'b', ['powers/a'])],
      titleOf,
    );
    expect(lawChangesSince(changes, '2026-02-01').map((c) => c.summary)).toEqual(['b']);
  });
});
