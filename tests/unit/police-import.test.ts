/**
 * The police.uk importer on the real files in tests/fixtures/police-uk: its totals match the
 * counts in street-stats.json (taken with a plain CSV reader), and variants of a real file made
 * here (reordered columns, CRLF, BOM, quotes, cut short, bad rows, wrong kinds of file) give the
 * expected counts and messages. Then the command itself: byte-identical output, months replaced.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, test } from 'vitest';
import { addCounts } from '../../src/lib/police-counts.ts';
import type { CouncilGeography } from '../../src/lib/police-geography.ts';
import type { FileTally } from '../../src/lib/police-data.ts';
import { readCouncilGeography, readStreetFile } from '../../src/node/police-import.ts';
import { policeDataSchema } from '../../src/schemas/police-data.ts';
import { outputRoot, projectRoot } from '../helpers/paths.ts';

const fixtures = path.join(projectRoot, 'tests/fixtures/police-uk');
const lookup = path.join(fixtures, 'LSOA11_to_WD18_subset_wiltshire_devon_cornwall_kent.csv');
const streetFile = (name: string) => path.join(fixtures, 'street', name);
const work = path.join(outputRoot, 'police-import');

interface FileStats {
  sha256: string;
  rows: number;
  asb: number;
  months: string[];
  no_lsoa_rows: number;
  crime_types: Record<string, number>;
  top_lsoa_name_prefixes: Record<string, number>;
}
const stats = JSON.parse(readFileSync(path.join(fixtures, 'street-stats.json'), 'utf8')) as Record<string, FileStats>;

/** The unitary council each force's files are tested against, with its name as LSOA names start. */
const councils = { wiltshire: { code: 'E06000054', name: 'Wiltshire' }, 'devon-and-cornwall': { code: 'E06000026', name: 'Plymouth' }, kent: { code: 'E06000035', name: 'Medway' } } as const;
const councilOf = (file: string) => councils[file.replace(/^\d{4}-\d{2}-(.*)-street\.csv$/, '$1') as keyof typeof councils];

const geographies = new Map<string, CouncilGeography>();
beforeAll(async () => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  for (const { code } of Object.values(councils)) {
    const result = await readCouncilGeography(lookup, code, []);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    geographies.set(code, result.geography);
  }
});

async function tallyFile(file: string, council = 'E06000054'): Promise<FileTally & { sha256: string }> {
  const geography = geographies.get(council)!;
  const result = await readStreetFile(file, (lsoa) => geography.places.get(lsoa));
  if (!result.ok) throw new Error(result.message);
  return { ...result.read.tally, sha256: result.read.sha256 };
}

async function refusal(file: string): Promise<string> {
  const result = await readStreetFile(file, () => undefined);
  if (result.ok) throw new Error(`${file} was not refused`);
  return result.message;
}

const forceWide = (t: FileTally) => addCounts(...[...t.months.values()].map((m) => Object.fromEntries(m.forceWide)));

describe.each(Object.keys(stats))('%s', (name) => {
  test('totals match street-stats.json', async () => {
    const expected = stats[name]!;
    const council = councilOf(name);
    const t = await tallyFile(streetFile(name), council.code);
    expect(t.sha256).toBe(expected.sha256);
    expect(t.rows).toBe(expected.rows);
    expect(t.asb).toBe(expected.asb);
    expect(t.noLocation).toBe(expected.no_lsoa_rows);
    expect(t.malformed).toBe(0);
    expect([...t.months.keys()]).toEqual(expected.months);
    expect(forceWide(t)).toEqual(expected.crime_types);
    // The lookup places in the council exactly the rows whose LSOA name starts with its name.
    expect(t.inCouncil).toBe(expected.top_lsoa_name_prefixes[council.name]);
    expect(t.outsideCouncil).toBe(expected.rows - expected.no_lsoa_rows - t.inCouncil);
  });
});

describe('variants of a real file', () => {
  const name = '2018-10-wiltshire-street.csv';
  const original = readFileSync(streetFile(name), 'utf8');
  const records = parse(original) as string[][];
  const expected = stats[name]!;
  const write = (file: string, text: string) => {
    const full = path.join(work, file);
    writeFileSync(full, text);
    return full;
  };
  const csv = (rows: string[][], eol = '\n', quoteAll = false) =>
    rows.map((r) => r.map((f) => (quoteAll || /[",\r\n]/.test(f) ? `"${f.replaceAll('"', '""')}"` : f)).join(',')).join(eol) + eol;
  const summary = (t: FileTally) => ({ rows: t.rows, asb: t.asb, inCouncil: t.inCouncil, noLocation: t.noLocation, outsideCouncil: t.outsideCouncil, malformed: t.malformed });
  const full = { rows: expected.rows, asb: expected.asb, inCouncil: 3073, noLocation: 0, outsideCouncil: 1985, malformed: 0 };

  test.each([
    ['columns reversed', () => csv(records.map((r) => [...r].reverse()))],
    ['CRLF line ends', () => original.replaceAll('\n', '\r\n')],
    ['a BOM before a header that starts with Month', () => `\uFEFF${csv(records.map((r) => [r[1]!, ...r.slice(0, 1), ...r.slice(2)]))}`],
    ['every field quoted', () => csv(records, '\r\n', true)],
    ['blank lines', () => original.replace('\n', '\n\n\n') + '\n\n'],
  ])('%s: the same counts', async (_variant, make) => {
    const t = await tallyFile(write(`${_variant.replaceAll(' ', '-')}.csv`, make()));
    expect(summary(t)).toEqual(full);
    expect(forceWide(t)).toEqual(expected.crime_types);
  });

  test('a truncated last line is one malformed row, on the last line', async () => {
    const text = original.trimEnd();
    const lastLine = text.slice(text.lastIndexOf('\n') + 1);
    const t = await tallyFile(write('truncated.csv', `${text.slice(0, text.lastIndexOf('\n') + 1)}${lastLine.split(',').slice(0, 3).join(',')},Wilts`));
    expect(t.rows).toBe(expected.rows);
    expect(t.malformed).toBe(1);
    expect(t.malformedRows).toEqual([{ line: expected.rows + 1, reason: 'found 4 fields, expected 12 (a line cut short?)' }]);
    expect(t.inCouncil + t.noLocation + t.outsideCouncil).toBe(expected.rows - 1);
  });

  test('a row with too few fields is reported with its line, after blank lines too', async () => {
    const lines = original.split('\n');
    lines.splice(50, 0, ''); // a blank line 51
    lines.splice(100, 0, '2018-10,Wiltshire Police'); // line 101
    const t = await tallyFile(write('short-row.csv', lines.join('\n')));
    expect(summary(t)).toEqual({ ...full, rows: expected.rows + 1, malformed: 1 });
    expect(t.malformedRows).toEqual([{ line: 101, reason: 'found 2 fields, expected 12 (a line cut short?)' }]);
  });

  test('a quote never closed at the end is one malformed row spanning its lines', async () => {
    const t = await tallyFile(write('open-quote.csv', `${original},2018-10,Wiltshire Police,"On or near\nthe end`));
    expect(t.rows).toBe(expected.rows + 1);
    expect(t.malformedRows).toEqual([{ line: expected.rows + 2, endLine: expected.rows + 3, reason: 'a quoted field is never closed (is the file cut short?)' }]);
  });

  test('a header without Crime type is refused, naming the file', async () => {
    const message = await refusal(write('no-crime-type.csv', csv(records.map((r) => r.filter((_, i) => i !== 9)))));
    expect(message).toMatch(/police-import\/no-crime-type\.csv looks like a street-level crime file but has no "Crime type" column; expected a street-level crime file \(the "-street\.csv" files\) with the columns Crime ID, Month,/);
  });

  test.each([
    ['2016-11-devon-and-cornwall-outcomes.EXCERPT.csv', /other-headers\/2016-11-devon-and-cornwall-outcomes\.EXCERPT\.csv looks like a police\.uk outcomes file \(it has an "Outcome type" column and no "Crime type"\); expected a street-level crime file/],
    ['2016-11-devon-and-cornwall-stop-and-search.EXCERPT.csv', /stop-and-search\.EXCERPT\.csv looks like a police\.uk stop-and-search file .*; expected a street-level crime file/],
  ])('%s is refused', async (file, message) => expect(await refusal(path.join(fixtures, 'other-headers', file))).toMatch(message));

  test('an empty file is refused', async () => expect(await refusal(write('empty.csv', ''))).toMatch(/empty\.csv is empty; expected a header line/));
  test('a missing file is refused', async () => expect(await refusal(path.join(work, 'nowhere.csv'))).toMatch(/nowhere\.csv cannot be read: ENOENT/));
});

describe('npm run import:police', { timeout: 60_000 }, () => {
  const areas = path.join(work, 'areas');
  const run = (...args: string[]) => {
    const result = spawnSync(process.execPath, [path.join(projectRoot, 'scripts/import-police.ts'), ...args, '--lookup', lookup, '--lad', 'E06000054', '--areas', areas], { cwd: projectRoot, encoding: 'utf8' });
    return { code: result.status, out: result.stdout, err: result.stderr };
  };
  const wiltshire = (month: string) => streetFile(`${month}-wiltshire-street.csv`);
  beforeAll(() => {
    mkdirSync(areas, { recursive: true });
    writeFileSync(path.join(areas, 'chippenham.yaml'), 'title: Chippenham\nwards:\n  - { code: E05008345, name: Chippenham Cepen Park and Derriads }\n  - { code: E05008350, name: Chippenham Monkton }\n');
    writeFileSync(path.join(areas, 'calne.yaml'), 'title: Calne\nwards:\n  - { code: E05008340, name: Calne Central }\n');
  });

  test('prints the accounting and writes a valid file; the same inputs in another order give the same bytes', () => {
    const one = path.join(work, 'one.json');
    const other = path.join(work, 'other.json');
    const first = run(wiltshire('2018-10'), wiltshire('2018-11'), wiltshire('2018-12'), '--out', one);
    expect(first.code, first.err).toBe(0);
    expect(first.out).toMatch(/^2018-10-wiltshire-street\.csv\s+5,058\s+1,389\s+3,073\s+0\s+1,985\s+0$/m);
    expect(first.out).toMatch(/^total\s+14,607\s+/m);
    expect(first.out).toContain('Wrote tests/.output/police-import/one.json: 3 months (2018-10 to 2018-12).');
    expect(run(wiltshire('2018-12'), wiltshire('2018-10'), wiltshire('2018-11'), '--out', other).code).toBe(0);
    expect(readFileSync(other, 'utf8')).toBe(readFileSync(one, 'utf8'));
    const data = policeDataSchema.parse(JSON.parse(readFileSync(one, 'utf8')));
    expect(Object.keys(data.months)).toEqual(['2018-10', '2018-11', '2018-12']);
    expect(Object.keys(data.months['2018-10']!.areas)).toEqual(['calne', 'chippenham']);
  });

  test('months imported again are replaced, not double-counted', () => {
    const once = path.join(work, 'once.json');
    const twice = path.join(work, 'twice.json');
    expect(run(wiltshire('2018-10'), wiltshire('2018-11'), wiltshire('2018-12'), '--out', once).code).toBe(0);
    expect(run(wiltshire('2018-10'), wiltshire('2018-11'), '--out', twice).code).toBe(0);
    const again = run(wiltshire('2018-11'), wiltshire('2018-12'), '--out', twice);
    expect(again.out).toContain('Replaced months already imported: 2018-11.');
    expect(again.out).toContain('Kept months imported before: 2018-10.');
    expect(readFileSync(twice, 'utf8')).toBe(readFileSync(once, 'utf8'));
  });

  test('a wrong kind of file among the inputs stops the import and writes nothing', () => {
    const out = path.join(work, 'refused.json');
    const result = run(wiltshire('2018-10'), path.join(fixtures, 'other-headers/2016-11-devon-and-cornwall-outcomes.EXCERPT.csv'), '--out', out);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/Refused: tests\/fixtures\/police-uk\/other-headers\/2016-11-devon-and-cornwall-outcomes\.EXCERPT\.csv looks like a police\.uk outcomes file/);
    expect(result.err).toContain('Nothing was written: 1 of 2 files refused.');
    expect(existsSync(out)).toBe(false);
  });

  test('the same file twice is refused', () => {
    writeFileSync(path.join(work, 'copy-street.csv'), readFileSync(wiltshire('2018-10')));
    const result = run(wiltshire('2018-10'), path.join(work, 'copy-street.csv'), '--out', path.join(work, 'copy.json'));
    expect(result.code).toBe(1);
    // Files are read in path order, so the copy under tests/.output comes first.
    expect(result.err).toContain('Refused: tests/fixtures/police-uk/street/2018-10-wiltshire-street.csv has the same content as tests/.output/police-import/copy-street.csv');
  });

  test('a folder is searched for -street.csv files; a council not in the lookup is refused', () => {
    const result = run(path.join(fixtures, 'other-headers'));
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/no "-street\.csv" files found/);
    const wrong = spawnSync(process.execPath, [path.join(projectRoot, 'scripts/import-police.ts'), wiltshire('2018-10'), '--lookup', lookup, '--lad', 'E06000001', '--areas', areas], { cwd: projectRoot, encoding: 'utf8' });
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toMatch(/LSOA11_to_WD18_subset_wiltshire_devon_cornwall_kent\.csv has no LSOAs in council E06000001; expected one of the \d+ council codes it holds \(E06000026, /);
  });
});
