/**
 * The exports' addresses, resolved against each bundled council's built site: every site address in
 * every CSV and JSON export is a page (and, with a #fragment, a place on the page) that exists.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { siteUrlOf, unresolved } from '../helpers/feed-links.ts';
import { councilDist, exampleContent, exampleCouncil, otherCouncils } from '../helpers/paths.ts';

const exportFiles = ['exports/recommendations.csv', 'exports/reports.csv', 'exports/reports.json'];

/** Every string in a parsed JSON value, however deep. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

/** Every cell or value of an export that is an address on the site. */
function siteAddressesIn(file: string, siteUrl: string): string[] {
  const text = readFileSync(file, 'utf8');
  const values = file.endsWith('.json') ? stringsIn(JSON.parse(text)) : (parse(text) as string[][]).flat();
  return values.filter((v) => v.startsWith(siteUrl));
}

describe.each([exampleCouncil, ...otherCouncils])('%s exports', (council) => {
  const dist = councilDist(council);
  const siteUrl = siteUrlOf(path.join(exampleContent, 'councils', council));

  test.each(exportFiles)('every site address in %s resolves to a built page', (file) => {
    const full = path.join(dist, file);
    expect(existsSync(full), file).toBe(true);
    const addresses = siteAddressesIn(full, siteUrl);
    expect(addresses.map((a) => unresolved(dist, siteUrl, a)).filter(Boolean)).toEqual([]);
  });

  test('every row of every export has its url, pointing at its own report', () => {
    const csvRows = (file: string) =>
      parse(readFileSync(path.join(dist, file), 'utf8'), { columns: true }) as Record<string, string>[];
    const json = JSON.parse(readFileSync(path.join(dist, 'exports/reports.json'), 'utf8')) as {
      reports: Record<string, string>[];
      recommendations: Record<string, string>[];
    };
    const rows = [
      ...csvRows('exports/recommendations.csv'),
      ...csvRows('exports/reports.csv'),
      ...json.reports,
      ...json.recommendations,
    ];
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const own = `${siteUrl}reports/${row.report_id}/`;
      const where = `${row.report_id} ${row.recommendation_id ?? ''}`;
      if (row.recommendation_id === undefined) expect(row.url, where).toBe(own);
      else expect(row.url!.startsWith(`${own}#recommendation-`), `${where}: ${row.url}`).toBe(true);
    }
  });
});

test('the example exports hold the addresses written out here', () => {
  const csv = parse(readFileSync(path.join(councilDist(exampleCouncil), 'exports/reports.csv'), 'utf8'), {
    columns: true,
  }) as Record<string, string>[];
  expect(csv.map((r) => r.url)).toEqual([
    'https://community-safety.example.org/reports/example-night-time-economy-task-group-2026/',
    'https://community-safety.example.org/reports/example-annual-crime-and-disorder-scrutiny-2025/',
    'https://community-safety.example.org/reports/example-withdrawn-town-centre-pspo-review/',
    'https://community-safety.example.org/reports/partnerships-task-group-2011/',
  ]);
});
