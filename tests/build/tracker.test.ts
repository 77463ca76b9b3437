/**
 * The tracker pages, scrutiny calendar and exports of the example site agree with the content.
 * Expected statuses are written out here, worked out by hand from the report files as of the
 * tests' date (2026-12-01), not computed by the code under test.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { exampleDist, testAsOf } from '../helpers/paths.ts';

const read = (p: string) => readFileSync(path.join(exampleDist, p), 'utf8');
const annual = 'example-annual-crime-and-disorder-scrutiny-2025';
const nightTime = 'example-night-time-economy-task-group-2026';
const partnerships = 'partnerships-task-group-2011';
/** Every recommendation of every public report, most urgent first, as the tracker lists them. */
const expectedRecs = [
  // Due 2026-06-30, accepted, no update saying it is complete.
  { report: annual, id: 'R4', status: 'overdue' },
  // No response recorded, long past the response period.
  { report: annual, id: 'R1', status: 'no-response' },
  { report: nightTime, id: 'R3', status: 'no-response' },
  ...['a', 'b', 'c', 'd', 'e'].map((id) => ({ report: partnerships, id, status: 'no-response' })),
  // Accepted (or partly), with an update saying "ongoing" and the due date still to come.
  { report: annual, id: 'R6', status: 'ongoing' },
  { report: nightTime, id: 'R2', status: 'ongoing' },
  { report: annual, id: 'R3', status: 'ongoing' },
  // Accepted, no update yet, due in 2027.
  { report: annual, id: 'R2', status: 'accepted' },
  { report: nightTime, id: 'R1', status: 'accepted' },
  // Its last update (2026-09-08) says complete.
  { report: annual, id: 'R5', status: 'complete' },
  { report: annual, id: 'R7', status: 'rejected' },
] as const;
const statusCounts = { overdue: 1, 'no-response': 7, ongoing: 3, accepted: 2, complete: 1, rejected: 1 };
const publicReportIds = [nightTime, annual, 'example-withdrawn-town-centre-pspo-review', partnerships];

describe('tracker', () => {
  test('lists every recommendation of every public report, the most urgent first', () => {
    const html = read('reports/tracker/index.html');
    const links = [...html.matchAll(/href="\/reports\/([^/]+)\/#recommendation-([^"]+)"/g)].map(
      (m) => `${m[1]}/${m[2]}`,
    );
    expect(links).toEqual(expectedRecs.map((r) => `${r.report}/${r.id}`));
  });

  test('shows the SCRAIP and York columns', () => {
    const html = read('reports/tracker/index.html');
    const headers = [...html.matchAll(/<th scope="col"[^>]*>([^<]+)<\/th>/g)].map((m) => m[1]);
    expect(headers).toEqual([
      'Reference',
      'Report',
      'Recommendation',
      'Cabinet member',
      'Response',
      'Timetable',
      'Lead officer',
      'Latest action',
      'Status and RAG',
      'Next update',
    ]);
  });

  test('every status in the example has its own filter page with just those rows', () => {
    for (const [status, count] of Object.entries(statusCounts)) {
      const html = read(`reports/tracker/status/${status}/index.html`);
      const links = [...html.matchAll(/href="\/reports\/([^/]+)\/#recommendation-([^"]+)"/g)].map(
        (m) => `${m[1]}/${m[2]}`,
      );
      expect(links, status).toHaveLength(count);
      expect(links, status).toEqual(expectedRecs.filter((r) => r.status === status).map((r) => `${r.report}/${r.id}`));
    }
  });

  test('filter pages by RAG, owner, committee and year exist and are linked from the tracker', () => {
    const html = read('reports/tracker/index.html');
    for (const page of [
      'reports/tracker/rag/amber/',
      'reports/tracker/owner/head-of-community-safety/',
      'reports/tracker/year/2011/',
      'reports/tracker/committee/overview-and-scrutiny-management-committee/',
    ]) {
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
    // The columns the exports page documents, in order: any change here is a change for the people who use the file.
    expect(Object.keys(rows[0]!)).toEqual([
      'report_id',
      'report_title',
      'report_published',
      'recommendation_id',
      'text',
      'to',
      'owner',
      'due',
      'response_decision',
      'response_date',
      'status',
      'latest_update_date',
      'latest_update',
      'url',
      'committee',
      'report_date',
      'cabinet_member',
      'response_text',
      'response_by',
      'timetable',
      'latest_update_status',
      'rag',
      'next_update',
      'must_respond',
      'response_requested',
      'response_timing',
      'agreed',
      'origin',
      'portfolio',
    ]);
    expect(rows.map((r) => `${r.report_id}/${r.recommendation_id}:${r.status}`)).toEqual(
      expectedRecs.map((r) => `${r.report}/${r.id}:${r.status}`),
    );
  });

  test('the JSON export lists the public reports only', () => {
    const data = JSON.parse(read('exports/reports.json')) as { asOf: string; reports: { report_id: string }[] };
    expect(data.asOf).toBe(testAsOf);
    // The draft and the exempt report are left out; the withdrawn one stays, with its reason.
    expect(data.reports.map((r) => r.report_id)).toEqual(publicReportIds);
  });
});

test('the scrutiny calendar parses and lists the next annual scrutiny and every date still to come', () => {
  const calendar = new ICAL.Component(ICAL.parse(read('reports/calendar.ics')) as unknown[]);
  const events = calendar
    .getAllSubcomponents('vevent')
    .map((v) => `${String(v.getFirstPropertyValue('dtstart'))} ${String(v.getFirstPropertyValue('summary'))}`);
  const annualTitle = 'Example: annual crime and disorder scrutiny of the Community Safety Partnership, 2025';
  const nightTimeTitle = 'Example: night-time economy task group, 2026';
  // The annual scrutiny is a year after the last (2025-11-12), so overdue on 2026-12-01; dates
  // already past (R4's due date, the annual report's follow-up) are not listed.
  expect(events).toEqual([
    '2026-11-12 Annual crime and disorder scrutiny (overdue)',
    `2026-12-31 Recommendation R2 due: ${nightTimeTitle}`,
    `2026-12-31 Recommendation R6 due: ${annualTitle}`,
    `2027-01-08 Follow-up due: ${nightTimeTitle}`,
    `2027-01-31 Recommendation R3 due: ${annualTitle}`,
    `2027-01-31 Update on recommendation R6 due: ${annualTitle}`,
    `2027-03-31 Recommendation R1 due: ${nightTimeTitle}`,
    `2027-03-31 Recommendation R2 due: ${annualTitle}`,
  ]);
});
