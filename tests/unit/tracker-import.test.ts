import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import {
  formatImportProblem,
  headerKey,
  mergeRecommendations,
  parseMaps,
  planColumns,
  readTrackerRows,
  replaceRecommendationsBlock,
  sheetDate,
  type ImportField,
} from '../../src/lib/tracker-import.ts';
import { sheetProblemInWords } from '../../src/node/problem-words.ts';
import type { Roles } from '../../src/schemas/roles.ts';

const fixture = (name: string) =>
  parse(readFileSync(new URL(`../fixtures/trackers/${name}`, import.meta.url)), {
    bom: true,
    relax_column_count: true,
  }) as string[][];
const roles: Roles = {
  'head-of-community-safety': { title: 'Head of Community Safety', kind: 'officer', aliases: ['HoCS'] },
  'cabinet-member-housing-and-health': {
    title: 'Cabinet Member for Housing and Health',
    kind: 'cabinet-member',
    aliases: [],
  },
};
const read = (sheet: string[][], maps: string[] = [], report = 'r') => {
  const { map, problems: mapProblems } = parseMaps(maps);
  const { plan, problems } = planColumns(sheet[0]!, map);
  const result = readTrackerRows(sheet, plan, report, '2026-12-01');
  return {
    plan,
    ...result,
    problems: [...mapProblems, ...problems, ...result.problems].map((p) =>
      formatImportProblem('sheet.csv', sheetProblemInWords(p)),
    ),
  };
};

describe('column names', () => {
  test.each([
    ['Lead Officer/EM', 'leadofficerem'],
    ['Officer Response/s', 'officerresponses'],
    ['  cabinet_member ', 'cabinetmember'],
    ['Recommendation & Intended Outcomes', 'recommendationintendedoutcomes'],
  ])('%j compares as %j', (header, key) => expect(headerKey(header)).toBe(key));

  test("the SCRAIP, York and the site's own columns are known, whatever the case and punctuation", () => {
    const plan = (header: string[]) => planColumns(header, new Map()).plan;
    expect(plan(['Recommendation', 'Cabinet Member', 'Response', 'Timetable', 'Lead Officer'])).toEqual<ImportField[]>([
      'text',
      'cabinetMember',
      'response.text',
      'timetable',
      'leadOfficer',
    ]);
    expect(
      plan([
        'REFERENCE',
        'origin',
        'Date',
        'Area',
        'Recommendation',
        'Exec date',
        'Lead officer / EM',
        'Action Taken',
        'Status',
      ]),
    ).toEqual<ImportField[]>([
      'id',
      'origin',
      'agreed',
      'portfolio',
      'text',
      'response.date',
      'leadOfficer',
      'update.text',
      'update.status',
    ]);
    // In the site's export "status" is worked out, and latest_update_status is the update's own.
    expect(plan(['recommendation_id', 'text', 'status', 'latest_update_status'])).toEqual<ImportField[]>([
      'id',
      'text',
      'ignore',
      'update.status',
    ]);
  });

  test('an unknown column is refused, naming it, until it is mapped or left out', () => {
    const sheet = fixture('scraip-2023-variant-maidstone-safety-in-town-centre.csv');
    expect(read(sheet).problems).toEqual([
      'sheet.csv: row 1, column "Financial impacts": unknown column; name what it holds with --map "Financial impacts=<field>" (fields: id, text, agreed, origin, portfolio, to, mustRespond, responseRequested, cabinetMember, leadOfficer, timetable, due, response.decision, response.date, response.text, response.by, update.date, update.text, update.status, update.rag, nextUpdate, report, ignore), or --map "Financial impacts=-" to leave it out',
    ]);
    expect(read(sheet, ['Financial impacts=-']).problems).toEqual([]);
  });

  test('a bad --map is refused with the fields it could name', () => {
    expect(read([['A'], ['x']], ['A=txt']).problems[0]).toBe(
      'sheet.csv: --map "A=txt": expected "Column=field" with a field of: id, text, agreed, origin, portfolio, to, mustRespond, responseRequested, cabinetMember, leadOfficer, timetable, due, response.decision, response.date, response.text, response.by, update.date, update.text, update.status, update.rag, nextUpdate, report, ignore (did you mean "text"?)',
    );
  });

  test('two columns for one field are refused', () => {
    expect(
      read([
        ['Recommendation', 'Text'],
        ['a', 'b'],
      ]).problems,
    ).toEqual([
      'sheet.csv: row 1, column "Text": holds text, which column "Recommendation" already holds; map one of them elsewhere with --map, or to "-"',
    ]);
  });
});

describe('reading rows', () => {
  test('a real SCRAIP: ids from the printed labels, text without them, roles by name', () => {
    const { rows, ids, problems } = read(fixture('scraip-classic-maidstone-strategic-plan-2014.csv'));
    expect(problems).toEqual([]);
    expect(ids).toBe('labels');
    expect(rows.map((r) => r.fields.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(rows[3]!.fields).toEqual({
      id: 'd',
      text: 'References to the Autumn Statement 2012 are updated within the Strategic Plan to 2013.',
      cabinetMember: 'Councillor Moss/ The Leader',
      'response.text': 'Agreed',
      timetable: 'Completed',
      leadOfficer: 'Angela Woodhouse',
    });
  });

  test('a SCRAIP with no printed labels: ids are the row order, counted from 1', () => {
    const { rows, ids } = read(fixture('scraip-classic-maidstone-image-of-town-centre-2008.csv'));
    expect(ids).toBe('row-order');
    expect(rows.map((r) => [r.row, r.fields.id])).toEqual([
      [2, '1'],
      [3, '2'],
      [4, '3'],
      [5, '4'],
    ]);
  });

  test('York\'s own draft example: its "e.g. Paused" status is refused, with row and column', () => {
    expect(read(fixture('york-tracker-draft-example-2026.csv')).problems).toEqual([
      'sheet.csv: row 6, column "Status": found "e.g. Paused", expected a status: not started, ongoing, paused or complete',
    ]);
  });

  test('York dates (dd/mm/yy) are read; each action becomes an update dated on the import day', () => {
    const sheet = fixture('york-tracker-draft-example-2026.csv').slice(0, 3);
    const { rows, problems } = read(sheet);
    expect(problems).toEqual([]);
    expect(rows[0]!.fields).toMatchObject({
      id: 'SR (25/26) 01',
      origin: 'CRP',
      agreed: '2026-01-01',
      portfolio: 'Finance',
      'response.date': '2026-02-01',
      leadOfficer: 'DM/PL/KL',
      'update.status': 'complete',
      'update.date': '2026-12-01',
    });
    expect(rows[0]!.fields['update.text']).toContain('These actions are all complete as of X date.');
  });

  test('a colour in the status column is refused with a hint about RAG', () => {
    expect(
      read([
        ['Reference', 'Recommendation', 'Action taken', 'Status'],
        ['1', 'Do it.', 'Going well.', 'Amber'],
      ]).problems,
    ).toEqual([
      'sheet.csv: row 2, column "Status": found "Amber", expected a status: not started, ongoing, paused or complete; Amber is a RAG rating: put it in a RAG column, or use --map to read this column as update.rag',
    ]);
  });

  test('bad values are refused, every one, with row and column', () => {
    const sheet = [
      ['Ref', 'Recommendation', 'Due date', 'Decision', 'RAG', 'Status', 'Progress'],
      ['1', 'One.', '31/02/2026', 'Agreed', 'Amber', 'Ongoing', 'Started.'],
      ['2', 'Two.', 'March 2026', 'maybe', 'purple', 'Paused', 'Waiting.'],
      ['2', 'Three.', '', '', '', '', ''],
      ['', 'Four.', '', '', 'red', '', ''],
    ];
    expect(read(sheet).problems).toEqual([
      'sheet.csv: row 2, column "Due date": found "31/02/2026", expected a date written as YYYY-MM-DD (or YYYY-MM, YYYY, or dd/mm/yyyy)',
      'sheet.csv: row 3, column "Due date": found "March 2026", expected a date written as YYYY-MM-DD (or YYYY-MM, YYYY, or dd/mm/yyyy)',
      'sheet.csv: row 3, column "Decision": found "maybe", expected a decision: accepted, partly accepted, rejected, noted or deferred',
      'sheet.csv: row 3, column "RAG": found "purple", expected a RAG rating: red, amber or green',
      'sheet.csv: row 4, column "Ref": found "2" again (row 3 has it); expected each recommendation once',
      'sheet.csv: row 5, column "Ref": empty; expected the recommendation\'s label, such as "1" or "SR (25/26) 01"',
      'sheet.csv: row 5: an update needs its status (not started, ongoing, paused or complete); add a status column, or map one with --map',
      'sheet.csv: row 5: an update needs its text (what was done); add a column for it, or map one with --map',
    ]);
  });

  test("rows for other reports in the site's export are counted and left alone", () => {
    const sheet = [
      ['report_id', 'recommendation_id', 'text'],
      ['r', 'a', 'One.'],
      ['other', 'a', 'Two.'],
      ['', '', ''],
    ];
    const { rows, skipped } = read(sheet);
    expect([rows.length, skipped]).toEqual([1, 1]);
  });

  test.each([
    ['2026-03-14', '2026-03-14'],
    ['2026-03', '2026-03'],
    ['2011', '2011'],
    ['01/02/26', '2026-02-01'],
    ['1/2/2026', '2026-02-01'],
    ['29/02/2025', undefined],
    ['Sept 2022', undefined],
  ])('sheetDate(%j)', (text, date) => expect(sheetDate(text)).toBe(date));
});

describe('merging into a report', () => {
  const existing = [
    {
      id: 'a',
      text: 'One.',
      leadOfficer: 'head-of-community-safety',
      response: { decision: 'accepted', date: '2025-07-01', text: 'Agreed.' },
      updates: [{ date: '2025-10-01', text: 'Started.', status: 'ongoing' }],
    },
    { id: 'b', text: 'Two.', subItems: [{ id: 'i', text: 'Part.' }] },
  ];
  const row = (n: number, fields: Record<string, string>) => ({ row: n, fields });

  test('known ids take the fields given and keep the rest; new ids are added; nothing is deleted', () => {
    const merged = mergeRecommendations(
      existing,
      [
        row(2, {
          id: 'a',
          text: 'One.',
          leadOfficer: 'HoCS',
          'update.date': '2025-10-01',
          'update.text': 'Started.',
          'update.status': 'ongoing',
        }),
        row(3, { id: 'b', 'response.decision': 'noted', cabinetMember: 'Cabinet Member for Housing and Health' }),
        row(4, {
          id: 'c',
          text: 'Three.',
          leadOfficer: 'Community Safety Manager',
          'update.date': '2026-12-01',
          'update.text': 'Paused for the budget.',
          'update.status': 'paused',
          'update.rag': 'amber',
        }),
      ],
      roles,
    );
    expect([merged.added, merged.changed, merged.unchanged]).toEqual([1, 1, 1]);
    expect(merged.recommendations[1]).toEqual({
      id: 'b',
      text: 'Two.',
      subItems: [{ id: 'i', text: 'Part.' }],
      cabinetMember: 'cabinet-member-housing-and-health',
      response: { decision: 'noted' },
    });
    expect(merged.recommendations[2]).toEqual({
      id: 'c',
      text: 'Three.',
      leadOfficer: 'community-safety-manager',
      updates: [{ date: '2026-12-01', text: 'Paused for the budget.', status: 'paused', rag: 'amber' }],
    });
    expect(merged.newRoles).toEqual({
      'community-safety-manager': { title: 'Community Safety Manager', kind: 'officer', aliases: [] },
    });
  });

  test('the same data with keys in another order is unchanged', () => {
    const reordered = [
      {
        text: 'One.',
        nextUpdate: '2027-01',
        id: 'a',
        updates: [{ status: 'ongoing', date: '2025-10-01', text: 'Started.' }],
      },
    ];
    const merged = mergeRecommendations(
      reordered,
      [
        row(2, {
          id: 'a',
          text: 'One.',
          'update.date': '2025-10-01',
          'update.text': 'Started.',
          'update.status': 'ongoing',
        }),
      ],
      roles,
    );
    expect([merged.added, merged.changed, merged.unchanged]).toEqual([0, 0, 1]);
  });

  test('a new role close to an existing one is named in the account', () => {
    const merged = mergeRecommendations(
      [],
      [row(2, { id: '1', text: 'x', leadOfficer: 'Head of Comunity Safety' })],
      roles,
    );
    expect([...merged.nearRoles]).toEqual([['head-of-comunity-safety', 'head-of-community-safety']]);
  });

  test('"the Community Safety Partnership" and "Community Safety Partnership" are one role', () => {
    const merged = mergeRecommendations(
      [],
      [
        row(2, { id: '1', text: 'x', leadOfficer: 'the Community Safety Partnership' }),
        row(3, { id: '2', text: 'y', leadOfficer: 'Community Safety Partnership' }),
      ],
      {},
    );
    expect(Object.keys(merged.newRoles)).toEqual(['the-community-safety-partnership']);
    expect(merged.recommendations.map((r) => r.leadOfficer)).toEqual([
      'the-community-safety-partnership',
      'the-community-safety-partnership',
    ]);
  });
});

describe('writing the front matter', () => {
  const file =
    '---\ntitle: T\n# a comment kept\nrecommendations:\n  - id: a\n    text: One.\n\n  # trailing note\nreviewed: 2026-11-23\n---\n\nBody.\n';

  test('replaces only the recommendations block (comments inside it go with it)', () => {
    expect(replaceRecommendationsBlock(file, 'recommendations:\n  - id: b\n    text: Two.\n')).toBe(
      '---\ntitle: T\n# a comment kept\nrecommendations:\n  - id: b\n    text: Two.\nreviewed: 2026-11-23\n---\n\nBody.\n',
    );
  });

  test('adds the block before reviewed when there is none', () => {
    expect(
      replaceRecommendationsBlock('---\ntitle: T\nreviewed: 2026-11-23\n---\nBody.\n', 'recommendations: []\n'),
    ).toBe('---\ntitle: T\nrecommendations: []\nreviewed: 2026-11-23\n---\nBody.\n');
  });
});
