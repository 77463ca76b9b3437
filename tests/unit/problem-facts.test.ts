/**
 * src/lib finds problems as facts: a code and the values a sentence needs, naming no folder, no
 * command and no option (src/node/problem-words.ts words them; problem-words.test.ts checks the words).
 */
import { describe, expect, test } from 'vitest';
import {
  danglingReferences,
  duplicateIds,
  linksToHiddenReports,
  reviewDateProblems,
  validateSingleton,
} from '../../src/lib/check-basics.ts';
import { layerProblems, layerWarnings } from '../../src/lib/layers.ts';
import { placeholderWarnings } from '../../src/lib/placeholders.ts';
import { reportRules, roleProblems, roleReferenceProblems } from '../../src/lib/report-rules.ts';
import { buildCouncilGeography, type LookupRow } from '../../src/lib/police/geography.ts';
import { areaAssignmentProblems } from '../../src/lib/police/select.ts';
import { parseMaps, planColumns, readTrackerRows } from '../../src/lib/tracker-import.ts';
import type { Finding } from '../../src/lib/problem-facts.ts';
import type { ContentSnapshot } from '../../src/lib/snapshot.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import { reportSchema, type Report } from '../../src/schemas/report.ts';
import { rolesSchema } from '../../src/schemas/roles.ts';
import type { PoliceData } from '../../src/schemas/police-data.ts';
import { validReport } from './factories.ts';

/** No fact carries a sentence: no "message", and no value that names a command or an option. */
const wordless = (facts: readonly object[]) =>
  facts.filter((f) => 'message' in f || /npm run|--[a-z]/.test(JSON.stringify(f)));

const snapshot = (over: Partial<ContentSnapshot> = {}): ContentSnapshot => ({
  entries: [],
  overlays: [],
  site: { file: 'content/councils/x/site.yaml', data: {} },
  partnership: { file: 'content/councils/x/partnership.yaml', data: {} },
  councilServices: { file: 'content/councils/x/services.yaml', data: {} },
  nationalServices: {
    file: 'content/national/services.yaml',
    data: { police: { name: 'Police', description: 'The police.' } },
  },
  nationalChangelog: { file: 'content/national/changelog.yaml', data: [] },
  roles: { file: 'content/councils/x/roles.yaml', data: undefined },
  commonComplaints: { file: 'content/national/common-complaints.yaml', data: undefined },
  contentDir: 'content',
  council: 'x',
  ...over,
});

describe('check-basics', () => {
  test('a missing required file', () => {
    const problems: Finding[] = [];
    validateSingleton({ file: 'content/councils/x/site.yaml', data: undefined }, siteSchema, problems);
    expect(problems).toEqual([{ file: 'content/councils/x/site.yaml', field: '', code: 'file-missing' }]);
  });
  test('an id used by two files', () => {
    expect(
      duplicateIds([
        { collection: 'contacts', layer: 'national', id: 'asb', file: 'content/national/contacts/asb.mdx', data: {} },
        { collection: 'contacts', layer: 'council', id: 'asb', file: 'content/councils/x/contacts/asb.mdx', data: {} },
      ]),
    ).toEqual([
      {
        file: 'content/national/contacts/asb.mdx',
        field: 'id',
        code: 'id-taken',
        id: 'asb',
        takenBy: 'content/councils/x/contacts/asb.mdx',
      },
    ]);
  });
  test('a reference to no entry names the collection, not its folder, and a near id', () => {
    const ids = new Map([['powers' as const, new Set(['closure-order'])]]);
    const refs = [
      { field: 'powers[0].power', collection: 'powers' as const, id: 'closure-ordr' },
      { field: 'powers[1].power', collection: 'powers' as const, id: 'dispersal' },
      { field: 'powers[2].power', collection: 'powers' as const, id: 'closure-order' },
    ];
    const facts = danglingReferences('content/national/problems/p.mdx', refs, ids);
    expect(facts).toEqual([
      {
        file: 'content/national/problems/p.mdx',
        field: 'powers[0].power',
        code: 'entry-unknown',
        collection: 'powers',
        id: 'closure-ordr',
        guess: 'closure-order',
      },
      {
        file: 'content/national/problems/p.mdx',
        field: 'powers[1].power',
        code: 'entry-unknown',
        collection: 'powers',
        id: 'dispersal',
      },
    ]);
    expect(wordless(facts)).toEqual([]);
  });
  test('a link to a hidden report, and review dates out of order', () => {
    expect(
      linksToHiddenReports(
        'content/councils/x/areas/a.yaml',
        [{ field: 'reports[0]', collection: 'reports', id: 'draft' }],
        new Set(['draft']),
      ),
    ).toEqual([
      { file: 'content/councils/x/areas/a.yaml', field: 'reports[0]', code: 'hidden-report-linked', id: 'draft' },
    ]);
    expect(reviewDateProblems('f.mdx', { reviewed: '2026-12-02', reviewBy: '2026-01-01' }, '2026-12-01')).toEqual([
      { file: 'f.mdx', field: 'reviewed', code: 'reviewed-after-today', reviewed: '2026-12-02', asOf: '2026-12-01' },
      {
        file: 'f.mdx',
        field: 'reviewBy',
        code: 'review-by-before-reviewed',
        reviewBy: '2026-01-01',
        reviewed: '2026-12-02',
      },
    ]);
  });
});

describe('layers', () => {
  test('an unknown service, an overlay on no entry, a changelog entry that does not exist, a complaint twice', () => {
    const facts = layerProblems(
      snapshot({
        entries: [
          {
            collection: 'problems',
            layer: 'national',
            id: 'noise',
            file: 'content/national/problems/noise.mdx',
            data: { lead: 'polce' },
          },
        ],
        overlays: [
          {
            target: 'powers',
            id: 'cpn',
            file: 'content/councils/x/overlays/powers/cpn.mdx',
            data: { reviewed: '2026-11-01' },
          },
        ],
        nationalChangelog: {
          file: 'content/national/changelog.yaml',
          data: [
            { date: '2026-11-01', kind: 'correction', summary: 'A fix.', why: 'Wrong.', entries: ['powers/gone'] },
          ],
        },
        commonComplaints: {
          file: 'content/national/common-complaints.yaml',
          data: {
            basis: 'Survey order.',
            sources: [{ title: 'A survey', url: 'https://www.ons.gov.uk/' }],
            problems: ['noise', 'noise'],
          },
        },
      }),
      new Map([
        ['problems', new Set(['noise'])],
        ['powers', new Set(['cpo'])],
      ]),
      '2026-12-01',
    );
    expect(facts).toEqual([
      {
        file: 'content/national/problems/noise.mdx',
        field: 'lead',
        code: 'service-unknown',
        service: 'polce',
        servicesFile: 'content/national/services.yaml',
        guess: 'police',
      },
      {
        file: 'content/councils/x/overlays/powers/cpn.mdx',
        field: 'file name',
        code: 'overlay-target-missing',
        target: 'powers',
        id: 'cpn',
        guess: 'cpo',
      },
      {
        file: 'content/national/changelog.yaml',
        field: '[0].entries[0]',
        code: 'changelog-entry-unknown',
        collection: 'powers',
        entry: 'powers/gone',
      },
      {
        file: 'content/national/common-complaints.yaml',
        field: 'problems[1]',
        code: 'complaint-repeated',
        id: 'noise',
      },
    ]);
    expect(wordless(facts)).toEqual([]);
  });
  test('warnings: a service no contact provides', () => {
    const facts = layerWarnings(
      snapshot({
        entries: [
          {
            collection: 'problems',
            layer: 'national',
            id: 'noisy-neighbours',
            file: 'content/national/problems/noisy-neighbours.mdx',
            data: {
              title: 'Noisy neighbours',
              summary: 'Loud music late at night.',
              group: 'noise',
              powers: [{ power: 'community-protection-notice', why: 'Stops persistent behaviour.' }],
              firstSteps: ['Keep a diary.'],
              lead: 'police',
              questions: ['How many complaints?'],
              reviewed: '2026-11-23',
            },
          },
        ],
      }),
    );
    expect(facts).toEqual([
      {
        file: 'content/councils/x/services.yaml',
        field: 'police',
        code: 'service-unprovided',
        serviceName: 'Police',
        namedBy: ['content/national/problems/noisy-neighbours.mdx'],
      },
    ]);
  });
});

test("placeholders: the marker, not the advice, in the council's layer as read, whatever its folder", () => {
  expect(
    placeholderWarnings(
      snapshot({
        partnership: { file: 'content/councils/x/partnership.yaml', data: { title: 'To fill in: it' } },
        entries: [
          {
            collection: 'contacts',
            layer: 'national',
            id: 'n',
            file: 'anywhere/n.mdx',
            data: { summary: 'To fill in' },
          },
          {
            collection: 'contacts',
            layer: 'council',
            id: 'c',
            file: 'anywhere/c.mdx',
            data: { summary: 'To fill in' },
          },
        ],
      }),
    ),
  ).toEqual([
    {
      file: 'content/councils/x/partnership.yaml',
      field: 'title',
      code: 'council-placeholder-left',
      marker: 'To fill in',
    },
    { file: 'anywhere/c.mdx', field: 'summary', code: 'council-placeholder-left', marker: 'To fill in' },
  ]);
});

describe('report rules', () => {
  const roles = rolesSchema.parse({
    'head-of-community-safety': { title: 'Head of Community Safety', kind: 'officer' },
  });
  const context = { roles, rolesFile: 'content/councils/x/roles.yaml', rolesFileExists: true };
  const report = (over: Record<string, unknown>): Report => reportSchema.parse({ ...validReport(), ...over });

  test("new:report's placeholder, dates out of order and labels given twice", () => {
    const rec = validReport().recommendations[0]!;
    const facts = reportRules(
      'content/councils/x/reports/r.mdx',
      report({
        chair: 'Cllr Name',
        dates: { published: '2025-06-01', decision: '2025-07-10', callInDeadline: '2025-07-01' },
        recommendations: [
          {
            ...rec,
            id: 'a',
            due: '2025-05',
            subItems: [
              { id: 'i', text: 'One.' },
              { id: 'i', text: 'Two.' },
            ],
          },
          { ...rec, id: 'a' },
          { ...rec, id: 'a)' },
        ],
      }),
      context,
    );
    expect(facts).toEqual([
      {
        file: 'content/councils/x/reports/r.mdx',
        field: 'recommendations[0].due',
        code: 'due-before-report',
        due: '2025-05',
        reportDate: '2025-06-01',
      },
      {
        file: 'content/councils/x/reports/r.mdx',
        field: 'recommendations[0].subItems[1].id',
        code: 'part-label-repeated',
        id: 'i',
        index: 0,
        recommendationId: 'a',
      },
      {
        file: 'content/councils/x/reports/r.mdx',
        field: 'recommendations[1].id',
        code: 'recommendation-id-repeated',
        id: 'a',
        firstIndex: 0,
      },
      {
        file: 'content/councils/x/reports/r.mdx',
        field: 'recommendations[2].id',
        code: 'recommendation-anchor-shared',
        id: 'a)',
        anchor: 'a',
        otherIndex: 0,
        otherId: 'a',
      },
      {
        file: 'content/councils/x/reports/r.mdx',
        field: 'dates.callInDeadline',
        code: 'call-in-before-decision',
        callInDeadline: '2025-07-01',
        decision: '2025-07-10',
      },
      {
        file: 'content/councils/x/reports/r.mdx',
        field: 'chair',
        code: 'report-placeholder-kept',
        reportField: 'chair',
        placeholder: 'Cllr Name',
        optional: true,
      },
    ]);
    expect(wordless(facts)).toEqual([]);
  });
  test('roles: unknown, with no roles file, and named twice', () => {
    const refs = [{ field: 'recommendations[0].leadOfficer', id: 'hocs' }];
    expect(roleReferenceProblems('r.mdx', refs, context)).toEqual([
      {
        file: 'r.mdx',
        field: 'recommendations[0].leadOfficer',
        code: 'role-unknown',
        id: 'hocs',
        rolesFile: 'content/councils/x/roles.yaml',
      },
    ]);
    expect(roleReferenceProblems('r.mdx', refs, { ...context, roles: undefined, rolesFileExists: false })).toEqual([
      {
        file: 'r.mdx',
        field: 'recommendations[0].leadOfficer',
        code: 'role-file-missing',
        id: 'hocs',
        rolesFile: 'content/councils/x/roles.yaml',
      },
    ]);
    const twice = rolesSchema.parse({
      'head-of-community-safety': { title: 'Head of Community Safety', kind: 'officer' },
      hocs: { title: 'The head of community safety', kind: 'officer' },
    });
    expect(roleProblems('roles.yaml', twice)).toEqual([
      {
        file: 'roles.yaml',
        field: 'hocs.title',
        code: 'role-named-twice',
        text: 'The head of community safety',
        other: 'head-of-community-safety',
        otherTitle: 'Head of Community Safety',
      },
    ]);
  });
});

describe('police figures', () => {
  const row = (line: number, lsoa: string, ward: string): LookupRow => ({
    line,
    lsoa,
    ward,
    wardName: `Ward ${ward.slice(-1)}`,
    councilName: 'Exampleshire',
  });
  test('the geography refuses a ward in two areas, naming the areas, not their folder', () => {
    const result = buildCouncilGeography({
      councilCode: 'E06000099',
      lookupName: 'lookup.csv',
      wardColumn: 'WD18CD',
      rows: [row(2, 'E01000001', 'E05000001'), row(3, 'E01000001', 'E05000002')],
      councilsInLookup: new Set(['E06000099']),
      areas: [
        { id: 'b', wards: [{ code: 'E05000001' }] },
        { id: 'a', wards: [{ code: 'E05000001' }] },
      ],
    });
    expect(result).toEqual({
      ok: false,
      errors: [
        { code: 'ward-in-two-areas', ward: 'E05000001', firstArea: 'a', secondArea: 'b' },
        {
          code: 'lsoa-in-two-wards',
          lookup: 'lookup.csv',
          lsoa: 'E01000001',
          line: 3,
          ward: 'E05000002',
          earlierLine: 2,
          earlierWard: 'E05000001',
        },
      ],
    });
  });
  test('the geography warns of a ward in no area and an area ward the lookup lacks; a council it lacks is refused', () => {
    const result = buildCouncilGeography({
      councilCode: 'E06000099',
      lookupName: 'lookup.csv',
      wardColumn: 'WD18CD',
      rows: [row(2, 'E01000001', 'E05000003')],
      councilsInLookup: new Set(['E06000099']),
      areas: [{ id: 'north', wards: [{ code: 'E05000009' }] }],
    });
    expect(result.ok && result.warnings).toEqual([
      { code: 'ward-in-no-area', ward: 'E05000003', wardName: 'Ward 3' },
      { code: 'area-ward-not-in-lookup', area: 'north', ward: 'E05000009', lookup: 'lookup.csv', council: 'E06000099' },
    ]);
    expect(
      buildCouncilGeography({
        councilCode: 'E06000001',
        lookupName: 'lookup.csv',
        wardColumn: 'WD18CD',
        rows: [],
        councilsInLookup: new Set(['E06000054', 'E06000030']),
        areas: [],
      }),
    ).toEqual({
      ok: false,
      errors: [
        {
          code: 'lookup-lacks-council',
          lookup: 'lookup.csv',
          council: 'E06000001',
          councilsInLookup: ['E06000030', 'E06000054'],
        },
      ],
    });
  });
  test('a ward the area files have moved since the import', () => {
    const data = {
      wards: { E05000001: { name: 'Ward 1', area: 'north' }, E05000002: { name: 'Ward 2', area: null } },
    } as unknown as PoliceData;
    expect(areaAssignmentProblems(data, [{ id: 'south', wards: [{ code: 'E05000001' }] }])).toEqual([
      { code: 'ward-area-changed', ward: 'E05000001', wardName: 'Ward 1', importedArea: 'north', area: 'south' },
    ]);
  });
});

describe('tracker sheets', () => {
  test('a --map option that cannot be read, an unknown column, a field held twice', () => {
    expect(parseMaps(['Progress=updat.status', 'Owner']).problems).toEqual([
      { code: 'map-unreadable', option: 'Progress=updat.status', guess: 'update.status' },
      { code: 'map-unreadable', option: 'Owner' },
    ]);
    expect(planColumns(['Recommendation', 'Colour', 'Text'], new Map()).problems).toEqual([
      { row: 1, column: 'Colour', code: 'column-unknown', header: 'Colour' },
      { row: 1, column: 'Text', code: 'column-field-taken', field: 'text', takenBy: 'Recommendation' },
    ]);
  });
  test('an update without its status or text, a colour as a status, and no text column', () => {
    const sheet = [
      ['Ref', 'Status', 'Update'],
      ['1', 'Amber', 'Some work.'],
      ['2', '', 'More work.'],
    ];
    const { plan } = planColumns(sheet[0]!, new Map());
    expect(plan).toEqual(['id', 'update.status', 'update.text']);
    expect(readTrackerRows(sheet, plan, 'r', '2026-12-01').problems).toEqual([
      { row: 2, column: 'Status', code: 'status-is-rag', value: 'Amber' },
      { row: 3, code: 'update-lacks-status' },
      { row: 1, code: 'text-column-missing' },
    ]);
    const noText = [
      ['Ref', 'Status'],
      ['1', 'Complete'],
    ];
    expect(readTrackerRows(noText, ['id', 'update.status'], 'r', '2026-12-01').problems).toEqual([
      { row: 2, code: 'update-lacks-text' },
      { row: 1, code: 'text-column-missing' },
    ]);
  });
});
