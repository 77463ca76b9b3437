/**
 * `npm run import:tracker` on real files: the example site's own export reads back with no change
 * (CSV and XLSX), real SCRAIP and York sheets import with an account that adds up, and every
 * refusal names the row and column and writes nothing.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeEach, describe, expect, test } from 'vitest';
import { contentCheck, runNodeScript } from '../helpers/astro-build.ts';
import { exampleContent, exampleDist, outputRoot, projectRoot } from '../helpers/paths.ts';
import { xlsxWorkbook, type XlsxCell } from '../helpers/xlsx.ts';

const tree = path.join(outputRoot, 'import-tracker');
const content = path.join(tree, 'content');
const councilDir = path.join(content, 'councils/wiltshire');
const sheets = path.join(projectRoot, 'tests/fixtures/trackers');
const rel = (p: string) => path.relative(projectRoot, p).split(path.sep).join('/');
const importTracker = (args: string[]) =>
  runNodeScript('scripts/import-tracker.ts', [...args, '--content', rel(content)], { ASTRO_TELEMETRY_DISABLED: '1' });

/** Every file of the council's folder, by path, to prove that nothing was written. */
function snapshot(): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, name.name);
      if (name.isDirectory()) walk(full);
      else files.set(path.relative(councilDir, full), readFileSync(full, 'utf8'));
    }
  };
  walk(councilDir);
  return files;
}

beforeEach(() => {
  rmSync(tree, { recursive: true, force: true });
  mkdirSync(tree, { recursive: true });
  cpSync(exampleContent, content, { recursive: true });
});

describe("round trip: the site's export imports back with no change", () => {
  const exported = readFileSync(path.join(exampleDist, 'exports/recommendations.csv'), 'utf8');
  const rows = parse(exported, { columns: true }) as Record<string, string>[];
  const reportIds = [...new Set(rows.map((r) => r.report_id!))];

  test('CSV, for every public report', async () => {
    const file = path.join(tree, 'recommendations.csv');
    writeFileSync(file, exported);
    const before = snapshot();
    for (const id of reportIds) {
      const result = await importTracker([file, '--report', id]);
      const count = rows.filter((r) => r.report_id === id).length;
      expect(result.output, id).toContain(`rows for other reports, left alone: ${rows.length - count}`);
      expect(result.output, id).toContain(`recommendations unchanged: ${count}`);
      expect(result.output, id).toContain('Nothing changed, so nothing was written.');
      expect(result.code, result.output).toBe(0);
    }
    expect(snapshot()).toEqual(before);
  });

  test('XLSX with real date cells', async () => {
    const table = parse(exported) as string[][];
    const dated = new Set([
      'due',
      'response_date',
      'latest_update_date',
      'next_update',
      'response_requested',
      'agreed',
    ]);
    const header = table[0]!;
    // A full date becomes an Excel date cell, as a spreadsheet program would store it.
    const cells: XlsxCell[][] = table.map((row, r) =>
      row.map((cell, c) =>
        r > 0 && dated.has(header[c]!) && /^\d{4}-\d{2}-\d{2}$/.test(cell) ? new Date(`${cell}T00:00:00Z`) : cell,
      ),
    );
    const file = path.join(tree, 'recommendations.xlsx');
    writeFileSync(file, xlsxWorkbook(cells));
    const before = snapshot();
    const id = 'example-annual-crime-and-disorder-scrutiny-2025';
    const result = await importTracker([file, '--report', id]);
    expect(result.output).toContain(`recommendations unchanged: ${rows.filter((r) => r.report_id === id).length}`);
    expect(result.code, result.output).toBe(0);
    expect(snapshot()).toEqual(before);
  });
});

describe('importing real trackers', () => {
  test('a real SCRAIP (CSV) makes a new draft report and its roles, which pass the check', async () => {
    const result = await importTracker([
      path.join(sheets, 'scraip-classic-maidstone-strategic-plan-2014.csv'),
      '--report',
      'strategic-plan-refresh-2014',
      '--title',
      'Strategic Plan Refresh 2014-15',
    ]);
    expect(result.code, result.output).toBe(0);
    expect(result.output).toContain(
      'Read tests/fixtures/trackers/scraip-classic-maidstone-strategic-plan-2014.csv: 4 rows.',
    );
    expect(result.output).toMatch(
      /: 4 rows\.\n {2}recommendations added: 4\n {2}recommendations changed: 0\n {2}recommendations unchanged: 0\n/,
    );
    expect(result.output).toContain('Recommendation ids from the labels printed at the start of each recommendation.');
    expect(result.output).toContain('  angela-woodhouse: "Angela Woodhouse"');
    const written = readFileSync(path.join(councilDir, 'reports/strategic-plan-refresh-2014.mdx'), 'utf8');
    expect(written).toContain('title: "Strategic Plan Refresh 2014-15"');
    expect(written).toContain('status: draft');
    expect(written).toContain(
      [
        '  - id: d',
        '    text: References to the Autumn Statement 2012 are updated within the Strategic Plan to 2013.',
        '    cabinetMember: councillor-moss-the-leader',
        '    leadOfficer: angela-woodhouse',
        '    timetable: Completed',
        '    response:',
        '      text: Agreed',
      ].join('\n'),
    );
    expect(readFileSync(path.join(councilDir, 'roles.yaml'), 'utf8')).toContain(
      'angela-woodhouse:\n  title: Angela Woodhouse\n  kind: officer\n',
    );
    const check = await contentCheck(content);
    expect(check.output).toMatch(/no problems/);
    // Importing the same sheet again changes nothing.
    const again = await importTracker([
      path.join(sheets, 'scraip-classic-maidstone-strategic-plan-2014.csv'),
      '--report',
      'strategic-plan-refresh-2014',
    ]);
    expect(again.output).toContain('recommendations unchanged: 4');
    expect(again.output).toContain('Nothing changed, so nothing was written.');
  });

  test('a York-style tracker from an XLSX, with a RAG column mapped in', async () => {
    const cells: XlsxCell[][] = [
      [
        'Reference',
        'Origin',
        'Date',
        'Area',
        'Recommendation',
        'Exec Date',
        'Lead Officer/EM',
        'Action taken',
        'Status',
        'RAG',
      ],
      [
        'SR (25/26) 01',
        'CRP',
        new Date(Date.UTC(2026, 0, 1)),
        'Finance',
        'Full text of the recommendation.',
        new Date(Date.UTC(2026, 1, 1)),
        'DM/PL/KL',
        'Actions agreed.',
        'Ongoing',
        'Amber',
      ],
      [
        'SR (23/24) 19',
        'CSMC',
        '01/04/24',
        'Governance',
        'That ABC be completed.',
        '01/05/24',
        'JP/CD',
        'Paused because of capacity.',
        'Paused',
        'Red',
      ],
    ];
    const file = path.join(tree, 'york.xlsx');
    writeFileSync(file, xlsxWorkbook(cells));
    const result = await importTracker([file, '--report', 'york-tracker', '--update-date', '2026-11-30']);
    expect(result.code, result.output).toBe(0);
    const written = readFileSync(path.join(councilDir, 'reports/york-tracker.mdx'), 'utf8');
    expect(written).toContain(
      [
        '  - id: SR (23/24) 19',
        '    text: That ABC be completed.',
        '    agreed: 2024-04-01',
        '    origin: CSMC',
        '    portfolio: Governance',
        '    leadOfficer: jp-cd',
        '    response:',
        '      date: 2024-05-01',
        '    updates:',
        '      - date: 2026-11-30',
        '        text: Paused because of capacity.',
        '        status: paused',
        '        rag: red',
      ].join('\n'),
    );
    expect(written).toContain('    agreed: 2026-01-01');
  });
});

describe('refusals name the row and column, and nothing is written', () => {
  test.each([
    [
      'york-tracker-draft-example-2026.csv',
      [],
      ['row 6, column "Status": found "e.g. Paused", expected a status: not started, ongoing, paused or complete'],
    ],
    [
      'scraip-2023-variant-maidstone-safety-in-town-centre.csv',
      [],
      ['row 1, column "Financial impacts": unknown column; name what it holds with --map'],
    ],
    [
      'york-layout-SAMPLE-reshaped-community-safety.csv',
      [],
      [
        'row 2: an update needs its status (not started, ongoing, paused or complete)',
        'row 6: an update needs its status',
      ],
    ],
  ])('%s', async (name, maps, expected) => {
    const before = snapshot();
    const result = await importTracker([
      path.join(sheets, name),
      '--report',
      'example-annual-crime-and-disorder-scrutiny-2025',
      ...maps.flatMap((m) => ['--map', m]),
    ]);
    expect(result.code).toBe(1);
    for (const line of expected) expect(result.output).toContain(line);
    expect(result.output).toContain('Nothing was written.');
    expect(snapshot()).toEqual(before);
  });

  test('a sheet that would break the report (two ids, one address) is refused as the check would', async () => {
    const file = path.join(tree, 'clash.csv');
    writeFileSync(file, 'Reference,Recommendation\n1(a),One.\n1 a,Two.\n');
    const before = snapshot();
    const result = await importTracker([file, '--report', 'example-annual-crime-and-disorder-scrutiny-2025']);
    expect(result.code).toBe(1);
    expect(result.output).toContain(
      'id: found "1 a", whose page address #recommendation-1-a is the same as recommendation 8 ("1(a)")\'s',
    );
    expect(snapshot()).toEqual(before);
  });

  test('--dry-run prints the account and writes nothing', async () => {
    const before = snapshot();
    const result = await importTracker([
      path.join(sheets, 'scraip-classic-maidstone-image-of-town-centre-2008.csv'),
      '--report',
      'image-of-maidstone-town-centre',
      '--dry-run',
    ]);
    expect(result.code, result.output).toBe(0);
    expect(result.output).toContain('recommendations added: 4');
    expect(result.output).toContain('Recommendation ids from row order (1 to 4), as the sheet has no id column.');
    expect(result.output).toContain('Dry run: nothing was written.');
    expect(snapshot()).toEqual(before);
    expect(existsSync(path.join(councilDir, 'reports/image-of-maidstone-town-centre.mdx'))).toBe(false);
  });
});
