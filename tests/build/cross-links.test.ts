/** Links that must run both ways in the built example, and area pages that match the ONS lookup. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { exampleCouncilDir, exampleDist, nationalDir } from '../helpers/paths.ts';

const layerOf = (folder: string) =>
  ['powers', 'problems', 'legislation'].includes(folder) ? nationalDir : exampleCouncilDir;
const content = (folder: string) =>
  readdirSync(path.join(layerOf(folder), folder)).map((file) => {
    const text = readFileSync(path.join(layerOf(folder), folder, file), 'utf8');
    const front = file.endsWith('.yaml') ? text : /^---\n([\s\S]*?)\n---/.exec(text)![1]!;
    return {
      id: file.replace(/\.(mdx|yaml)$/, ''),
      data: yaml.load(front, { schema: yaml.CORE_SCHEMA }) as Record<string, unknown>,
    };
  });
const page = (p: string) => readFileSync(path.join(exampleDist, p, 'index.html'), 'utf8');

describe('powers and problems link both ways', () => {
  const problems = content('problems') as { id: string; data: { powers: { power: string }[] } }[];
  const pairs = problems.flatMap((p) => p.data.powers.map((fit) => [p.id, fit.power] as const));

  test.each(pairs)('problem %s <-> power %s', (problemId, powerId) => {
    expect(page(`problems/${problemId}`)).toContain(`href="/powers/${powerId}/"`);
    expect(page(`powers/${powerId}`)).toContain(`href="/problems/${problemId}/"`);
  });

  test('every power in force fits at least one problem, so the finder reaches it', () => {
    const fitted = new Set(pairs.map(([, power]) => power));
    const inForce = content('powers')
      .filter((p) => p.data.status === 'in-force')
      .map((p) => p.id);
    expect(inForce.filter((id) => !fitted.has(id))).toEqual([]);
  });
});

describe('area pages and the ONS lookup', () => {
  const rows = parse(readFileSync(path.join(exampleCouncilDir, 'data/ons-lsoa-ward-lookup.csv')), {
    columns: true,
    bom: true,
  }) as Record<string, string>[];
  const areas = content('areas') as { id: string; data: { wards: { code: string }[] } }[];

  test.each(areas.map((a) => [a.id, a] as const))('%s lists each ward with exactly its LSOAs', (id, area) => {
    const html = page(`areas/${id}`);
    for (const ward of area.data.wards) {
      const lsoas = rows
        .filter((r) => r.WD18CD === ward.code)
        .map((r) => r.LSOA11CD!)
        .sort();
      expect(lsoas.length, ward.code).toBeGreaterThan(0);
      expect(html).toContain(`<td>${ward.code}</td><td>${lsoas.join(', ')}</td>`);
    }
  });
});
