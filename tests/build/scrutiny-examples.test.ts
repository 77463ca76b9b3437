/**
 * Real scrutiny papers and papers shaped like them (tests/fixtures/scrutiny-examples) pass the
 * check as entered, with nothing made up, and build into tracker pages that show them as they are.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, test } from 'vitest';
import { contentCheck, type BuildResult } from '../helpers/astro-build.ts';
import {
  buildScrutinyExamples,
  examplesCouncil,
  examplesDist as distFor,
  scrutinyExamplesTree,
} from '../helpers/scrutiny-examples.ts';

const examplesDist = distFor('scrutiny-examples-dist');
let tree: string;
let build: BuildResult;

beforeAll(async () => {
  tree = scrutinyExamplesTree();
  build = await buildScrutinyExamples(tree, examplesDist);
});

const read = (p: string) => readFileSync(path.join(examplesDist, p), 'utf8');
/** The visible text of a page's main element, tags stripped and spaces folded. */
const text = (p: string) =>
  read(p)
    .replace(/^[\s\S]*<main[^>]*>|<\/main>[\s\S]*$/g, '')
    .replace(/<\/(p|li|dt|dd|h\d|td|th|tr|div|section|ul|ol|dl|caption|summary|details)>|<br\s*\/?>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

test('the real papers and the shaped ones pass npm run check as entered', async () => {
  const result = await contentCheck(tree, ['--council', examplesCouncil]);
  expect(result.output).toMatch(/no problems/);
  expect(result.code).toBe(0);
});

test('and build', () => {
  expect(build.code, build.output).toBe(0);
  for (const id of [
    'maidstone-safety-in-the-town-centre-2023',
    'brent-knife-crime-task-group-2019',
    'bromsgrove-asb-and-alcohol-free-zones-2009',
    'cherwell-safer-communities-partnership-2025',
    'shaped-community-safety-review-2022',
  ])
    expect(existsSync(path.join(examplesDist, `reports/${id}/index.html`)), id).toBe(true);
});

describe('a report entered as the paper gives it', () => {
  test('dates as precise as the source: a month, a year, a day', () => {
    const page = text('reports/shaped-community-safety-review-2022/index.html');
    expect(page).toContain('Published September 2022');
    expect(page).toContain('Scoped 2022');
    expect(page).toContain('Call-in deadline 16 November 2022');
    expect(page).toContain('Decision on the recommendations 9 November 2022 (CAB 23/05)');
    expect(page).toContain('Follow-up due in six months (the report gives no date)');
    expect(read('reports/cherwell-safer-communities-partnership-2025/index.html')).toContain(
      '<time datetime="2025">2025</time>',
    );
  });

  test('an unknown chair is "Not stated in the report", never a placeholder', () => {
    expect(text('reports/shaped-community-safety-review-2022/index.html')).toContain('Chair Not stated in the report');
  });

  test('labels with slashes and brackets keep their printed form and get a safe address', () => {
    const html = read('reports/shaped-community-safety-review-2022/index.html');
    expect(html).toContain('id="recommendation-CSC-2012-01"');
    expect(html).toContain('id="recommendation-1-a"');
    expect(text('reports/shaped-community-safety-review-2022/index.html')).toContain('Recommendation CSC/2012/01');
  });

  test('parts are listed under their recommendation, each with its own response in its own words', () => {
    const page = text('reports/shaped-community-safety-review-2022/index.html');
    expect(page).toContain(
      'i Name one contact for each victim. Response to this part: Accepted on 9 November 2022, by Cabinet Member for Communities (shaped example).',
    );
    expect(page).toContain(
      'ii Write to victims every month. Response to this part: Rejected on 9 November 2022. “Not affordable this year.”',
    );
    expect(page).toContain(
      'Ask victims what they think. Response to this part: Deferred on 9 November 2022. “To be decided after the budget.”',
    );
  });

  test('a response that came after the period is shown as late, never refused', () => {
    expect(text('reports/shaped-community-safety-review-2022/index.html')).toContain(
      'Accepted on 12 January 2023; late: it was due by 19 November 2022.',
    );
  });

  test('where the source is cut short, the page says so', () => {
    const page = text('reports/maidstone-safety-in-the-town-centre-2023/index.html');
    expect(page).toContain(
      "The source is incomplete. Only the first two rows of the Cabinet's action plan could be read.",
    );
    expect(page).toContain(
      "The source is incomplete here. The stored copy of the Cabinet's response stops mid-sentence",
    );
    expect(page).toContain('Response given (the decision is not stated) on 26 July 2023');
  });
});

describe('the tracker shows each recommendation in its own words', () => {
  const rows = () => parse(read('exports/recommendations.csv'), { columns: true }) as Record<string, string>[];
  const status = (report: string, id: string) =>
    rows().find((r) => r.report_id === report && r.recommendation_id === id)?.status;

  test.each([
    ['shaped-community-safety-review-2022', 'CSC/2012/01', 'overdue'],
    ['shaped-community-safety-review-2022', '1(a)', 'partly-accepted'],
    ['shaped-community-safety-review-2022', '1(b)', 'noted'],
    ['shaped-community-safety-review-2022', '2', 'response-overdue'],
    ['shaped-community-safety-review-2022', '3', 'accepted'],
    ['maidstone-safety-in-the-town-centre-2023', '1', 'responded'],
    ['brent-knife-crime-task-group-2019', '7', 'accepted'],
    ['bromsgrove-asb-and-alcohol-free-zones-2009', '4', 'no-response'],
    ['cherwell-safer-communities-partnership-2025', '2', 'responded'],
  ])('%s %s: %s', (report, id, expected) => {
    expect(status(report, id)).toBe(expected);
  });

  test('paused with amber: the update and its rating are shown in words beside the status', () => {
    const html = read('reports/tracker/rag/amber/index.html');
    expect(html).toContain('CSC/2012/01');
    expect(text('reports/tracker/rag/amber/index.html')).toMatch(/Overdue Update: Paused RAG: Amber/);
  });

  test('partly accepted is never shown as accepted', () => {
    expect(text('reports/tracker/status/partly-accepted/index.html')).toContain('Partly accepted');
    expect(read('reports/tracker/status/accepted/index.html')).not.toContain('1(a)');
  });
});
