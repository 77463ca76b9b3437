/** The single readers of the police figures file, site.yaml and the ONS lookup, on real files. */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { describeIssue, policeFiguresFile, readPoliceFile } from '../../src/node/police-file.ts';
import { loadSite, readSiteYaml, siteSettingsFile } from '../../src/node/site-settings.ts';
import { readCouncilLookup, readWardLookup } from '../../src/node/ward-lookup.ts';
import { outputRoot, projectRoot } from '../helpers/paths.ts';

const scratch = path.join(outputRoot, 'node-readers');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
function write(name: string, text: string): string {
  mkdirSync(scratch, { recursive: true });
  const file = path.join(scratch, name);
  writeFileSync(file, text);
  return file;
}

describe('readPoliceFile', () => {
  test('the figures file sits in the council folder under data/', () => {
    expect(policeFiguresFile('/x/councils/kent')).toBe(path.join('/x/councils/kent', 'data/police-uk.json'));
  });
  test('a valid file: its figures', () => {
    const read = readPoliceFile(path.join(projectRoot, 'content/councils/wiltshire/data/police-uk.json'));
    expect(read.status).toBe('valid');
    if (read.status === 'valid') expect(read.data.council).toEqual({ code: 'E06000054', name: 'Wiltshire' });
  });
  test('no file, a file that is not JSON, and JSON that is not a figures file are told apart', () => {
    expect(readPoliceFile(path.join(scratch, 'none.json'))).toEqual({ status: 'absent' });
    expect(readPoliceFile(write('broken.json', '{"format": 1,'))).toMatchObject({ status: 'not-json' });
    const invalid = readPoliceFile(write('wrong.json', '{"format": 2}'));
    expect(invalid.status).toBe('invalid');
    if (invalid.status === 'invalid') {
      expect(invalid.json).toEqual({ format: 2 });
      expect(invalid.issues.map(describeIssue)).toContain('format: Invalid input: expected 1');
    }
  });
});

describe('site.yaml', () => {
  const council = path.join(projectRoot, 'tests/fixtures/good/councils/wiltshire');
  test('is read with dates kept as the text written', () => {
    expect(siteSettingsFile(council)).toBe(path.join(council, 'site.yaml'));
    const raw = readSiteYaml(council) as { accessibility: { lastTested: unknown }; localAuthorityCode: unknown };
    expect(raw.localAuthorityCode).toBe('E06000054');
    expect(raw.accessibility.lastTested).toBe('2026-11-23');
    expect(loadSite(council).url).toBe('https://community-safety.example.org/');
  });
  test('no site.yaml reads as nothing', () => {
    expect(readSiteYaml(scratch)).toBeUndefined();
  });
});

describe('the ONS lookup', () => {
  const header = 'LSOA11CD,LSOA11NM,WD18CD,WD18NM,LAD18CD,LAD18NM';
  test('columns are found by name, in any order', () => {
    const file = write(
      'lookup.csv',
      `${header}\nE01000001,A 001,E05000001,North,E06000054,Wiltshire\nE01000002,A 002,E05000001,North,E06000054,Wiltshire\nE01000003,B 001,E05000009,Elsewhere,E06000099,Other\n`,
    );
    expect(readWardLookup(file, 'lookup.csv', 'E06000054')).toEqual({
      file: 'lookup.csv',
      localAuthority: 'E06000054',
      wards: new Map([['E05000001', 'North']]),
    });
    expect(readCouncilLookup(file, 'E06000054')).toMatchObject({
      wardColumn: 'WD18CD',
      localAuthorityName: 'Wiltshire',
      wards: [{ code: 'E05000001', name: 'North', lsoas: 2 }],
    });
  });
  test('a lookup without a ward column is refused, naming the file, as the importer refuses it', () => {
    const file = write('no-ward.csv', 'LSOA11CD,LAD18CD,LAD18NM\nE01000001,E06000054,Wiltshire\n');
    expect(() => readWardLookup(file, 'data/no-ward.csv', 'E06000054')).toThrow(
      'data/no-ward.csv has no column such as "WD18CD" and no column such as "WD18NM"; expected an ONS LSOA-to-ward lookup with columns such as LSOA11CD, WD18CD, WD18NM, LAD18CD and LAD18NM',
    );
  });
});
