/**
 * The police.uk figures in real builds: the example site's overview draws static SVG with a data
 * table, the period and the licence line, and no inline style or script; a tree without figures
 * says so; a damaged figures file stops the build, naming the file.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { astroBuild } from '../helpers/astro-build.ts';
import { exampleCouncilDir, exampleDist, outputRoot } from '../helpers/paths.ts';
import { makeTree, problemLines } from '../helpers/trees.ts';

const licence = 'Contains public sector information licensed under the Open Government Licence v3.0';
const mainOf = (html: string) => /<main[\s\S]*<\/main>/.exec(html)?.[0] ?? '';

describe('the example figures page', () => {
  const html = () => readFileSync(path.join(exampleDist, 'figures/index.html'), 'utf8');

  test('draws the council-wide chart and the areas compared, as images with text', () => {
    const main = mainOf(html());
    const images = [...main.matchAll(/<svg[^>]*role="img"[^>]*>\s*<title[^>]*>([^<]+)<\/title>/g)].map((m) => m[1]);
    expect(images).toHaveLength(2);
    expect(images[0]).toMatch(/^Line chart of anti-social behaviour, .* by month in Wiltshire, October 2018 to February 2019\./);
    expect(images[1]).toMatch(/^Bar chart of anti-social behaviour incidents by community area, October 2018 to February 2019, largest first: /);
    expect(main).toMatch(/<svg[^>]*viewBox="0 0 320 \d+"[^>]*width="100%"/);
  });

  test('gives every figure in tables with captions and header cells, the period and the source', () => {
    const main = mainOf(html());
    expect(main).toMatch(/<caption[^>]*>Anti-social behaviour and crimes by month, Wiltshire<\/caption>/);
    expect(main).toMatch(/<th scope="row"[^>]*>Anti-social behaviour<\/th>(<td[^>]*>[\d,]+<\/td>){6}/);
    expect(main).toContain('<time datetime="2018-10"');
    expect(main).toMatch(/Period: <time datetime="2018-10"[^>]*>October 2018<\/time> to <time datetime="2019-02"[^>]*>February 2019<\/time>/);
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
    expect(mainOf(readFileSync(path.join(dist, 'figures/index.html'), 'utf8'))).toContain('No figures have been imported yet.');
  });

  test('a figures file whose sums do not add up stops the build, naming the file and the month', async () => {
    const tree = makeTree('police-broken');
    const data = JSON.parse(readFileSync(path.join(exampleCouncilDir, 'data/police-uk.json'), 'utf8')) as { months: Record<string, { rows: number }> };
    data.months['2018-10']!.rows += 1;
    mkdirSync(path.join(tree, 'councils/wiltshire/data'), { recursive: true });
    writeFileSync(path.join(tree, 'councils/wiltshire/data/police-uk.json'), JSON.stringify(data));
    const result = await astroBuild(tree, path.join(outputRoot, 'police-broken-dist'));
    expect(result.code).not.toBe(0);
    // The integrity check stops the build before any page is made, one line per broken sum.
    expect(problemLines(result.output)).toEqual(
      expect.arrayContaining([
        'tests/.output/trees/police-broken/councils/wiltshire/data/police-uk.json: months.2018-10: forceWide adds up to 5058, expected rows (5059)',
        'tests/.output/trees/police-broken/councils/wiltshire/data/police-uk.json: months.2018-10: rows (5059) should equal inCouncil + noLocation + outsideCouncil (3073 + 0 + 1985)',
      ]),
    );
  });
});
