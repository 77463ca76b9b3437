/**
 * The police.uk importer on the real files in tests/fixtures/police-uk: its totals match the
 * counts in street-stats.json (taken with a plain CSV reader), and variants of a real file made
 * here (reordered columns, CRLF, BOM, quotes, cut short, bad rows, wrong kinds of file) give the
 * expected counts and messages. Then the command itself, run in-process through runImport:
 * byte-identical output, and every damaged input refused with its exit code and the figures
 * file left as it was.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, test } from 'vitest';
import { addCounts } from '../../src/schemas/police-data.ts';
import type { CouncilGeography } from '../../src/lib/police/geography.ts';
import type { FileTally } from '../../src/lib/police/dataset.ts';
import { readCouncilGeography, readStreetFile } from '../../src/node/police-import.ts';
import { runImport } from '../../src/node/run-police-import.ts';
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

/** The unitary council each force's files are tested against, with its name as LSOA names start, and the force as "Falls within" names it. */
const councils = {
  wiltshire: { code: 'E06000054', name: 'Wiltshire', force: 'Wiltshire Police' },
  'devon-and-cornwall': { code: 'E06000026', name: 'Plymouth', force: 'Devon & Cornwall Police' },
  kent: { code: 'E06000035', name: 'Medway', force: 'Kent Police' },
} as const;
const councilOf = (file: string) =>
  councils[file.replace(/^\d{4}-\d{2}-(.*)-street\.csv$/, '$1') as keyof typeof councils];

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

async function tallyFile(
  file: string,
  council = 'E06000054',
  force = 'Wiltshire Police',
): Promise<FileTally & { sha256: string }> {
  const geography = geographies.get(council)!;
  const result = await readStreetFile(file, (lsoa) => geography.places.get(lsoa), { forces: [force] });
  if (!result.ok) throw new Error(result.message);
  return { ...result.read.tally, sha256: result.read.sha256 };
}

async function refusal(file: string): Promise<string> {
  const result = await readStreetFile(file, () => undefined, { forces: ['Wiltshire Police'] });
  if (result.ok) throw new Error(`${file} was not refused`);
  return result.message;
}

const forceWide = (t: FileTally) => addCounts(...[...t.months.values()].map((m) => Object.fromEntries(m.forceWide)));

describe.each(Object.keys(stats))('%s', (name) => {
  test('totals match street-stats.json', async () => {
    const expected = stats[name]!;
    const council = councilOf(name);
    const t = await tallyFile(streetFile(name), council.code, council.force);
    expect(t.sha256).toBe(expected.sha256);
    expect(t.rows).toBe(expected.rows);
    expect(t.asb).toBe(expected.asb);
    expect(t.noLocation).toBe(expected.no_lsoa_rows);
    expect(t.malformed).toBe(0);
    expect(t.refused).toBe(0);
    expect(t.cutShort).toBeUndefined();
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
    rows
      .map((r) => r.map((f) => (quoteAll || /[",\r\n]/.test(f) ? `"${f.replaceAll('"', '""')}"` : f)).join(','))
      .join(eol) + eol;
  const summary = (t: FileTally) => ({
    rows: t.rows,
    asb: t.asb,
    inCouncil: t.inCouncil,
    noLocation: t.noLocation,
    outsideCouncil: t.outsideCouncil,
    malformed: t.malformed,
  });
  const full = {
    rows: expected.rows,
    asb: expected.asb,
    inCouncil: 3073,
    noLocation: 0,
    outsideCouncil: 1985,
    malformed: 0,
  };

  test.each([
    ['columns reversed', () => csv(records.map((r) => [...r].reverse()))],
    ['CRLF line ends', () => original.replaceAll('\n', '\r\n')],
    [
      'a BOM before a header that starts with Month',
      () => `\uFEFF${csv(records.map((r) => [r[1]!, ...r.slice(0, 1), ...r.slice(2)]))}`,
    ],
    ['every field quoted', () => csv(records, '\r\n', true)],
    ['blank lines', () => original.replace('\n', '\n\n\n') + '\n\n'],
  ])('%s: the same counts', async (_variant, make) => {
    const t = await tallyFile(write(`${_variant.replaceAll(' ', '-')}.csv`, make()));
    expect(summary(t)).toEqual(full);
    expect(forceWide(t)).toEqual(expected.crime_types);
  });

  test('a truncated last line is one malformed row, on the last line, and marks the file cut short', async () => {
    const text = original.trimEnd();
    const lastLine = text.slice(text.lastIndexOf('\n') + 1);
    const t = await tallyFile(
      write(
        'truncated.csv',
        `${text.slice(0, text.lastIndexOf('\n') + 1)}${lastLine.split(',').slice(0, 3).join(',')},Wilts`,
      ),
    );
    expect(t.rows).toBe(expected.rows);
    expect(t.malformed).toBe(1);
    expect(t.malformedRows).toEqual([
      { line: expected.rows + 1, reason: 'found 4 fields, expected 12 (a line cut short?)' },
    ]);
    expect(t.inCouncil + t.noLocation + t.outsideCouncil).toBe(expected.rows - 1);
    expect(t.cutShort).toEqual({ line: expected.rows + 1, reason: 'found 4 fields, expected 12 (a line cut short?)' });
  });

  test('a file cut at the end of a field, with no final line break, is cut short', async () => {
    const t = await tallyFile(write('no-final-break.csv', original.trimEnd()));
    expect(t.malformed).toBe(0);
    expect(t.cutShort).toEqual({
      line: expected.rows + 1,
      reason: 'the file does not end with a line break, as every police.uk file does',
    });
  });

  test('a Kent file read for Wiltshire refuses its rows, with their lines', async () => {
    const geography = geographies.get('E06000054')!;
    const result = await readStreetFile(streetFile('2018-12-kent-street.csv'), (lsoa) => geography.places.get(lsoa), {
      forces: ['Wiltshire Police'],
    });
    expect(result.ok && [result.read.tally.refused, result.read.tally.rows, result.read.tally.refusedRows[0]]).toEqual([
      stats['2018-12-kent-street.csv']!.rows,
      0,
      {
        line: 2,
        reason:
          'Falls within: found "Kent Police", expected one of the council\'s forces (policeForces in site.yaml: "Wiltshire Police")',
      },
    ]);
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
    expect(t.malformedRows).toEqual([
      {
        line: expected.rows + 2,
        endLine: expected.rows + 3,
        reason: 'a quoted field is never closed (is the file cut short?)',
      },
    ]);
  });

  test('a header without Crime type is refused, naming the file', async () => {
    const message = await refusal(write('no-crime-type.csv', csv(records.map((r) => r.filter((_, i) => i !== 9)))));
    expect(message).toMatch(
      /police-import\/no-crime-type\.csv looks like a street-level crime file but has no "Crime type" column; expected a street-level crime file \(the "-street\.csv" files\) with the columns Crime ID, Month,/,
    );
  });

  test.each([
    [
      '2016-11-devon-and-cornwall-outcomes.EXCERPT.csv',
      /other-headers\/2016-11-devon-and-cornwall-outcomes\.EXCERPT\.csv looks like a police\.uk outcomes file \(it has an "Outcome type" column and no "Crime type"\); expected a street-level crime file/,
    ],
    [
      '2016-11-devon-and-cornwall-stop-and-search.EXCERPT.csv',
      /stop-and-search\.EXCERPT\.csv looks like a police\.uk stop-and-search file .*; expected a street-level crime file/,
    ],
  ])('%s is refused', async (file, message) =>
    expect(await refusal(path.join(fixtures, 'other-headers', file))).toMatch(message),
  );

  test('an empty file is refused', async () =>
    expect(await refusal(write('empty.csv', ''))).toMatch(/empty\.csv is empty; expected a header line/));
  test('a gzip file is refused in one readable line', async () => {
    const message = await refusal(write('2018-10-wiltshire-street.csv.gz', gzipSync(original) as unknown as string));
    expect(message).toBe(
      'tests/.output/police-import/2018-10-wiltshire-street.csv.gz is a gzip-compressed file, not a CSV file; expected a plain CSV file: decompress it first (gunzip)',
    );
  });
  test('a missing file is refused', async () =>
    expect(await refusal(path.join(work, 'nowhere.csv'))).toMatch(/nowhere\.csv cannot be read: ENOENT/));
});

/** Runs the importer in-process, as the command does, and captures what it prints. */
async function importPolice(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runImport(args, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('npm run import:police', { timeout: 120_000 }, () => {
  const areas = path.join(work, 'areas');
  const common = ['--lookup', lookup, '--lad', 'E06000054', '--areas', areas];
  const run = (...args: string[]) => importPolice(...args, ...common);
  const wiltshire = (month: string) => streetFile(`${month}-wiltshire-street.csv`);
  const original = readFileSync(wiltshire('2018-10'), 'utf8');
  const variant = (name: string, text: string | Buffer) => {
    const dir = path.join(work, 'variants');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, name), text);
    return path.join(dir, name);
  };
  /** A figures file holding 2018-10 and 2018-11, written fresh for a test, and its bytes. */
  const figures = async (name: string) => {
    const out = path.join(work, name);
    rmSync(out, { force: true });
    const first = await run(wiltshire('2018-10'), wiltshire('2018-11'), '--out', out);
    expect(first.code, first.err).toBe(0);
    return { out, before: readFileSync(out, 'utf8') };
  };
  beforeAll(() => {
    mkdirSync(areas, { recursive: true });
    writeFileSync(
      path.join(areas, 'chippenham.yaml'),
      'title: Chippenham\nwards:\n  - { code: E05008345, name: Chippenham Cepen Park and Derriads }\n  - { code: E05008350, name: Chippenham Monkton }\n',
    );
    writeFileSync(
      path.join(areas, 'calne.yaml'),
      'title: Calne\nwards:\n  - { code: E05008340, name: Calne Central }\n',
    );
  });

  test('prints the accounting and writes a valid file; the same inputs in another order give the same bytes', async () => {
    const one = path.join(work, 'one.json');
    const other = path.join(work, 'other.json');
    rmSync(one, { force: true });
    rmSync(other, { force: true });
    const first = await run(wiltshire('2018-10'), wiltshire('2018-11'), wiltshire('2018-12'), '--out', one);
    expect(first.code, first.err).toBe(0);
    expect(first.out).toContain('Forces: Wiltshire Police (policeForces in content/councils/wiltshire/site.yaml).');
    expect(first.out).toMatch(/^2018-10-wiltshire-street\.csv\s+5,058\s+1,389\s+3,073\s+0\s+1,985\s+0$/m);
    expect(first.out).toMatch(/^total\s+14,607\s+/m);
    expect(first.out).toContain('Wrote tests/.output/police-import/one.json: 3 months (2018-10 to 2018-12).');
    expect((await run(wiltshire('2018-12'), wiltshire('2018-10'), wiltshire('2018-11'), '--out', other)).code).toBe(0);
    expect(readFileSync(other, 'utf8')).toBe(readFileSync(one, 'utf8'));
    const data = policeDataSchema.parse(JSON.parse(readFileSync(one, 'utf8')));
    expect(Object.keys(data.months)).toEqual(['2018-10', '2018-11', '2018-12']);
    expect(Object.keys(data.months['2018-10']!.areas)).toEqual(['calne', 'chippenham']);
    expect(data.months['2018-10']!.files).toEqual([
      {
        name: '2018-10-wiltshire-street.csv',
        sha256: stats['2018-10-wiltshire-street.csv']!.sha256,
        rows: 5058,
        malformedRows: 0,
      },
    ]);
  });

  test('a month imported again is refused; with --replace it is replaced, not double-counted', async () => {
    const once = path.join(work, 'once.json');
    rmSync(once, { force: true });
    expect((await run(wiltshire('2018-10'), wiltshire('2018-11'), wiltshire('2018-12'), '--out', once)).code).toBe(0);
    const { out: twice, before } = await figures('twice.json');
    const again = await run(wiltshire('2018-11'), wiltshire('2018-12'), '--out', twice);
    expect(again.code).toBe(1);
    expect(again.err).toContain(
      "Refused: 2018-11 is already in tests/.output/police-import/twice.json (Wiltshire Police, from 2018-11-wiltshire-street.csv); expected each force's month once: to replace it, run again with --replace",
    );
    expect(readFileSync(twice, 'utf8')).toBe(before);
    const replaced = await run(wiltshire('2018-11'), wiltshire('2018-12'), '--out', twice, '--replace');
    expect(replaced.code, replaced.err).toBe(0);
    expect(replaced.out).toContain('Replaced months already imported: 2018-11.');
    expect(replaced.out).toContain('Kept months imported before: 2018-10.');
    expect(readFileSync(twice, 'utf8')).toBe(readFileSync(once, 'utf8'));
  });

  test.each([
    ['a CRLF copy', () => variant('crlf-street.csv', original.replaceAll('\n', '\r\n'))],
    ['a BOM copy', () => variant('bom-street.csv', `\uFEFF${original}`)],
  ])('the same month twice in one run, as %s, is refused even with --replace', async (_name, copy) => {
    const { out, before } = await figures('copies.json');
    const result = await run(copy(), wiltshire('2018-10'), '--out', out, '--replace');
    expect(result.code).toBe(1);
    expect(result.err).toMatch(
      /Refused: tests\/fixtures\/police-uk\/street\/2018-10-wiltshire-street\.csv holds 2018-10 rows reported by Wiltshire Police, as tests\/\.output\/police-import\/variants\/(crlf|bom)-street\.csv does; expected each force's month once/,
    );
    expect(result.err).toContain('Nothing was written: 0 of 2 files refused, 1 month given twice.');
    expect(readFileSync(out, 'utf8')).toBe(before);
  });

  test('a CRLF copy of a month imported in an earlier run is refused without --replace', async () => {
    const { out, before } = await figures('crlf-later.json');
    const result = await run(variant('crlf-street.csv', original.replaceAll('\n', '\r\n')), '--out', out);
    expect(result.code).toBe(1);
    expect(result.err).toContain(
      'Refused: 2018-10 is already in tests/.output/police-import/crlf-later.json (Wiltshire Police, from 2018-10-wiltshire-street.csv)',
    );
    expect(readFileSync(out, 'utf8')).toBe(before);
  });

  test('a truncated file is refused; with --allow-partial it is a part month, which never replaces a complete one', async () => {
    const { out, before } = await figures('truncated.json');
    const cut = variant('2018-12-cut-street.csv', readFileSync(wiltshire('2018-12'), 'utf8').slice(0, 500_000));
    const refused = await run(cut, '--out', out);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(
      /Refused: tests\/\.output\/police-import\/variants\/2018-12-cut-street\.csv line \d+: the file is cut short \(.*\), so its month is incomplete; expected the whole file: download it again, or run with --allow-partial/,
    );
    expect(readFileSync(out, 'utf8')).toBe(before);

    const partial = await run(cut, '--out', out, '--allow-partial');
    expect(partial.code, partial.err).toBe(0);
    const data = policeDataSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(data.months['2018-12']!.files[0]!.partial).toBe(true);

    const cutOctober = variant('2018-10-cut-street.csv', original.slice(0, 300_000));
    const over = await run(cutOctober, '--out', out, '--allow-partial', '--replace');
    expect(over.code).toBe(1);
    expect(over.err).toContain(
      "Refused: 2018-10 in tests/.output/police-import/truncated.json is complete and this import's file for it is cut short; a part month never replaces a complete one",
    );
  });

  test('a file of another force is refused with its lines', async () => {
    const { out, before } = await figures('foreign.json');
    const result = await run(streetFile('2018-12-kent-street.csv'), wiltshire('2018-12'), '--out', out);
    expect(result.code).toBe(1);
    expect(result.err).toContain(
      'Refused: tests/fixtures/police-uk/street/2018-12-kent-street.csv line 2: Falls within: found "Kent Police", expected one of the council\'s forces (policeForces in site.yaml: "Wiltshire Police")',
    );
    expect(result.err).toContain(
      'Refused: tests/fixtures/police-uk/street/2018-12-kent-street.csv: 8,433 more rows refused for the same reasons (only the first 5 are listed)',
    );
    expect(result.err).toContain('Nothing was written: 1 of 2 files refused.');
    expect(readFileSync(out, 'utf8')).toBe(before);
  });

  test('an unknown crime type is refused with its line', async () => {
    const { out, before } = await figures('crime-type.json');
    const lines = readFileSync(wiltshire('2018-12'), 'utf8').split('\n');
    lines[41] = lines[41]!.replace(
      /,(Anti-social behaviour|Burglary|Criminal damage and arson|Drugs|Other crime|Other theft|Public order|Shoplifting|Vehicle crime|Violence and sexual offences|Robbery|Bicycle theft|Possession of weapons|Theft from the person),/,
      ',Noisy parrots,',
    );
    const result = await run(variant('2018-12-parrots-street.csv', lines.join('\n')), '--out', out);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(
      /Refused: tests\/\.output\/police-import\/variants\/2018-12-parrots-street\.csv line 42: Crime type: found "Noisy parrots", expected one of police\.uk's crime types \(Anti-social behaviour, /,
    );
    expect(readFileSync(out, 'utf8')).toBe(before);
  });

  test.each(['Falls within', 'LSOA name'])('a file without the %s column is refused', async (column) => {
    const { out, before } = await figures('missing-column.json');
    const rows = parse(original) as string[][];
    const at = rows[0]!.indexOf(column);
    const text =
      rows
        .map((r) =>
          r
            .filter((_, i) => i !== at)
            .map((f) => (/[",]/.test(f) ? `"${f.replaceAll('"', '""')}"` : f))
            .join(','),
        )
        .join('\n') + '\n';
    const result = await run(variant(`no-${column.replace(' ', '-')}-street.csv`, text), '--out', out);
    expect(result.code).toBe(1);
    expect(result.err).toContain(
      `looks like a street-level crime file but has no "${column}" column; expected a street-level crime file`,
    );
    expect(readFileSync(out, 'utf8')).toBe(before);
  });

  test('a gzip file is refused in one readable line, and nothing is written', async () => {
    const { out, before } = await figures('gzip.json');
    const result = await run(
      variant('2018-12-wiltshire-street.csv.gz', gzipSync(readFileSync(wiltshire('2018-12')))),
      '--out',
      out,
    );
    expect(result.code).toBe(1);
    expect(result.err.split('\n')).toEqual([
      '',
      'Refused: tests/.output/police-import/variants/2018-12-wiltshire-street.csv.gz is a gzip-compressed file, not a CSV file; expected a plain CSV file: decompress it first (gunzip)',
      'Nothing was written: 1 of 1 files refused.',
    ]);
    expect(readFileSync(out, 'utf8')).toBe(before);
  });

  test('a wrong kind of file among the inputs stops the import and writes nothing', async () => {
    const out = path.join(work, 'refused.json');
    rmSync(out, { force: true });
    const result = await run(
      wiltshire('2018-10'),
      path.join(fixtures, 'other-headers/2016-11-devon-and-cornwall-outcomes.EXCERPT.csv'),
      '--out',
      out,
    );
    expect(result.code).toBe(1);
    expect(result.err).toMatch(
      /Refused: tests\/fixtures\/police-uk\/other-headers\/2016-11-devon-and-cornwall-outcomes\.EXCERPT\.csv looks like a police\.uk outcomes file/,
    );
    expect(result.err).toContain('Nothing was written: 1 of 2 files refused.');
    expect(existsSync(out)).toBe(false);
  });

  test('the same file twice is refused', async () => {
    writeFileSync(path.join(work, 'copy-street.csv'), readFileSync(wiltshire('2018-10')));
    const result = await run(
      wiltshire('2018-10'),
      path.join(work, 'copy-street.csv'),
      '--out',
      path.join(work, 'copy.json'),
    );
    expect(result.code).toBe(1);
    // Files are read in path order, so the copy under tests/.output comes first.
    expect(result.err).toContain(
      'Refused: tests/fixtures/police-uk/street/2018-10-wiltshire-street.csv has the same content as tests/.output/police-import/copy-street.csv',
    );
  });

  test('a folder is searched for -street.csv files; a council not in the lookup is refused', async () => {
    const result = await run(path.join(fixtures, 'other-headers'));
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/no "-street\.csv" files found/);
    const wrong = await importPolice(wiltshire('2018-10'), '--lookup', lookup, '--lad', 'E06000001', '--areas', areas);
    expect(wrong.code).toBe(1);
    expect(wrong.err).toMatch(
      /LSOA11_to_WD18_subset_wiltshire_devon_cornwall_kent\.csv has no LSOAs in council E06000001; expected one of the \d+ council codes it holds \(E06000026, /,
    );
  });

  test('the command passes its exit code and messages through', () => {
    const result = spawnSync(
      process.execPath,
      [path.join(projectRoot, 'scripts/import-police.ts'), wiltshire('2018-10'), '--lad', 'E06000054'],
      { cwd: projectRoot, encoding: 'utf8' },
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--lookup is missing; expected the ONS LSOA-to-ward lookup CSV');
  });
});
