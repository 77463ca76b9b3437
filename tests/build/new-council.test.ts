/**
 * npm run new:council starts a council that passes the check and builds, from the real ONS lookup:
 * one area per ward, or the wards grouped by a mapping file, and refuses bad input.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { astroBuild, contentCheck, runNodeScript } from '../helpers/astro-build.ts';
import { htmlPages } from '../helpers/dist.ts';
import { nationalDir, outputRoot, projectRoot } from '../helpers/paths.ts';
import { warningLines } from '../helpers/trees.ts';

const lookup = path.join(
  projectRoot,
  'tests/fixtures/police-uk/LSOA11_to_WD18_subset_wiltshire_devon_cornwall_kent.csv',
);
const read = (file: string) => readFileSync(file, 'utf8');

/** A content root with the national layer and no councils. */
function emptyRoot(name: string): string {
  const root = path.join(outputRoot, 'trees', name);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(path.join(root, 'councils'), { recursive: true });
  cpSync(nationalDir, path.join(root, 'national'), { recursive: true });
  return root;
}

const newCouncil = (root: string, args: string[]) =>
  runNodeScript('scripts/new-council.ts', [...args, '--content', root]);

describe('a council started with one area per ward', () => {
  const root = emptyRoot('new-council');
  const dir = path.join(root, 'councils/plymouth-test');
  let output = '';

  beforeAll(async () => {
    const result = await newCouncil(root, [
      'plymouth-test',
      '--name',
      'Plymouth City Council',
      '--lad',
      'E06000026',
      '--police-force',
      'Devon & Cornwall Police',
      '--lookup',
      lookup,
    ]);
    expect(result.code, result.output).toBe(0);
    output = result.output;
  });

  test('writes the folder, with every ward of the lookup as an area', () => {
    expect(output).toContain(
      '20 wards from tests/fixtures/police-uk/LSOA11_to_WD18_subset_wiltshire_devon_cornwall_kent.csv (WD18CD), 161 LSOAs, in 20 areas',
    );
    for (const file of [
      'site.yaml',
      'partnership.yaml',
      'services.yaml',
      'CHECKLIST.md',
      'contacts/plymouth-test-council.mdx',
      'data/ons-lsoa-ward-lookup.csv',
      'reports/.gitkeep',
      'overlays/powers/.gitkeep',
    ])
      expect(existsSync(path.join(dir, file)), file).toBe(true);
    const areas = readdirSync(path.join(dir, 'areas')).sort();
    expect(areas).toHaveLength(20);
    expect(areas).toContain('st-peter-and-the-waterfront.yaml');
    expect(read(path.join(dir, 'areas/st-peter-and-the-waterfront.yaml'))).toContain(
      '  - { code: E05002094, name: "St Peter and the Waterfront" }',
    );
  });

  test("copies exactly the council's rows of the lookup, header first", () => {
    const text = read(path.join(dir, 'data/ons-lsoa-ward-lookup.csv'));
    expect(text.endsWith('14402\r\n') || text.includes('14402\r\n'), "keeps the lookup file's CRLF line ends").toBe(
      true,
    );
    const lines = text.trim().split('\r\n');
    expect(lines[0]).toBe('LSOA11CD,LSOA11NM,WD18CD,WD18NM,WD18NMW,LAD18CD,LAD18NM,FID');
    expect(lines).toHaveLength(162);
    expect(lines.slice(1).every((line) => line.split(',')[5] === 'E06000026')).toBe(true);
    expect(lines).toContain('E01015157,Plymouth 029D,E05002094,St Peter and the Waterfront,,E06000026,Plymouth,14402');
  });

  test('names the place from the lookup and maps the national helplines, leaving the rest to fill in', () => {
    expect(read(path.join(dir, 'site.yaml'))).toMatch(/^place: "Plymouth"$/m);
    const services = read(path.join(dir, 'services.yaml'));
    expect(services).toMatch(/^emergency: \[emergency-999\]$/m);
    expect(services).toMatch(/^domestic-abuse-helpline: \[national-domestic-abuse-helpline, mens-advice-line\]$/m);
    expect(services).toMatch(/^council-switchboard: \[plymouth-test-council\]$/m);
    expect(services).toMatch(/^# council-asb: \[\] # to fill in: Council anti-social behaviour team$/m);
  });

  test('passes npm run check, which lists what is left to fill in as warnings', async () => {
    const result = await contentCheck(root, ['--council', 'plymouth-test']);
    expect(result.code, result.output).toBe(0);
    expect(result.output).toMatch(/Checked \d+ entries for plymouth-test: no problems/);
    const shown = path.relative(projectRoot, dir).split(path.sep).join('/');
    expect(warningLines(result.output)).toEqual(
      expect.arrayContaining([
        `${shown}/partnership.yaml: title: still says "To fill in"; write the council's own fact here, with its source (see CHECKLIST.md)`,
        `${shown}/services.yaml: council-asb: no contact provides "Council anti-social behaviour team", which 19 national entries name as a lead (such as ${path.relative(projectRoot, root).split(path.sep).join('/')}/national/powers/acceptable-behaviour-contract.mdx); their pages show no local contact for it until you add the ids of the contacts that provide it`,
      ]),
    );
  });

  test('builds a whole site, with its wards and the search index', async () => {
    const dist = path.join(outputRoot, 'new-council-dist');
    const result = await astroBuild(root, dist, undefined, 'plymouth-test');
    expect(result.code, result.output).toBe(0);
    expect(htmlPages(dist).length).toBeGreaterThan(150);
    expect(read(path.join(dist, 'areas/index.html'))).toContain('<h1>Wards</h1>');
    expect(read(path.join(dist, 'partnership/index.html'))).toContain('No plan is recorded here yet.');
    expect(existsSync(path.join(dist, 'pagefind/pagefind.js'))).toBe(true);
  });

  test('refuses to write over a council that exists', async () => {
    const result = await newCouncil(root, [
      'plymouth-test',
      '--name',
      'Plymouth City Council',
      '--lad',
      'E06000026',
      '--police-force',
      'Devon & Cornwall Police',
      '--lookup',
      lookup,
    ]);
    expect(result.code).toBe(1);
    expect(result.output).toContain('councils/plymouth-test already exists; choose another id, or edit that folder');
  });
});

describe('a council whose wards are grouped into areas by a mapping file', () => {
  const root = emptyRoot('new-council-areas');
  // Beside the content folder, not in it: the check refuses files it does not use.
  const mapping = path.join(outputRoot, 'new-council-areas.csv');
  // As a user types it, relative to the project: messages name the file as it was given.
  const mappingArg = path.relative(projectRoot, mapping);

  test('writes one area per group, with its area board, and checks', async () => {
    const wards = read(lookup)
      .split('\n')
      .filter((l) => l.includes(',E06000035,'))
      .map((l) => l.split(',')[2]!);
    const unique = [...new Set(wards)].sort();
    expect(unique).toHaveLength(22);
    const rows = unique.map((code, i) =>
      i < 11 ? `${code},north,North Medway,North Area Board` : `${code},south,South Medway,South Area Board`,
    );
    writeFileSync(mapping, `ward_code,area_id,area_name,area_board\n${rows.join('\n')}\n`);
    const result = await newCouncil(root, [
      'medway-test',
      '--name',
      'Medway Council',
      '--lad',
      'E06000035',
      '--police-force',
      'Kent Police',
      '--lookup',
      lookup,
      '--areas',
      mappingArg,
    ]);
    expect(result.code, result.output).toBe(0);
    const dir = path.join(root, 'councils/medway-test');
    expect(readdirSync(path.join(dir, 'areas')).sort()).toEqual(['north.yaml', 'south.yaml']);
    const north = read(path.join(dir, 'areas/north.yaml'));
    expect(north).toContain('areaBoard: "North Area Board"');
    expect(north.match(/^ {2}- \{ code: E05/gm)).toHaveLength(11);
    expect(read(path.join(dir, 'site.yaml'))).toMatch(/^areaKind: community-area$/m);
    const check = await contentCheck(root, ['--council', 'medway-test']);
    expect(check.code, check.output).toBe(0);
  });

  test('a mapping that leaves out a ward, repeats one or names a ward of another council is refused with its lines', async () => {
    const wards = [
      ...new Set(
        read(lookup)
          .split('\n')
          .filter((l) => l.includes(',E06000035,'))
          .map((l) => l.split(',')[2]!),
      ),
    ].sort();
    const rows = [
      ...wards.slice(0, 20).map((code) => `${code},all,All of Medway`),
      `${wards[0]},all,All of Medway`,
      'E05002094,all,All of Medway',
    ];
    writeFileSync(mapping, `ward_code,area_id,area_name\n${rows.join('\n')}\n`);
    const result = await newCouncil(root, [
      'medway-bad',
      '--name',
      'Medway Council',
      '--lad',
      'E06000035',
      '--police-force',
      'Kent Police',
      '--lookup',
      lookup,
      '--areas',
      mappingArg,
    ]);
    expect(result.code).toBe(1);
    const shown = path.relative(projectRoot, mapping).split(path.sep).join('/');
    expect(result.output.trim().split('\n')).toEqual([
      `${shown}: line 22: ward_code: E05002249 is already in an area on line 2; each ward goes in one area`,
      `${shown}: line 23: ward_code: found "E05002094", expected a ward of this council in the lookup`,
      `${shown}: missing 2 of the council's wards; expected every ward in one area, also: E05002269 (Walderslade), E05002270 (Watling)`,
    ]);
    expect(existsSync(path.join(root, 'councils/medway-bad'))).toBe(false);
  });
});

describe('bad arguments', () => {
  const root = emptyRoot('new-council-bad');
  test.each([
    [
      ['--name', 'Nowhere Council', '--lad', 'E06000026', '--lookup', lookup],
      'expected one council id, such as "camden"; found none',
    ],
    [
      ['Bad_Id', '--name', 'X', '--lad', 'E06000026', '--lookup', lookup],
      'id: found "Bad_Id", expected lower-case words joined by hyphens, such as "camden"',
    ],
    [
      ['nowhere', '--name', 'Nowhere Council', '--lad', 'E0600002', '--lookup', lookup],
      '--lad: found "E0600002", expected an ONS local authority code such as E06000026',
    ],
    [
      ['nowhere', '--lad', 'E06000026', '--police-force', 'Devon & Cornwall Police', '--lookup', lookup],
      '--name is missing; expected the council\'s name, such as "Plymouth City Council"',
    ],
    [
      ['nowhere', '--name', 'Nowhere Council', '--lad', 'E06000026', '--lookup', lookup],
      '--police-force is missing; expected the police force as police.uk files name it in "Falls within", such as "Devon & Cornwall Police" (give it once per force)',
    ],
  ])('%j is refused: %s', async (args, message) => {
    const result = await newCouncil(root, args);
    expect(result.code).toBe(2);
    expect(result.output).toContain(message);
  });

  test('a code the lookup does not hold is refused, and nothing is written', async () => {
    const result = await newCouncil(root, [
      'nowhere',
      '--name',
      'Nowhere Council',
      '--lad',
      'E06000099',
      '--police-force',
      'Devon & Cornwall Police',
      '--lookup',
      lookup,
    ]);
    expect(result.code).toBe(1);
    expect(result.output).toContain(`--lad: E06000099 has no rows in ${lookup}`);
    expect(existsSync(path.join(root, 'councils/nowhere'))).toBe(false);
  });
});
