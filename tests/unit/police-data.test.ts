/** The police.uk importer's pure logic: headers, rows, geography, tallies, merging, selection and charts. */
import { describe, expect, test } from 'vitest';
import {
  checkStreetHeader,
  classifyStreetRow,
  describeCsvError,
  notPlainText,
  streetColumns,
  type Placement,
} from '../../src/lib/police/csv.ts';
import {
  buildCouncilGeography,
  checkLookupHeader,
  type CouncilGeography,
  type LookupRow,
} from '../../src/lib/police/geography.ts';
import {
  buildDataset,
  canonicalDataset,
  countMalformed,
  countRow,
  fileRefusals,
  finishTally,
  malformedDetailLimit,
  mergeDatasets,
  newFileTally,
  repeatedForceMonths,
  serialiseDataset,
  tallyAddsUp,
  type FileTally,
} from '../../src/lib/police/dataset.ts';
import { formatAccounting, formatMalformed } from '../../src/lib/police/report.ts';
import {
  areaAssignmentProblems,
  areaFigures,
  compareAreasAsb,
  comparisonPeriod,
  councilFigures,
  mainCrimeTypes,
  rankAreasByAsb,
} from '../../src/lib/police/select.ts';
import {
  barChart,
  chartColours,
  contrastRatio,
  describeLineChart,
  lineChart,
  markerPath,
  niceScale,
  seriesStyles,
  shortMonth,
} from '../../src/lib/police/chart.ts';
import { policeDataSchema, type PoliceData } from '../../src/schemas/police-data.ts';
import {
  contentFactInWords,
  geographyFactInWords,
  geographyInWords,
  importFactInWords,
} from '../../src/node/problem-words.ts';

const header = [...streetColumns];
/** A street row with the given month, LSOA and type, in police.uk's column order. */
const streetRow = (month: string, lsoa: string, type: string, force = 'Wiltshire Police') => [
  '',
  month,
  force,
  force,
  '-2.1',
  '51.4',
  'On or near High Street',
  lsoa,
  lsoa ? `${lsoa} name` : '',
  type,
  '',
  '',
];
const rules = { forces: ['Wiltshire Police'] };
const columns = (() => {
  const check = checkStreetHeader(header);
  if (!check.ok) throw new Error(check.message);
  return check.columns;
})();

describe('checkStreetHeader', () => {
  test('finds the columns of police.uk order', () =>
    expect(columns).toEqual({ month: 1, reportedBy: 2, fallsWithin: 3, lsoa: 7, crimeType: 9, fieldCount: 12 }));
  test('finds columns by name in any order, case and spacing', () => {
    const check = checkStreetHeader(
      [...header]
        .reverse()
        .map((name, i) => (i === 0 ? 'CONTEXT ' : i === 2 ? '  crime TYPE' : i === 4 ? 'LSOA  code' : name)),
    );
    expect(check).toEqual({
      ok: true,
      columns: { crimeType: 2, lsoa: 4, fallsWithin: 8, reportedBy: 9, month: 10, fieldCount: 12 },
    });
  });
  test.each([
    [
      'an outcomes file',
      [
        'Crime ID',
        'Month',
        'Reported by',
        'Falls within',
        'Longitude',
        'Latitude',
        'Location',
        'LSOA code',
        'LSOA name',
        'Outcome type',
      ],
      /^looks like a police\.uk outcomes file \(it has an "Outcome type" column and no "Crime type"\); expected a street-level crime file/,
    ],
    [
      'a stop-and-search file',
      ['Type', 'Date', 'Part of a policing operation', 'Legislation', 'Object of search', 'Outcome'],
      /^looks like a police\.uk stop-and-search file/,
    ],
    [
      'a street file without Crime type',
      header.filter((h) => h !== 'Crime type'),
      /^looks like a street-level crime file but has no "Crime type" column; expected .*Crime ID, Month, Reported by/,
    ],
    [
      'a street file without two columns',
      header.filter((h) => h !== 'Crime type' && h !== 'LSOA code'),
      /has no "LSOA code" or "Crime type" column/,
    ],
    [
      'a street file without Falls within and LSOA name',
      header.filter((h) => h !== 'Falls within' && h !== 'LSOA name'),
      /^looks like a street-level crime file but has no "Falls within" or "LSOA name" column; expected/,
    ],
    [
      'the four columns the counts use and no others',
      ['Month', 'Reported by', 'LSOA code', 'Crime type'],
      /has no "Crime ID" or "Falls within" or "Longitude" or "Latitude" or "Location" or "LSOA name" or "Last outcome category" or "Context" column/,
    ],
    [
      'something else',
      ['name', 'address', 'phone'],
      /^does not look like a police\.uk file: its header is "name", "address", "phone"; expected/,
    ],
    [
      'a repeated column',
      ['Crime ID', 'Month', 'Reported by', 'LSOA code', 'Month', 'Crime type'],
      /^has the column "Month" more than once \(columns 2 and 5\)/,
    ],
  ])('refuses %s', (_name, fields, message) => {
    const check = checkStreetHeader(fields);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.message).toMatch(message);
  });
});

describe('classifyStreetRow', () => {
  const places = new Map<string, Placement>([
    ['E01000001', { ward: 'E05000001', area: 'north' }],
    ['E01000002', { ward: 'E05000002', area: null }],
  ]);
  const placeOf = (lsoa: string) => places.get(lsoa);
  test.each([
    [
      'in the council',
      streetRow('2018-10', 'E01000001', 'Burglary'),
      {
        kind: 'in-council',
        month: '2018-10',
        crimeType: 'Burglary',
        force: 'Wiltshire Police',
        place: { ward: 'E05000001', area: 'north' },
      },
    ],
    [
      'in a ward of no area',
      streetRow('2018-10', 'E01000002', 'Drugs'),
      {
        kind: 'in-council',
        month: '2018-10',
        crimeType: 'Drugs',
        force: 'Wiltshire Police',
        place: { ward: 'E05000002', area: null },
      },
    ],
    [
      'outside the council',
      streetRow('2018-10', 'E01999999', 'Drugs'),
      { kind: 'outside-council', month: '2018-10', crimeType: 'Drugs', force: 'Wiltshire Police' },
    ],
    [
      'with no location',
      streetRow('2018-10', '', 'Anti-social behaviour'),
      { kind: 'no-location', month: '2018-10', crimeType: 'Anti-social behaviour', force: 'Wiltshire Police' },
    ],
    [
      'with too few fields',
      streetRow('2018-10', 'E01000001', 'Drugs').slice(0, 7),
      { kind: 'malformed', reason: 'found 7 fields, expected 12 (a line cut short?)', cutShort: true },
    ],
    [
      'with too many fields',
      [...streetRow('2018-10', 'E01000001', 'Drugs'), 'x'],
      { kind: 'malformed', reason: 'found 13 fields, expected 12 (a comma inside an unquoted field?)' },
    ],
    [
      'with a bad month',
      streetRow('October', 'E01000001', 'Drugs'),
      { kind: 'malformed', reason: 'Month: found "October", expected YYYY-MM' },
    ],
    [
      'with month 13',
      streetRow('2018-13', 'E01000001', 'Drugs'),
      { kind: 'malformed', reason: 'Month: found "2018-13", expected YYYY-MM' },
    ],
    [
      'with no crime type',
      streetRow('2018-10', 'E01000001', ' '),
      { kind: 'malformed', reason: 'Crime type: found nothing, expected a crime type such as "Burglary"' },
    ],
    [
      'of another force',
      streetRow('2018-10', 'E01000001', 'Drugs', 'Kent Police'),
      {
        kind: 'refused',
        reason:
          'Falls within: found "Kent Police", expected one of the council\'s forces (policeForces in site.yaml: "Wiltshire Police")',
      },
    ],
    [
      'of a made-up crime type',
      streetRow('2018-10', 'E01000001', 'Noisy parrots'),
      {
        kind: 'refused',
        reason: expect.stringMatching(
          /^Crime type: found "Noisy parrots", expected one of police\.uk's crime types \(Anti-social behaviour, Bicycle theft, .*, Violence and sexual offences\)$/,
        ),
      },
    ],
    [
      'of a crime type police.uk used before May 2013',
      streetRow('2012-10', 'E01999999', 'Public disorder and weapons'),
      {
        kind: 'outside-council',
        month: '2012-10',
        crimeType: 'Public disorder and weapons',
        force: 'Wiltshire Police',
      },
    ],
  ])('a row %s', (_name, fields, expected) =>
    expect(classifyStreetRow(fields, columns, placeOf, rules)).toEqual(expected),
  );
  test('a row of a force the council lists is counted', () => {
    const row = streetRow('2018-12', '', 'Drugs', 'Devon & Cornwall Police');
    expect(classifyStreetRow(row, columns, placeOf, { forces: ['Devon & Cornwall Police'] })).toEqual({
      kind: 'no-location',
      month: '2018-12',
      crimeType: 'Drugs',
      force: 'Devon & Cornwall Police',
    });
  });
});

test.each([
  ['CSV_QUOTE_NOT_CLOSED', 'a quoted field is never closed (is the file cut short?)'],
  ['CSV_INVALID_CLOSING_QUOTE', 'a closing quote is followed by other characters instead of a comma'],
  ['SOMETHING_ELSE', 'the parser said this'],
])('describeCsvError(%s)', (code, text) => expect(describeCsvError(code, 'the parser said this')).toBe(text));

describe('checkLookupHeader', () => {
  test.each([
    [
      'the 2018 subset',
      ['LSOA11CD', 'LSOA11NM', 'WD18CD', 'WD18NM', 'WD18NMW', 'LAD18CD', 'LAD18NM', 'FID'],
      { lsoa: 0, ward: 2, wardName: 3, council: 5, councilName: 6, wardColumn: 'WD18CD' },
    ],
    [
      'the 2019 England and Wales file',
      ['FID', 'LSOA11CD', 'LSOA11NM', 'WD19CD', 'WD19NM', 'LAD19CD', 'LAD19NM'],
      { lsoa: 1, ward: 3, wardName: 4, council: 5, councilName: 6, wardColumn: 'WD19CD' },
    ],
  ])('maps %s by name', (_name, fields, expected) =>
    expect(checkLookupHeader(fields)).toEqual({ ok: true, columns: expected }),
  );
  test.each([
    [
      'no ward column',
      ['LSOA11CD', 'LAD18CD', 'LAD18NM'],
      /^has no column such as "WD18CD" and no column such as "WD18NM"; expected an ONS LSOA-to-ward lookup/,
    ],
    [
      'two ward columns',
      ['LSOA11CD', 'WD18CD', 'WD19CD', 'WD18NM', 'LAD18CD', 'LAD18NM'],
      /more than one column like "WD18CD" \(WD18CD, WD19CD\)/,
    ],
  ])('refuses a lookup with %s', (_name, fields, message) => {
    const check = checkLookupHeader(fields);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.message).toMatch(message);
  });
});

const lookupRow = (line: number, lsoa: string, ward: string, wardName = `Ward ${ward.slice(-1)}`): LookupRow => ({
  line,
  lsoa,
  ward,
  wardName,
  councilName: 'Exampleshire',
});

function geography(
  areas = [
    { id: 'north', wards: [{ code: 'E05000001' }] },
    { id: 'south', wards: [{ code: 'E05000002' }] },
  ],
): CouncilGeography {
  const result = buildCouncilGeography({
    councilCode: 'E06000099',
    lookupName: 'lookup.csv',
    wardColumn: 'WD18CD',
    rows: [
      lookupRow(2, 'E01000001', 'E05000001'),
      lookupRow(3, 'E01000002', 'E05000002'),
      lookupRow(4, 'E01000003', 'E05000003'),
    ],
    councilsInLookup: new Set(['E06000099']),
    areas,
  });
  if (!result.ok) throw new Error(result.errors.map(geographyFactInWords).join('\n'));
  return result.geography;
}

/** The geography as the importer prints it: its problems in words. */
const placed = (input: Parameters<typeof buildCouncilGeography>[0]) => geographyInWords(buildCouncilGeography(input));

describe('buildCouncilGeography', () => {
  test('places LSOAs in wards and areas, and names wards in no area', () => {
    const result = placed({
      councilCode: 'E06000099',
      lookupName: 'lookup.csv',
      wardColumn: 'WD18CD',
      rows: [lookupRow(2, 'E01000001', 'E05000001'), lookupRow(3, 'E01000003', 'E05000003')],
      councilsInLookup: new Set(['E06000099']),
      areas: [{ id: 'north', wards: [{ code: 'E05000001' }, { code: 'E05000009' }] }],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.geography.places.get('E01000001')).toEqual({ ward: 'E05000001', area: 'north' });
    expect(result.geography.places.get('E01000003')).toEqual({ ward: 'E05000003', area: null });
    expect(result.geography.council).toEqual({ code: 'E06000099', name: 'Exampleshire' });
    expect(result.warnings).toEqual([
      'ward E05000003 (Ward 3) is in no community area: its rows count for the council but for no area',
      'area "north" lists ward E05000009, which lookup.csv does not place in council E06000099: that ward will have no figures',
    ]);
  });
  test('a council the lookup does not hold is refused, with the codes it does hold', () => {
    const result = placed({
      councilCode: 'E06000001',
      lookupName: 'lookup.csv',
      wardColumn: 'WD18CD',
      rows: [],
      councilsInLookup: new Set(['E06000054', 'E06000030']),
      areas: [],
    });
    expect(result).toEqual({
      ok: false,
      errors: [
        'lookup.csv has no LSOAs in council E06000001; expected one of the 2 council codes it holds (E06000030, E06000054)',
      ],
    });
  });
  test('an LSOA placed in two wards is refused with both lines', () => {
    const result = placed({
      councilCode: 'E06000099',
      lookupName: 'lookup.csv',
      wardColumn: 'WD18CD',
      rows: [lookupRow(2, 'E01000001', 'E05000001'), lookupRow(9, 'E01000001', 'E05000002')],
      councilsInLookup: new Set(['E06000099']),
      areas: [],
    });
    expect(result).toEqual({
      ok: false,
      errors: [
        'lookup.csv line 9: LSOA E01000001 is placed in ward E05000002, but line 2 placed it in ward E05000001; expected one ward per LSOA',
      ],
    });
  });
  test('a ward listed by two areas is refused', () => {
    const result = placed({
      councilCode: 'E06000099',
      lookupName: 'lookup.csv',
      wardColumn: 'WD18CD',
      rows: [lookupRow(2, 'E01000001', 'E05000001')],
      councilsInLookup: new Set(['E06000099']),
      areas: [
        { id: 'b', wards: [{ code: 'E05000001' }] },
        { id: 'a', wards: [{ code: 'E05000001' }] },
      ],
    });
    expect(result).toEqual({
      ok: false,
      errors: [
        'ward E05000001 is listed by two community areas, "a" and "b"; expected each ward in one area (content/councils/<council>/areas)',
      ],
    });
  });
});

/** Counts rows into a new tally: [month, lsoa, type] triples, and malformed rows as strings. */
function tallyOf(name: string, rows: readonly ([string, string, string] | string)[], geo = geography()): FileTally {
  const tally = newFileTally(name);
  rows.forEach((row, i) => {
    if (typeof row === 'string') countMalformed(tally, { line: i + 2, reason: row });
    else
      countRow(
        tally,
        classifyStreetRow(streetRow(...row), columns, (lsoa) => geo.places.get(lsoa), rules),
        i + 2,
      );
  });
  finishTally(tally, true);
  return tally;
}

const octoberRows: ([string, string, string] | string)[] = [
  ['2018-10', 'E01000001', 'Anti-social behaviour'],
  ['2018-10', 'E01000001', 'Burglary'],
  ['2018-10', 'E01000002', 'Anti-social behaviour'],
  ['2018-10', 'E01000003', 'Drugs'],
  ['2018-10', '', 'Anti-social behaviour'],
  ['2018-10', 'E01999999', 'Burglary'],
  'found 5 fields, expected 12 (a line cut short?)',
];
const novemberRows: [string, string, string][] = [
  ['2018-11', 'E01000001', 'Anti-social behaviour'],
  ['2018-11', 'E01000002', 'Shoplifting'],
];
const hash = (c: string) => c.repeat(64);

describe('tallies', () => {
  test('every row is counted once, and ASB across the kinds', () => {
    const t = tallyOf('2018-10-example-street.csv', octoberRows);
    expect({
      rows: t.rows,
      asb: t.asb,
      inCouncil: t.inCouncil,
      inNoArea: t.inNoArea,
      noLocation: t.noLocation,
      outsideCouncil: t.outsideCouncil,
      malformed: t.malformed,
    }).toEqual({ rows: 7, asb: 3, inCouncil: 4, inNoArea: 1, noLocation: 1, outsideCouncil: 1, malformed: 1 });
    expect(tallyAddsUp(t)).toBe(true);
    expect(t.malformedRows).toEqual([{ line: 8, reason: 'found 5 fields, expected 12 (a line cut short?)' }]);
  });
  test(`malformed rows beyond ${malformedDetailLimit} are counted but not listed`, () => {
    const t = newFileTally('x.csv');
    for (let line = 2; line < 2 + malformedDetailLimit + 5; line++) countMalformed(t, { line, reason: 'bad' });
    expect(t.malformed).toBe(malformedDetailLimit + 5);
    expect(t.malformedRows).toHaveLength(malformedDetailLimit);
    expect(formatMalformed(t, 'in/x.csv').at(-1)).toBe(
      `in/x.csv: 5 more malformed rows (only the first ${malformedDetailLimit} are listed)`,
    );
  });
  test('formatMalformed names the file and the line or lines', () => {
    const t = newFileTally('x.csv');
    countMalformed(t, { line: 4, reason: 'found 3 fields, expected 12 (a line cut short?)' });
    countMalformed(t, { line: 9, endLine: 12, reason: 'a quoted field is never closed (is the file cut short?)' });
    expect(formatMalformed(t, 'data/x.csv')).toEqual([
      'data/x.csv line 4: found 3 fields, expected 12 (a line cut short?)',
      'data/x.csv lines 9-12: a quoted field is never closed (is the file cut short?)',
    ]);
  });
  test('formatAccounting prints a row per file and a total', () => {
    const lines = formatAccounting([tallyOf('a-street.csv', octoberRows), tallyOf('b-street.csv', novemberRows)]);
    expect(lines[0]).toMatch(/^file\s+rows\s+ASB\s+in council\s+no location\s+outside council\s+malformed$/);
    expect(lines[2]).toMatch(/^a-street\.csv\s+7\s+3\s+4\s+1\s+1\s+1$/);
    expect(lines.at(-1)).toMatch(/^total\s+9\s+4\s+6\s+1\s+1\s+1$/);
  });
  test('formatAccounting refuses counts that do not add up', () => {
    const t = tallyOf('a-street.csv', octoberRows);
    t.rows++;
    expect(() => formatAccounting([t])).toThrow('a-street.csv: the counts do not add up');
  });
});

function dataset(...files: [string, ([string, string, string] | string)[], string][]): PoliceData {
  return buildDataset(
    files.map(([name, rows, c]) => ({ tally: tallyOf(name, rows), sha256: hash(c) })),
    geography(),
  );
}

describe('buildDataset', () => {
  const data = dataset(['2018-10-example-street.csv', octoberRows, 'a']);
  const october = data.months['2018-10']!;
  test('counts by month, by type, by ward and by area, with the accounting', () => {
    expect(october).toEqual({
      files: [{ name: '2018-10-example-street.csv', sha256: hash('a'), rows: 6, malformedRows: 1 }],
      forces: ['Wiltshire Police'],
      rows: 6,
      asb: 3,
      inCouncil: 4,
      inNoArea: 1, // the Drugs row, in ward E05000003, which is in no area
      noLocation: 1,
      outsideCouncil: 1,
      forceWide: { 'Anti-social behaviour': 3, Burglary: 2, Drugs: 1 },
      noLocationByType: { 'Anti-social behaviour': 1 },
      council: { 'Anti-social behaviour': 2, Burglary: 1, Drugs: 1 },
      areas: { north: { 'Anti-social behaviour': 1, Burglary: 1 }, south: { 'Anti-social behaviour': 1 } },
      wards: {
        E05000001: { 'Anti-social behaviour': 1, Burglary: 1 },
        E05000002: { 'Anti-social behaviour': 1 },
        E05000003: { Drugs: 1 },
      },
    });
  });
  test('a ward in no area counts in inNoArea', () => {
    const geo = geography([{ id: 'north', wards: [{ code: 'E05000001' }] }]);
    const d = buildDataset([{ tally: tallyOf('x.csv', octoberRows, geo), sha256: hash('a') }], geo);
    expect(d.months['2018-10']!.inNoArea).toBe(2);
  });
  test('the result passes the schema, and its sums are checked', () => {
    expect(policeDataSchema.safeParse(data).success).toBe(true);
    const broken = structuredClone(data);
    broken.months['2018-10']!.rows = 7;
    const issues = policeDataSchema.safeParse(broken).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(issues).toEqual([
      'months.2018-10: the files add up to 6 rows (2018-10-example-street.csv 6), expected rows (7)',
      'months.2018-10: rows (7) should equal inCouncil + noLocation + outsideCouncil (4 + 1 + 1)',
      'months.2018-10: forceWide adds up to 6, expected rows (7)',
    ]);
    const moved = structuredClone(data);
    moved.months['2018-10']!.areas.north = { Burglary: 1 };
    expect(policeDataSchema.safeParse(moved).error?.issues.map((i) => i.message)).toEqual([
      'area "north" does not match the sum of its wards',
    ]);
  });
  test('the files given in any order give the same text', () => {
    const one = dataset(['a-street.csv', octoberRows, 'a'], ['b-street.csv', novemberRows, 'b']);
    const other = dataset(['b-street.csv', novemberRows, 'b'], ['a-street.csv', octoberRows, 'a']);
    expect(serialiseDataset(one)).toBe(serialiseDataset(other));
    expect(serialiseDataset(one).endsWith('}\n')).toBe(true);
    expect(serialiseDataset(one)).toContain('\n  "format": 1,\n');
  });
  test('two files for one month add up', () => {
    const d = dataset(['a-street.csv', novemberRows, 'a'], ['btp-street.csv', novemberRows, 'b']);
    expect(d.months['2018-11']!.rows).toBe(4);
    expect(d.months['2018-11']!.files.map((f) => f.name)).toEqual(['a-street.csv', 'btp-street.csv']);
  });
});

describe('mergeDatasets', () => {
  /** The merge as the importer prints it: its refusals in words. */
  const merge = (...args: Parameters<typeof mergeDatasets>) => {
    const result = mergeDatasets(...args);
    return result.ok ? result : { ok: false as const, messages: result.problems.map(importFactInWords) };
  };
  const octNov = dataset(['a-street.csv', octoberRows, 'a'], ['b-street.csv', novemberRows, 'b']);
  const where = 'data/police-uk.json';
  test('a month imported again is refused without --replace, naming the force and the file', () => {
    expect(merge(octNov, dataset(['b-street.csv', novemberRows, 'c']), { replace: false, where })).toEqual({
      ok: false,
      messages: [
        "2018-11 is already in data/police-uk.json (Wiltshire Police, from b-street.csv); expected each force's month once: to replace it, run again with --replace",
      ],
    });
  });
  test('the refusal is a fact: the month, where it is, and its forces and files', () => {
    expect(mergeDatasets(octNov, dataset(['b-street.csv', novemberRows, 'c']), { replace: false, where })).toEqual({
      ok: false,
      problems: [
        {
          code: 'month-imported',
          where: 'data/police-uk.json',
          month: '2018-11',
          forces: ['Wiltshire Police'],
          files: ['b-street.csv'],
        },
      ],
    });
  });
  test('with --replace, a month imported again is replaced, not added', () => {
    const result = merge(octNov, dataset(['b-street.csv', novemberRows, 'b']), { replace: true, where });
    expect(result.ok && [result.replaced, result.kept]).toEqual([['2018-11'], ['2018-10']]);
    expect(result.ok && serialiseDataset(result.data)).toBe(serialiseDataset(octNov));
  });
  test("even with --replace, a month never loses another force's figures", () => {
    const twoForces = buildDataset(
      [
        { tally: tallyOf('b-street.csv', novemberRows), sha256: hash('b') },
        { tally: btpTally(), sha256: hash('c') },
      ],
      geography(),
    );
    expect(twoForces.months['2018-11']!.forces).toEqual(['British Transport Police', 'Wiltshire Police']);
    expect(merge(twoForces, dataset(['b-street.csv', novemberRows, 'b']), { replace: true, where })).toEqual({
      ok: false,
      messages: [
        "2018-11 in data/police-uk.json also holds British Transport Police's figures, which this import does not have; expected every force's file for the month together, so none is lost",
      ],
    });
  });
  test('even with --replace, a part month never replaces a complete one; a complete one replaces a part month', () => {
    const partial = buildDataset(
      [{ tally: cutShortTally('b-street.csv', novemberRows), sha256: hash('p') }],
      geography(),
    );
    expect(partial.months['2018-11']!.files).toEqual([
      { name: 'b-street.csv', sha256: hash('p'), rows: 2, malformedRows: 1, partial: true },
    ]);
    expect(merge(octNov, partial, { replace: true, where })).toEqual({
      ok: false,
      messages: [
        "2018-11 in data/police-uk.json is complete and this import's file for it is cut short; a part month never replaces a complete one",
      ],
    });
    const healed = merge(partial, dataset(['b-street.csv', novemberRows, 'b']), { replace: true, where });
    expect(healed.ok && healed.data.months['2018-11']!.files[0]!.partial).toBeUndefined();
  });
  test('new months are added to the old', () => {
    const result = merge(dataset(['a-street.csv', octoberRows, 'a']), dataset(['b-street.csv', novemberRows, 'b']), {
      replace: false,
      where,
    });
    expect(result.ok && serialiseDataset(result.data)).toBe(serialiseDataset(octNov));
  });
  test('another council is refused', () => {
    const other = { ...octNov, council: { code: 'E06000054', name: 'Wiltshire' } };
    expect(merge(other, octNov, { replace: true, where })).toEqual({
      ok: false,
      messages: [
        'data/police-uk.json holds figures for council E06000054 (Wiltshire), not E06000099; expected the same council (use --out to write another file)',
      ],
    });
  });
  test("another year's wards are refused", () => {
    const other = { ...octNov, lookup: { name: 'x.csv', wardColumn: 'WD19CD' } };
    expect(merge(other, octNov, { replace: true, where })).toMatchObject({
      ok: false,
      messages: [expect.stringMatching(/^data\/police-uk\.json uses WD19CD wards, but this import uses WD18CD/)],
    });
  });
  test('areas are worked out again from the wards when a ward moves area', () => {
    const moved = canonicalDataset({
      ...octNov,
      wards: { ...octNov.wards, E05000002: { name: 'Ward 2', area: 'north' } },
    });
    expect(moved.months['2018-10']!.areas).toEqual({ north: { 'Anti-social behaviour': 2, Burglary: 1 } });
    expect(policeDataSchema.safeParse(moved).success).toBe(true);
  });
});

/** A November file of British Transport Police rows that fall within Wiltshire. */
function btpTally(): FileTally {
  const tally = newFileTally('btp-street.csv');
  const row = [
    '',
    '2018-11',
    'British Transport Police',
    'Wiltshire Police',
    '',
    '',
    'On or near a station',
    '',
    '',
    'Public order',
    '',
    '',
  ];
  countRow(
    tally,
    classifyStreetRow(row, columns, () => undefined, rules),
    2,
  );
  finishTally(tally, true);
  return tally;
}

/** A file whose last row is cut short. */
function cutShortTally(name: string, rows: [string, string, string][]): FileTally {
  const tally = newFileTally(name);
  const geo = geography();
  rows.forEach((row, i) =>
    countRow(
      tally,
      classifyStreetRow(streetRow(...row), columns, (lsoa) => geo.places.get(lsoa), rules),
      i + 2,
    ),
  );
  countRow(
    tally,
    classifyStreetRow(streetRow(...rows[0]!).slice(0, 4), columns, () => undefined, rules),
    rows.length + 2,
  );
  finishTally(tally, true);
  return tally;
}

describe('refusing files that were read', () => {
  test('a last row cut short refuses the file unless --allow-partial', () => {
    const t = cutShortTally('x-street.csv', novemberRows);
    expect(t.cutShort).toEqual({ line: 4, reason: 'found 4 fields, expected 12 (a line cut short?)' });
    expect(fileRefusals(t, 'in/x-street.csv', false).map(importFactInWords)).toEqual([
      'in/x-street.csv line 4: the file is cut short (found 4 fields, expected 12 (a line cut short?)), so its month is incomplete; expected the whole file: download it again, or run with --allow-partial to import it marked as a part month',
    ]);
    expect(fileRefusals(t, 'in/x-street.csv', false)).toEqual([
      {
        code: 'file-cut-short',
        where: 'in/x-street.csv',
        line: 4,
        reason: 'found 4 fields, expected 12 (a line cut short?)',
      },
    ]);
    expect(fileRefusals(t, 'in/x-street.csv', true)).toEqual([]);
  });
  test('a short row in the middle is malformed, not a cut', () => {
    const t = newFileTally('x.csv');
    countMalformed(t, { line: 2, reason: 'found 4 fields, expected 12 (a line cut short?)' }, true);
    countRow(
      t,
      classifyStreetRow(streetRow('2018-11', '', 'Drugs'), columns, () => undefined, rules),
      3,
    );
    finishTally(t, true);
    expect(t.cutShort).toBeUndefined();
  });
  test('a file that does not end with a line break is cut short', () => {
    const t = newFileTally('x.csv');
    countRow(
      t,
      classifyStreetRow(streetRow('2018-11', '', 'Drugs'), columns, () => undefined, rules),
      2,
    );
    finishTally(t, false);
    expect(t.cutShort).toEqual({
      line: 2,
      reason: 'the file does not end with a line break, as every police.uk file does',
    });
  });
  test('refused rows are listed by line, five at most, with a count of the rest', () => {
    const t = newFileTally('kent-street.csv');
    for (let line = 2; line < 10; line++)
      countRow(
        t,
        classifyStreetRow(streetRow('2018-12', '', 'Drugs', 'Kent Police'), columns, () => undefined, rules),
        line,
      );
    const lines = fileRefusals(t, 'kent-street.csv', true).map(importFactInWords);
    expect(lines).toHaveLength(6);
    expect(lines[0]).toBe(
      'kent-street.csv line 2: Falls within: found "Kent Police", expected one of the council\'s forces (policeForces in site.yaml: "Wiltshire Police")',
    );
    expect(lines[5]).toBe('kent-street.csv: 3 more rows refused for the same reasons (only the first 5 are listed)');
    expect(t.rows).toBe(0);
  });
  test('the same force and month in two files of one import is refused, whatever their bytes', () => {
    expect(
      repeatedForceMonths([
        { tally: tallyOf('a-street.csv', novemberRows), where: 'in/a-street.csv' },
        { tally: btpTally(), where: 'in/btp-street.csv' },
        { tally: tallyOf('a-crlf-street.csv', novemberRows), where: 'in/a-crlf-street.csv' },
      ]).map(importFactInWords),
    ).toEqual([
      "in/a-crlf-street.csv holds 2018-11 rows reported by Wiltshire Police, as in/a-street.csv does; expected each force's month once (files that differ only in line endings or a byte order mark are the same month)",
    ]);
  });
});

describe('notPlainText', () => {
  const bytes = (...b: number[]) => Uint8Array.from(b);
  test.each([
    [
      'gzip',
      bytes(0x1f, 0x8b, 0x08, 0x00),
      'is a gzip-compressed file, not a CSV file; expected a plain CSV file: decompress it first (gunzip)',
    ],
    [
      'zip',
      bytes(0x50, 0x4b, 0x03, 0x04, 0x14),
      'is a zip archive, not a CSV file; expected a plain CSV file: unzip it and import the "-street.csv" files inside',
    ],
    [
      'UTF-16',
      bytes(0xff, 0xfe, 0x43, 0x00),
      'is UTF-16 text; expected a CSV file in UTF-8, as police.uk publishes it (save it again as "CSV UTF-8")',
    ],
    [
      'binary',
      bytes(0x43, 0x72, 0x00, 0x01),
      'is not a text file (it has a zero byte at byte 3); expected a plain CSV file from police.uk',
    ],
    [
      'Latin-1',
      bytes(0x43, 0xe9, 0x2c, 0x41),
      'is not UTF-8 text (its first bytes are not valid UTF-8); expected a plain CSV file from police.uk',
    ],
  ])('%s is refused in one line', (_name, input, message) => expect(notPlainText(input)).toBe(message));
  test('UTF-8 text, with a BOM or a character cut at the end of the sample, is text', () => {
    expect(notPlainText(new TextEncoder().encode('\uFEFFCrime ID,Month\n'))).toBeUndefined();
    expect(notPlainText(new TextEncoder().encode('Crime ID,Caf\u00e9').subarray(0, 13))).toBeUndefined();
  });
});

describe('the figures file accounts for its files', () => {
  test('a file listed in two months must be described the same way', () => {
    const data = dataset(['both-street.csv', [...octoberRows.slice(0, 2), ...novemberRows], 'a']);
    expect(policeDataSchema.safeParse(data).success).toBe(true);
    const changed = structuredClone(data);
    changed.months['2018-11']!.files[0]!.malformedRows = 3;
    expect(policeDataSchema.safeParse(changed).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'months: both-street.csv is described differently in 2018-10 and 2018-11 (malformed rows or partial); expected one account of each file',
    ]);
  });
  test('a file listed twice in a month, or a month with rows and no force, is refused', () => {
    const data = dataset(['a-street.csv', novemberRows, 'a']);
    const twice = structuredClone(data);
    twice.months['2018-11']!.files.push({ ...twice.months['2018-11']!.files[0]!, rows: 0 });
    twice.months['2018-11']!.forces = [];
    expect(policeDataSchema.safeParse(twice).error?.issues.map((i) => i.message)).toEqual([
      'lists the same file (by SHA-256) more than once; expected each file once',
      'has 2 rows but no force; expected the forces that reported them',
    ]);
  });
});

describe('selection for pages', () => {
  const data = dataset(['a-street.csv', octoberRows, 'a'], ['b-street.csv', novemberRows, 'b']);
  test('mainCrimeTypes: largest total first, ties alphabetical, never ASB', () => {
    expect(
      mainCrimeTypes(
        [
          { 'Anti-social behaviour': 9, Drugs: 2, Burglary: 2 },
          { Shoplifting: 3, Drugs: 1 },
        ],
        2,
      ),
    ).toEqual(['Drugs', 'Shoplifting']);
    expect(mainCrimeTypes([{ Drugs: 2, Burglary: 2 }], 5)).toEqual(['Burglary', 'Drugs']);
  });
  test('an area: every month, 0 where nothing was recorded, ASB first', () => {
    const figures = areaFigures(data, 'south');
    expect(figures.kind).toBe('figures');
    if (figures.kind !== 'figures') return;
    expect(figures.months).toEqual(['2018-10', '2018-11']);
    expect(figures.rows).toEqual([
      { label: 'Anti-social behaviour', values: [1, 0], total: 1 },
      { label: 'Shoplifting', values: [0, 1], total: 1 },
    ]);
    expect(figures.allTypes).toEqual({ label: 'All types', values: [1, 1], total: 2 });
  });
  test('focus types come straight after ASB', () => {
    const figures = councilFigures(data, ['Shoplifting', 'Anti-social behaviour']);
    expect(figures.kind === 'figures' && figures.rows.map((r) => r.label)).toEqual([
      'Anti-social behaviour',
      'Shoplifting',
      'Burglary',
      'Drugs',
    ]);
  });
  test.each([
    [undefined, 'north', 'none-imported'],
    [data, 'nowhere', 'not-covered'],
    [data, 'north', 'figures'],
  ] as const)('areaFigures kind', (d, id, kind) => expect(areaFigures(d, id).kind).toBe(kind));
  test('compareAreasAsb: ASB per month per area; an area with no wards is null', () => {
    expect(
      compareAreasAsb(data, [
        { id: 'north', title: 'North' },
        { id: 'east', title: 'East' },
      ]),
    ).toEqual({
      months: ['2018-10', '2018-11'],
      rows: [
        { id: 'north', title: 'North', values: [1, 1], total: 2 },
        { id: 'east', title: 'East', values: null, total: 0 },
      ],
    });
  });
  test('rankAreasByAsb: areas with figures, most first, ties by title; areas with no wards left out', () => {
    const rows = [
      { id: 'b', title: 'Bradford', values: [2, 3], total: 5 },
      { id: 'n', title: 'None', values: null, total: 0 },
      { id: 'a', title: 'Amesbury', values: [5, 0], total: 5 },
      { id: 'c', title: 'Calne', values: [4, 5], total: 9 },
    ];
    expect(rankAreasByAsb(rows).map((r) => r.id)).toEqual(['c', 'a', 'b']);
  });
  test('comparisonPeriod: first and last month in words, or nothing', () => {
    expect(comparisonPeriod(['2025-11', '2025-12', '2026-01'])).toBe('November 2025 to January 2026');
    expect(comparisonPeriod(['2026-01'])).toBe('January 2026 to January 2026');
    expect(comparisonPeriod([])).toBe('');
  });
  test('areaAssignmentProblems: a ward the area files have moved since the import', () => {
    expect(
      areaAssignmentProblems(data, [{ id: 'north', wards: [{ code: 'E05000001' }, { code: 'E05000002' }] }]).map(
        (fact) => contentFactInWords(fact, { contentDir: 'content', council: 'example' }),
      ),
    ).toEqual([
      'ward E05000002 (Ward 2) was imported into area "south" but the area files now put it in "north"; run npm run import:police again',
    ]);
  });
});

describe('charts', () => {
  test.each([
    [0, 1, [0, 1]],
    [1, 1, [0, 1]],
    [3, 3, [0, 1, 2, 3]],
    [7, 8, [0, 2, 4, 6, 8]],
    [1389, 1500, [0, 500, 1000, 1500]],
    [100, 100, [0, 50, 100]],
  ])('niceScale(%i) tops at %i', (max, top, ticks) => expect(niceScale(max)).toEqual({ top, ticks }));
  test('every colour has 3:1 contrast with white, text 4.5:1', () => {
    // Contrast with white of each colour, worked out apart from the code with the WCAG 2.2
    // relative luminance formula (in Python), to two places.
    const againstWhite: Record<string, number> = {
      '#0b0c0c': 19.59,
      '#1d70b8': 5.17,
      '#b10e1e': 7.12,
      '#00703c': 6.21,
      '#4c2c92': 10.08,
      '#6f777b': 4.57,
    };
    const used = [...seriesStyles.map((s) => s.colour), ...Object.values(chartColours)];
    for (const colour of used) {
      expect(againstWhite[colour], `${colour} has no written-out contrast here`).toBeDefined();
      expect(againstWhite[colour]!).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(colour, '#ffffff'), colour).toBeCloseTo(againstWhite[colour]!, 1);
    }
    expect(againstWhite[chartColours.text]!).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    expect(contrastRatio('#000000', '#ffffff')).toBe(21);
    expect(contrastRatio('#ffffff', '#1d70b8')).toBeCloseTo(5.17, 1);
  });
  test('series differ by dash and marker as well as colour', () => {
    expect(new Set(seriesStyles.map((s) => s.marker)).size).toBe(seriesStyles.length);
    expect(new Set(seriesStyles.map((s) => s.dash)).size).toBe(seriesStyles.length);
  });
  test('lineChart: months across the plot, values up from the baseline', () => {
    const chart = lineChart(['2018-10', '2018-11', '2018-12'], [{ label: 'ASB', values: [0, 4, 8] }]);
    // The plot runs from x 18 to 302 and from y 180 (the baseline) up to 10: 0 sits on the
    // baseline at the left, 4 half way, 8 at the top right.
    expect(chart.plot).toEqual({ left: 18, top: 10, right: 302, bottom: 180 });
    expect(chart.lines[0]!.path).toBe('M18 180L160 95L302 10');
    expect(chart.xLabels.map((l) => [l.month, l.year])).toEqual([
      ['Oct', '2018'],
      ['Nov', null],
      ['Dec', null],
    ]);
    expect(chart.yTicks.map((t) => t.label)).toEqual(['0', '2', '4', '6', '8']);
    expect(chart.yTicks.map((t) => t.y)).toEqual([180, 137.5, 95, 52.5, 10]);
    expect(chart.lines[0]!.markers).toHaveLength(3);
  });
  test('lineChart: one month sits in the middle; many months thin their labels', () => {
    const one = lineChart(['2018-10'], [{ label: 'ASB', values: [5] }]);
    expect(one.xLabels[0]!.x).toBe(160);
    const months = Array.from(
      { length: 24 },
      (_, i) => `${2017 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
    );
    const many = lineChart(months, [{ label: 'ASB', values: months.map(() => 1) }]);
    expect(many.xLabels.length).toBeLessThan(24);
    const gaps = many.xLabels.slice(1).map((l, i) => l.x - many.xLabels[i]!.x);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(36);
    expect(many.xLabels.filter((l) => l.year).map((l) => `${l.month} ${l.year}`)).toEqual(['Jan 2017', 'Jan 2018']);
  });
  test('barChart: bars in proportion, room for the value at the end', () => {
    const chart = barChart([
      { label: 'A', value: 200 },
      { label: 'B', value: 50 },
      { label: 'C', value: 0 },
    ]);
    expect(chart.bars.map((b) => b.barWidth)).toEqual([268, 67, 0]);
    expect(chart.bars[0]!.valueX).toBe(274);
    expect(chart.height).toBe(124);
    expect(chart.bars.map((b) => b.valueLabel)).toEqual(['200', '50', '0']);
  });
  test.each(['circle', 'square', 'triangle', 'diamond', 'cross'] as const)('markerPath(%s) is path data', (shape) =>
    expect(markerPath(shape, 10, 10, 3)).toMatch(/^M[\d.]+ [\d.]+[a-zA-Z]/),
  );
  test('shortMonth', () => expect(shortMonth('2019-02')).toBe('Feb 2019'));
  test('describeLineChart names the series, the period and the highest and lowest month', () => {
    expect(
      describeLineChart(
        'Calne',
        ['2018-10', '2018-11'],
        [
          { label: 'Anti-social behaviour', values: [5, 9] },
          { label: 'Burglary', values: [1, 2] },
        ],
      ),
    ).toBe(
      'Line chart of anti-social behaviour and burglary by month in Calne, October 2018 to November 2018. Anti-social behaviour: highest 9 in November 2018, lowest 5 in October 2018. The table gives every figure.',
    );
  });
});
