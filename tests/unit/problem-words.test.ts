/** The words for every problem code: the sentences `npm run check` and the importers print, written out. */
import { describe, expect, test } from 'vitest';
import {
  collectionFolder,
  contentFactInWords,
  geographyFactInWords,
  importFactInWords,
  inWords,
  sheetFactInWords,
  sheetProblemInWords,
} from '../../src/node/problem-words.ts';
import type { ContentFact, GeographyFact, ImportFact, SheetFact } from '../../src/lib/problem-facts.ts';

const places = { contentDir: 'content', council: 'wiltshire' };

describe('collectionFolder', () => {
  test('the national layer, the council layer, or both', () => {
    expect(collectionFolder(places, 'powers')).toBe('content/national/powers/');
    expect(collectionFolder(places, 'areas')).toBe('content/councils/wiltshire/areas/');
    expect(collectionFolder({ contentDir: 'tests/fixtures/good', council: 'x' }, 'contacts')).toBe(
      'tests/fixtures/good/national/contacts/ or tests/fixtures/good/councils/x/contacts/',
    );
  });
});

const contentCases: [ContentFact, string][] = [
  [{ code: 'file-missing' }, 'missing: this file is required'],
  [
    { code: 'id-taken', id: 'asb', takenBy: 'content/national/contacts/asb.mdx' },
    'found id "asb", which content/national/contacts/asb.mdx already uses; expected each entry to have its own file name',
  ],
  [
    { code: 'entry-unknown', collection: 'powers', id: 'closure-ordr', guess: 'closure-order' },
    'found "closure-ordr", expected the id of an entry in content/national/powers/ (did you mean "closure-order"?)',
  ],
  [
    { code: 'entry-unknown', collection: 'contacts', id: 'nobody' },
    'found "nobody", expected the id of an entry in content/national/contacts/ or content/councils/wiltshire/contacts/',
  ],
  [
    { code: 'hidden-report-linked', id: 'draft' },
    'found "draft", a draft or exempt report; expected a published or withdrawn report (a draft or exempt report must not be linked from a public page)',
  ],
  [
    { code: 'reviewed-after-today', reviewed: '2026-12-02', asOf: '2026-12-01' },
    'found 2026-12-02, expected a date on or before today (2026-12-01)',
  ],
  [
    { code: 'review-by-before-reviewed', reviewBy: '2026-01-01', reviewed: '2026-02-01' },
    'found 2026-01-01, expected a date after reviewed (2026-02-01)',
  ],
  [
    { code: 'service-unknown', service: 'polce', servicesFile: 'content/national/services.yaml', guess: 'police' },
    'found "polce", expected a service in content/national/services.yaml (did you mean "police"?)',
  ],
  [{ code: 'complaint-repeated', id: 'noise' }, 'found "noise" a second time; expected each problem once'],
  [
    { code: 'overlay-target-missing', target: 'problems', id: 'nois', guess: 'noise' },
    'adds to content/national/problems/nois.mdx, which does not exist; expected the id of a national entry in content/national/problems/ (did you mean "noise"?)',
  ],
  [
    { code: 'changelog-entry-unknown', collection: 'powers', entry: 'powers/gone' },
    'found "powers/gone", expected an entry of content/national/powers/',
  ],
  [
    { code: 'service-unprovided', serviceName: 'Police', namedBy: ['content/national/problems/a.mdx'] },
    'no contact provides "Police", which 1 national entry names as a lead (such as content/national/problems/a.mdx); their pages show no local contact for it until you add the ids of the contacts that provide it',
  ],
  [
    {
      code: 'service-unprovided',
      serviceName: 'Police',
      namedBy: ['content/national/problems/a.mdx', 'content/national/powers/b.mdx'],
    },
    'no contact provides "Police", which 2 national entries name as a lead (such as content/national/problems/a.mdx); their pages show no local contact for it until you add the ids of the contacts that provide it',
  ],
  [
    { code: 'overlay-outdated', changed: '2026-11-01', summary: 'A fix.', checked: '2026-10-01' },
    'the national entry changed on 2026-11-01 (A fix.), after this note was checked (2026-10-01); check the note still fits, then set checkedAgainst: 2026-11-01',
  ],
  [
    { code: 'council-placeholder-left', marker: 'To fill in' },
    'still says "To fill in"; write the council\'s own fact here, with its source (see CHECKLIST.md)',
  ],
  [
    { code: 'due-before-report', due: '2025-05', reportDate: '2025-06-01' },
    "found 2025-05, before the report itself (1 June 2025); expected a due date on or after it, or leave due out and give the paper's words in timetable",
  ],
  [
    { code: 'recommendation-id-repeated', id: 'a', firstIndex: 0 },
    'found "a" again (recommendation 1 ("a") has it); expected each recommendation id once per report',
  ],
  [
    { code: 'recommendation-anchor-shared', id: 'a)', anchor: 'a', otherIndex: 0, otherId: 'a' },
    'found "a)", whose page address #recommendation-a is the same as recommendation 1 ("a")\'s; expected ids that differ in their letters or digits',
  ],
  [
    { code: 'part-label-repeated', id: 'i', index: 1, recommendationId: 'b' },
    'found "i" again in recommendation 2 ("b"); expected each part\'s label once',
  ],
  [
    { code: 'call-in-before-decision', callInDeadline: '2025-07-01', decision: '2025-07' },
    'found 2025-07-01, expected a day after the decision it calls in (July 2025)',
  ],
  [
    { code: 'report-placeholder-kept', reportField: 'chair', placeholder: 'Cllr Name', optional: true },
    'found the placeholder "Cllr Name" from npm run new:report; expected the real chair, or leave chair out when the report does not give it',
  ],
  [
    {
      code: 'report-placeholder-kept',
      reportField: 'summary',
      placeholder: 'One or two sentences.',
      optional: false,
    },
    'found the placeholder "One or two sentences." from npm run new:report; expected the real summary',
  ],
  [
    { code: 'role-file-missing', id: 'hocs', rolesFile: 'content/councils/wiltshire/roles.yaml' },
    'found "hocs", expected a role in content/councils/wiltshire/roles.yaml, which does not exist yet: add it with this role',
  ],
  [
    { code: 'role-unknown', id: 'hocs', rolesFile: 'roles.yaml', guess: 'head-of-community-safety' },
    'found "hocs", expected a role in roles.yaml (did you mean "head-of-community-safety"?)',
  ],
  [
    { code: 'role-unknown', id: 'hocs', rolesFile: 'roles.yaml' },
    'found "hocs", expected a role in roles.yaml; add it there',
  ],
  [
    { code: 'role-named-twice', text: 'HoCS', other: 'head', otherTitle: 'Head of Community Safety' },
    'found "HoCS", which names the same role as "head" ("Head of Community Safety"); expected each role once: use "head" and add "HoCS" to its aliases',
  ],
  [
    { code: 'ward-area-changed', ward: 'E05000002', wardName: 'Ward 2', importedArea: 'south', area: 'north' },
    'ward E05000002 (Ward 2) was imported into area "south" but the area files now put it in "north"; run npm run import:police again',
  ],
  [
    { code: 'ward-area-changed', ward: 'E05000002', wardName: 'Ward 2', importedArea: null, area: null },
    'ward E05000002 (Ward 2) was imported into no area but the area files now put it in none; run npm run import:police again',
  ],
];

describe('content facts', () => {
  test.each(contentCases)('%j', (fact, sentence) => {
    expect(contentFactInWords(fact, places)).toBe(sentence);
  });
  test('every code has a case here', () => {
    // A record over the union: a new code that is not listed here fails the type check.
    const every: Record<ContentFact['code'], true> = {
      'file-missing': true,
      'id-taken': true,
      'entry-unknown': true,
      'hidden-report-linked': true,
      'reviewed-after-today': true,
      'review-by-before-reviewed': true,
      'service-unknown': true,
      'complaint-repeated': true,
      'overlay-target-missing': true,
      'changelog-entry-unknown': true,
      'service-unprovided': true,
      'overlay-outdated': true,
      'council-placeholder-left': true,
      'due-before-report': true,
      'recommendation-id-repeated': true,
      'recommendation-anchor-shared': true,
      'part-label-repeated': true,
      'call-in-before-decision': true,
      'report-placeholder-kept': true,
      'role-file-missing': true,
      'role-unknown': true,
      'role-named-twice': true,
      'ward-area-changed': true,
    };
    expect(new Set(contentCases.map(([f]) => f.code))).toEqual(new Set(Object.keys(every)));
  });
  test('inWords keeps the place and words the fact; a problem already in words passes through', () => {
    expect(inWords({ file: 'a.mdx', field: 'x', line: 3, column: 2, code: 'file-missing' }, places)).toEqual({
      file: 'a.mdx',
      field: 'x',
      line: 3,
      column: 2,
      message: 'missing: this file is required',
    });
    const worded = { file: 'a.mdx', field: 'x', message: 'found 1, expected 2' };
    expect(inWords(worded, places)).toBe(worded);
  });
});

describe('geography facts', () => {
  test.each<[GeographyFact, string]>([
    [
      {
        code: 'lookup-lacks-council',
        lookup: 'lookup.csv',
        council: 'E06000001',
        councilsInLookup: ['E1', 'E2', 'E3', 'E4', 'E5', 'E6', 'E7', 'E8', 'E9'],
      },
      'lookup.csv has no LSOAs in council E06000001; expected one of the 9 council codes it holds (E1, E2, E3, E4, E5, E6, E7, E8, ...)',
    ],
    [
      { code: 'ward-in-two-areas', ward: 'E05000001', firstArea: 'a', secondArea: 'b' },
      'ward E05000001 is listed by two community areas, "a" and "b"; expected each ward in one area (content/councils/<council>/areas)',
    ],
    [
      {
        code: 'lsoa-in-two-wards',
        lookup: 'lookup.csv',
        lsoa: 'E01000001',
        line: 9,
        ward: 'E05000002',
        earlierLine: 2,
        earlierWard: 'E05000001',
      },
      'lookup.csv line 9: LSOA E01000001 is placed in ward E05000002, but line 2 placed it in ward E05000001; expected one ward per LSOA',
    ],
    [
      { code: 'ward-in-no-area', ward: 'E05000003', wardName: 'Ward 3' },
      'ward E05000003 (Ward 3) is in no community area: its rows count for the council but for no area',
    ],
    [
      { code: 'area-ward-not-in-lookup', area: 'north', ward: 'E05000009', lookup: 'lookup.csv', council: 'E06000099' },
      'area "north" lists ward E05000009, which lookup.csv does not place in council E06000099: that ward will have no figures',
    ],
  ])('%j', (fact, sentence) => {
    expect(geographyFactInWords(fact)).toBe(sentence);
  });
});

describe('police import facts', () => {
  test.each<[ImportFact, string]>([
    [
      { code: 'row-refused', where: 'in/k.csv', line: 2, reason: 'Falls within: found "Kent Police"' },
      'in/k.csv line 2: Falls within: found "Kent Police"',
    ],
    [
      { code: 'more-rows-refused', where: 'in/k.csv', count: 1234, listed: 5 },
      'in/k.csv: 1,234 more rows refused for the same reasons (only the first 5 are listed)',
    ],
    [
      { code: 'file-cut-short', where: 'in/x.csv', line: 4, reason: 'found 4 fields, expected 12' },
      'in/x.csv line 4: the file is cut short (found 4 fields, expected 12), so its month is incomplete; expected the whole file: download it again, or run with --allow-partial to import it marked as a part month',
    ],
    [
      {
        code: 'force-month-repeated',
        where: 'in/b.csv',
        month: '2018-11',
        force: 'Wiltshire Police',
        first: 'in/a.csv',
      },
      "in/b.csv holds 2018-11 rows reported by Wiltshire Police, as in/a.csv does; expected each force's month once (files that differ only in line endings or a byte order mark are the same month)",
    ],
    [
      {
        code: 'other-council',
        where: 'p.json',
        held: { code: 'E06000054', name: 'Wiltshire' },
        importing: 'E06000099',
      },
      'p.json holds figures for council E06000054 (Wiltshire), not E06000099; expected the same council (use --out to write another file)',
    ],
    [
      { code: 'other-wards', where: 'p.json', heldColumn: 'WD19CD', importingColumn: 'WD18CD' },
      'p.json uses WD19CD wards, but this import uses WD18CD; expected one set of wards for every month (re-import every month with one lookup, or use --out)',
    ],
    [
      {
        code: 'month-imported',
        where: 'p.json',
        month: '2018-11',
        forces: ['British Transport Police', 'Wiltshire Police'],
        files: ['a.csv', 'b.csv'],
      },
      "2018-11 is already in p.json (British Transport Police and Wiltshire Police, from a.csv and b.csv); expected each force's month once: to replace it, run again with --replace",
    ],
    [
      { code: 'month-imported', where: 'p.json', month: '2018-11', forces: [], files: ['a.csv'] },
      "2018-11 is already in p.json (no force, from a.csv); expected each force's month once: to replace it, run again with --replace",
    ],
    [
      { code: 'forces-lost', where: 'p.json', month: '2018-11', lost: ['British Transport Police'] },
      "2018-11 in p.json also holds British Transport Police's figures, which this import does not have; expected every force's file for the month together, so none is lost",
    ],
    [
      { code: 'part-month-over-whole', where: 'p.json', month: '2018-11' },
      "2018-11 in p.json is complete and this import's file for it is cut short; a part month never replaces a complete one",
    ],
  ])('%j', (fact, sentence) => {
    expect(importFactInWords(fact)).toBe(sentence);
  });
});

describe('tracker sheet facts', () => {
  /** The fields a --map may name, in the order src/lib/tracker-import.ts lists them. */
  const fields =
    'id, text, agreed, origin, portfolio, to, mustRespond, responseRequested, cabinetMember, leadOfficer, timetable, due, response.decision, response.date, response.text, response.by, update.date, update.text, update.status, update.rag, nextUpdate, report, ignore';
  test.each<[SheetFact, string]>([
    [
      { code: 'map-unreadable', option: 'Progress=updat.status', guess: 'update.status' },
      `--map "Progress=updat.status": expected "Column=field" with a field of: ${fields} (did you mean "update.status"?)`,
    ],
    [
      { code: 'column-unknown', header: 'Colour' },
      `unknown column; name what it holds with --map "Colour=<field>" (fields: ${fields}), or --map "Colour=-" to leave it out`,
    ],
    [
      { code: 'column-field-taken', field: 'text', takenBy: 'Recommendation' },
      'holds text, which column "Recommendation" already holds; map one of them elsewhere with --map, or to "-"',
    ],
    [
      { code: 'status-is-rag', value: 'Amber' },
      'found "Amber", expected a status: not started, ongoing, paused or complete; Amber is a RAG rating: put it in a RAG column, or use --map to read this column as update.rag',
    ],
    [
      { code: 'update-lacks-status' },
      'an update needs its status (not started, ongoing, paused or complete); add a status column, or map one with --map',
    ],
    [
      { code: 'update-lacks-text' },
      'an update needs its text (what was done); add a column for it, or map one with --map',
    ],
    [{ code: 'text-column-missing' }, 'no column holds the recommendation\'s text; name it with --map "<column>=text"'],
  ])('%j', (fact, sentence) => {
    expect(sheetFactInWords(fact)).toBe(sentence);
  });
  test('a sheet problem keeps its row and column', () => {
    expect(sheetProblemInWords({ row: 3, code: 'update-lacks-text' })).toEqual({
      row: 3,
      message: 'an update needs its text (what was done); add a column for it, or map one with --map',
    });
  });
});
