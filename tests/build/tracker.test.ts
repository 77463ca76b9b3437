/** The tracker pages, scrutiny calendar and exports of the example site agree with the content. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { parse } from 'csv-parse/sync';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { exampleCouncilDir, exampleDist, testAsOf } from '../helpers/paths.ts';
import { recommendationColumns } from '../../src/lib/exports.ts';
import { recommendationStatus } from '../../src/lib/recommendations.ts';
import { reportSchema, isPublicReport } from '../../src/schemas/report.ts';

const read = (p: string) => readFileSync(path.join(exampleDist, p), 'utf8');
const reportsDir = path.join(exampleCouncilDir, 'reports');
const reports = readdirSync(reportsDir).map((f) => ({
  id: path.basename(f, '.mdx'),
  data: reportSchema.parse(yaml.load(/^---\n([\s\S]*?)\n---/.exec(readFileSync(path.join(reportsDir, f), 'utf8'))![1]!)),
}));
const publicReports = reports.filter((r) => isPublicReport(r.data));
const expectedRecs = publicReports.flatMap((r) => r.data.recommendations.map((rec) => ({ report: r.id, id: rec.id, status: recommendationStatus(rec, testAsOf) })));

describe('tracker', () => {
  test('lists every recommendation of every public report, overdue first', () => {
    const html = read('reports/tracker/index.html');
    const links = [...html.matchAll(/href="\/reports\/([^/]+)\/#recommendation-([^"]+)"/g)].map((m) => `${m[1]}/${m[2]}`);
    expect([...links].sort()).toEqual(expectedRecs.map((r) => `${r.report}/${r.id}`).sort());
    const overdue = expectedRecs.filter((r) => r.status === 'overdue').map((r) => `${r.report}/${r.id}`);
    expect(overdue.length).toBeGreaterThan(0);
    expect(new Set(links.slice(0, overdue.length))).toEqual(new Set(overdue));
  });

  test('every status in the example has its own filter page with just those rows', () => {
    const statuses = [...new Set(expectedRecs.map((r) => r.status))];
    expect(statuses.length).toBeGreaterThanOrEqual(7);
    for (const status of statuses) {
      const html = read(`reports/tracker/status/${status}/index.html`);
      const count = [...html.matchAll(/#recommendation-/g)].length;
      expect(count, status).toBe(expectedRecs.filter((r) => r.status === status).length);
    }
  });
});

describe('exports', () => {
  test('the recommendations CSV has the documented columns and one row per public recommendation', () => {
    const rows = parse(read('exports/recommendations.csv'), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([...recommendationColumns]);
    expect(rows.map((r) => `${r.report_id}/${r.recommendation_id}:${r.status}`).sort()).toEqual(expectedRecs.map((r) => `${r.report}/${r.id}:${r.status}`).sort());
  });

  test('the JSON export lists the public reports only', () => {
    const data = JSON.parse(read('exports/reports.json')) as { asOf: string; reports: { report_id: string }[] };
    expect(data.asOf).toBe(testAsOf);
    expect(data.reports.map((r) => r.report_id).sort()).toEqual(publicReports.map((r) => r.id).sort());
  });
});

test('the scrutiny calendar parses and includes the follow-ups and the next annual scrutiny', () => {
  const calendar = new ICAL.Component(ICAL.parse(read('reports/calendar.ics')) as unknown[]);
  const summaries = calendar.getAllSubcomponents('vevent').map((v) => String(v.getFirstPropertyValue('summary')));
  expect(summaries.some((s) => s.startsWith('Annual crime and disorder scrutiny'))).toBe(true);
  expect(summaries.length).toBeGreaterThan(2);
});
