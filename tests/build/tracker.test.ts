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
import { recommendationAnchor, reportSchema } from '../../src/schemas/report.ts';
import { isPublicReport } from '../../src/lib/public-reports.ts';
import { siteSchema } from '../../src/schemas/site.ts';

const read = (p: string) => readFileSync(path.join(exampleDist, p), 'utf8');
const reportsDir = path.join(exampleCouncilDir, 'reports');
const periods = siteSchema.parse(yaml.load(readFileSync(path.join(exampleCouncilDir, 'site.yaml'), 'utf8'))).scrutinyResponsePeriods;
const reports = readdirSync(reportsDir).map((f) => ({
  id: path.basename(f, '.mdx'),
  data: reportSchema.parse(yaml.load(/^---\n([\s\S]*?)\n---/.exec(readFileSync(path.join(reportsDir, f), 'utf8'))![1]!)),
}));
const publicReports = reports.filter((r) => isPublicReport(r.data));
const expectedRecs = publicReports.flatMap((r) =>
  r.data.recommendations.map((rec) => ({ report: r.id, id: rec.id, anchor: recommendationAnchor(rec.id), status: recommendationStatus(rec, { report: r.data, periods, asOf: testAsOf }) })),
);
const urgent = ['response-overdue', 'overdue'];

describe('tracker', () => {
  test('lists every recommendation of every public report, the most urgent first', () => {
    const html = read('reports/tracker/index.html');
    const links = [...html.matchAll(/href="\/reports\/([^/]+)\/#recommendation-([^"]+)"/g)].map((m) => `${m[1]}/${m[2]}`);
    expect([...links].sort()).toEqual(expectedRecs.map((r) => `${r.report}/${r.anchor}`).sort());
    const first = expectedRecs.filter((r) => urgent.includes(r.status)).map((r) => `${r.report}/${r.anchor}`);
    expect(first.length).toBeGreaterThan(0);
    expect(new Set(links.slice(0, first.length))).toEqual(new Set(first));
  });

  test('shows the SCRAIP and York columns', () => {
    const html = read('reports/tracker/index.html');
    const headers = [...html.matchAll(/<th scope="col"[^>]*>([^<]+)<\/th>/g)].map((m) => m[1]);
    expect(headers).toEqual(['Reference', 'Report', 'Recommendation', 'Cabinet member', 'Response', 'Timetable', 'Lead officer', 'Latest action', 'Status and RAG', 'Next update']);
  });

  test('every status in the example has its own filter page with just those rows', () => {
    const statuses = [...new Set(expectedRecs.map((r) => r.status))];
    expect(statuses.length).toBeGreaterThanOrEqual(6);
    for (const status of statuses) {
      const html = read(`reports/tracker/status/${status}/index.html`);
      const count = [...html.matchAll(/#recommendation-/g)].length;
      expect(count, status).toBe(expectedRecs.filter((r) => r.status === status).length);
    }
  });

  test('filter pages by RAG, owner, committee and year exist and are linked from the tracker', () => {
    const html = read('reports/tracker/index.html');
    for (const page of ['reports/tracker/rag/amber/', 'reports/tracker/owner/head-of-community-safety/', 'reports/tracker/year/2011/', 'reports/tracker/committee/overview-and-scrutiny-management-committee/']) {
      expect(html, page).toContain(`href="/${page}"`);
      expect(read(`${page}index.html`)).toContain('<table class="tracker"');
    }
    // The 2011 report names no lead officer: no owner page is made up for "not stated".
    expect(html).not.toMatch(/owner\/not-stated/);
  });

  test('RAG is never shown by colour alone', () => {
    const html = read('reports/tracker/rag/amber/index.html');
    expect(html).toMatch(/rag--amber[^>]*>.*RAG: Amber/s);
  });

  test('says where the response periods come from and what is not confirmed', () => {
    const html = read('reports/tracker/index.html');
    expect(html).toContain('https://www.legislation.gov.uk/ukpga/2000/22/section/9FE');
    expect(html).toContain('could not confirm whether the law');
    expect(html).toContain('(not confirmed)');
  });

  test('unknown facts say "Not stated in the report", never a placeholder', () => {
    const html = read('reports/partnerships-task-group-2011/index.html');
    expect(html).toContain('Not stated in the report');
    expect(html).toContain('<time datetime="2010-03">March 2010</time>');
    expect(html).not.toContain('2010-03-01');
    expect(html).not.toContain('2011-09-24');
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
