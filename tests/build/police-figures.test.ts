/**
 * The police.uk figures in real builds: the example site's overview draws static SVG with a data
 * table, the period and the licence line, and no inline style or script; a tree without figures
 * says so; a damaged figures file stops the build, naming the file; `npm run check` holds the
 * file to its own account.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { astroBuild, contentCheck } from '../helpers/astro-build.ts';
import { exampleCouncilDir, exampleDist, outputRoot, projectRoot, testAsOf } from '../helpers/paths.ts';
import { makeTree, problemLines } from '../helpers/trees.ts';
import { runImport } from '../../src/node/run-police-import.ts';

const licence = 'Contains public sector information licensed under the Open Government Licence v3.0';
const mainOf = (html: string) => /<main[\s\S]*<\/main>/.exec(html)?.[0] ?? '';

describe('the example figures page', () => {
  const html = () => readFileSync(path.join(exampleDist, 'figures/index.html'), 'utf8');

  test('draws the council-wide chart and the areas compared, as images with text', () => {
    const main = mainOf(html());
    const images = [...main.matchAll(/<svg[^>]*role="img"[^>]*>\s*<title[^>]*>([^<]+)<\/title>/g)].map((m) => m[1]);
    expect(images).toHaveLength(2);
    expect(images[0]).toMatch(
      /^Line chart of anti-social behaviour, .* by month in Wiltshire, October 2018 to February 2019\./,
    );
    expect(images[1]).toMatch(
      /^Bar chart of anti-social behaviour incidents by community area, October 2018 to February 2019, largest first: /,
    );
    expect(main).toMatch(/<svg[^>]*viewBox="0 0 320 \d+"[^>]*width="100%"/);
  });

  test('gives every figure in tables with captions and header cells, the period and the source', () => {
    const main = mainOf(html());
    expect(main).toMatch(/<caption[^>]*>Anti-social behaviour and crimes by month, Wiltshire<\/caption>/);
    expect(main).toMatch(/<th scope="row"[^>]*>Anti-social behaviour<\/th>(<td[^>]*>[\d,]+<\/td>){6}/);
    expect(main).toContain('<time datetime="2018-10"');
    expect(main).toMatch(
      /Period: <time datetime="2018-10"[^>]*>October 2018<\/time> to <time datetime="2019-02"[^>]*>February 2019<\/time>/,
    );
    expect(main).toContain(licence);
    expect(main).toMatch(/<a href="https:\/\/data\.police\.uk\/"/);
    const areaRows = main.match(/<th scope="row"[^>]*><a href="\/areas\/[a-z-]+\/"/g) ?? [];
    expect(areaRows.length).toBeGreaterThan(0);
  });

  test('has no inline style and no script: the CSP allows neither', () => {
    const page = html();
    expect(page).not.toMatch(/\sstyle="/);
    expect(page).not.toContain('<style');
    expect(page).not.toContain('<script');
  });
});

describe('fixture trees', () => {
  test('without figures, the overview says none have been imported', async () => {
    const tree = makeTree('police-none');
    const dist = path.join(outputRoot, 'police-none-dist');
    const result = await astroBuild(tree, dist);
    expect(result.code, result.output).toBe(0);
    expect(mainOf(readFileSync(path.join(dist, 'figures/index.html'), 'utf8'))).toContain(
      'No figures have been imported yet.',
    );
  });

  test('a figures file whose sums do not add up stops the build, naming the file and the month', async () => {
    const tree = makeTree('police-broken');
    const data = JSON.parse(readFileSync(path.join(exampleCouncilDir, 'data/police-uk.json'), 'utf8')) as {
      months: Record<string, { rows: number }>;
    };
    data.months['2018-10']!.rows += 1;
    mkdirSync(path.join(tree, 'councils/wiltshire/data'), { recursive: true });
    writeFileSync(path.join(tree, 'councils/wiltshire/data/police-uk.json'), JSON.stringify(data));
    const result = await astroBuild(tree, path.join(outputRoot, 'police-broken-dist'));
    expect(result.code).not.toBe(0);
    // The integrity check stops the build before any page is made, one line per broken sum.
    expect(problemLines(result.output)).toEqual(
      expect.arrayContaining([
        'tests/.output/trees/police-broken/councils/wiltshire/data/police-uk.json: months.2018-10: the files add up to 5058 rows (2018-10-wiltshire-street.csv 5058), expected rows (5059)',
        'tests/.output/trees/police-broken/councils/wiltshire/data/police-uk.json: months.2018-10: forceWide adds up to 5058, expected rows (5059)',
        'tests/.output/trees/police-broken/councils/wiltshire/data/police-uk.json: months.2018-10: rows (5059) should equal inCouncil + noLocation + outsideCouncil (3073 + 0 + 1985)',
      ]),
    );
  });

  test('npm run check holds the figures file to its own account: files against rows, no month after today', async () => {
    const tree = makeTree('police-account');
    type Month = { rows: number; files: { rows: number; partial?: true }[] };
    const data = JSON.parse(readFileSync(path.join(exampleCouncilDir, 'data/police-uk.json'), 'utf8')) as {
      months: Record<string, Month>;
    };
    data.months['2018-11']!.files[0]!.rows -= 10;
    data.months['2031-01'] = structuredClone(data.months['2018-10']!);
    mkdirSync(path.join(tree, 'councils/wiltshire/data'), { recursive: true });
    writeFileSync(path.join(tree, 'councils/wiltshire/data/police-uk.json'), JSON.stringify(data));
    const result = await contentCheck(tree, [], { CST_AS_OF: testAsOf });
    expect(result.code).toBe(1);
    const file = 'tests/.output/trees/police-account/councils/wiltshire/data/police-uk.json';
    expect(problemLines(result.output)).toEqual([
      `${file}: months.2018-11: the files add up to 4730 rows (2018-11-wiltshire-street.csv 4730), expected rows (4740)`,
      `${file}: months.2031-01: found a month after today (${testAsOf}); expected months police.uk has published`,
    ]);
  });

  test('a part month, imported with --allow-partial, is a warning in npm run check and says so on the figures page', async () => {
    const tree = makeTree('police-partial');
    const council = path.join(tree, 'councils/wiltshire');
    const cut = path.join(outputRoot, 'police-partial-2018-10-street.csv');
    writeFileSync(
      cut,
      readFileSync(
        path.join(projectRoot, 'tests/fixtures/police-uk/street/2018-10-wiltshire-street.csv'),
        'utf8',
      ).slice(0, 200_000),
    );
    const lines: string[] = [];
    const print = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) };
    const imported = await runImport(
      [
        cut,
        '--content',
        tree,
        '--council',
        'wiltshire',
        '--lookup',
        path.join(council, 'data/ons-lsoa-ward-lookup.csv'),
        '--allow-partial',
      ],
      print,
    );
    expect(imported, lines.join('\n')).toBe(0);
    const result = await contentCheck(tree, [], { CST_AS_OF: testAsOf });
    expect(result.code, result.output).toBe(0);
    expect(result.output).toContain(
      'tests/.output/trees/police-partial/councils/wiltshire/data/police-uk.json: months.2018-10: a part month: its file was cut short and imported with --allow-partial; import the whole file with --replace when police.uk has it',
    );
    const dist = path.join(outputRoot, 'police-partial-dist');
    const built = await astroBuild(tree, dist);
    expect(built.code, built.output).toBe(0);
    // Any run of whitespace reads as one space, as a browser shows it.
    expect(mainOf(readFileSync(path.join(dist, 'figures/index.html'), 'utf8')).replaceAll(/\s+/g, ' ')).toMatch(
      /<strong[^>]*>Incomplete:<\/strong> the police\.uk file for October 2018 was cut short, so the figures for that month are lower than the force recorded\./,
    );
  });
});
