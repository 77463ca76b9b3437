import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { recommendationColumns, recommendationRows, reportRows, toCsv } from '../../src/lib/exports.ts';
import { groupRows, ownerSlug, scrutinyCalendar, trackRecommendations } from '../../src/lib/tracker.ts';
import type { Recommendation, Report } from '../../src/schemas/report.ts';

const rec = (id: string, over: Partial<Recommendation> = {}): Recommendation => ({
  id,
  text: `Recommendation ${id}, with a comma and "quotes"`,
  to: 'The partnership',
  owner: 'Head of Community Safety',
  updates: [],
  ...over,
});
const accepted = { decision: 'accepted' as const, date: '2026-01-20', text: 'Agreed.' };
const report = (id: string, over: Partial<Report>) => ({
  id,
  data: { title: `Report ${id}`, kind: 'committee', committee: 'Committee', chair: 'Chair', status: 'published', dates: { published: '2025-11-12' }, recommendations: [], ...over } as unknown as Report,
});

const reports = [
  report('annual', {
    kind: 'annual-scrutiny',
    dates: { published: '2025-11-12', followUpDue: '2027-05-12' },
    recommendations: [
      rec('R2', { due: '2027-03-31', response: accepted }),
      rec('R1'),
      rec('R4', { due: '2026-06-30', response: accepted }),
      rec('R5', { due: '2026-09-30', response: accepted, updates: [{ date: '2026-09-01', text: 'Done.', state: 'implemented' }] }),
    ],
  }),
  report('task', { dates: { published: '2026-07-08' }, recommendations: [rec('a', { owner: 'Licensing manager', due: '2027-01-31', response: accepted })] }),
];

describe('trackRecommendations', () => {
  test('overdue first, then by status, then by due date', () => {
    const rows = trackRecommendations(reports, '2026-11-23');
    expect(rows.map((r) => `${r.report.id}/${r.recommendation.id}:${r.status}`)).toEqual([
      'annual/R4:overdue',
      'annual/R1:awaiting-response',
      'task/a:accepted',
      'annual/R2:accepted',
      'annual/R5:implemented',
    ]);
  });

  test('groupRows keeps order within groups', () => {
    const rows = trackRecommendations(reports, '2026-11-23');
    expect(groupRows(rows, (r) => r.recommendation.owner).map((g) => [g.key, g.rows.length])).toEqual([
      ['Head of Community Safety', 4],
      ['Licensing manager', 1],
    ]);
  });
});

test.each([
  ['Head of Community Safety', 'head-of-community-safety'],
  ['Wiltshire Police (Superintendent)', 'wiltshire-police-superintendent'],
  ["Cabinet member's office", 'cabinet-member-s-office'],
])('ownerSlug(%s)', (owner, slug) => expect(ownerSlug(owner)).toBe(slug));

describe('scrutinyCalendar', () => {
  test('the next annual scrutiny, follow-ups and unfinished recommendations from today on', () => {
    expect(scrutinyCalendar(reports, '2026-11-23').map((d) => `${d.date} ${d.kind} ${d.recommendationId ?? d.reportId ?? ''}`)).toEqual([
      '2026-11-12 annual-scrutiny ',
      '2027-01-31 recommendation-due a',
      '2027-03-31 recommendation-due R2',
      '2027-05-12 report-follow-up annual',
    ]);
  });

  test('an annual scrutiny more than a year ago is shown as overdue', () => {
    expect(scrutinyCalendar(reports, '2026-11-23')[0]!.title).toBe('Annual crime and disorder scrutiny (overdue)');
    expect(scrutinyCalendar(reports, '2026-11-12')[0]!.title).toBe('Annual crime and disorder scrutiny due');
  });
});

describe('exports', () => {
  const rows = recommendationRows(trackRecommendations(reports, '2026-11-23'), '2026-11-23', (id) => `https://x.example/reports/${id}/`);

  test('CSV reads back, with commas and quotes intact, under the stable column names', () => {
    const csv = toCsv(recommendationColumns, rows);
    const parsed = parse(csv, { columns: true }) as Record<string, string>[];
    expect(Object.keys(parsed[0]!)).toEqual([...recommendationColumns]);
    expect(parsed[0]).toMatchObject({ report_id: 'annual', recommendation_id: 'R4', status: 'overdue', text: 'Recommendation R4, with a comma and "quotes"', url: 'https://x.example/reports/annual/#recommendation-R4' });
    expect(parsed.find((r) => r.recommendation_id === 'R5')).toMatchObject({ latest_update_date: '2026-09-01', latest_update: 'Done.' });
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  test('report rows', () => {
    expect(reportRows(reports, (id) => `/r/${id}/`)[0]).toEqual({
      report_id: 'annual', title: 'Report annual', kind: 'annual-scrutiny', committee: 'Committee', chair: 'Chair', status: 'published', published: '2025-11-12', follow_up_due: '2027-05-12', recommendations: '4', url: '/r/annual/',
    });
  });
});
