import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { recommendationColumns, recommendationRows, reportRows, toCsv } from '../../src/lib/exports.ts';
import { groupRows, scrutinyCalendar, slugOf, trackerFilters, trackRecommendations } from '../../src/lib/tracker.ts';
import { reportSchema, type Report } from '../../src/schemas/report.ts';
import type { ResponsePeriods } from '../../src/schemas/response-periods.ts';
import type { Roles } from '../../src/schemas/roles.ts';

const roles: Roles = {
  'head-of-community-safety': { title: 'Head of Community Safety', kind: 'officer', aliases: [] },
  'licensing-manager': { title: 'Licensing manager', kind: 'officer', aliases: [] },
  'cabinet-member-housing': { title: 'Cabinet Member for Housing and Health', kind: 'cabinet-member', aliases: [] },
};
const periods: ResponsePeriods = {
  executive: {
    months: 2,
    confirmed: true,
    sources: [{ title: 's9FE', url: 'https://www.legislation.gov.uk/ukpga/2000/22/section/9FE' }],
  },
};
const context = { roles, periods, asOf: '2026-11-23' };

const rec = (id: string, over: Record<string, unknown> = {}) => ({
  id,
  text: `Recommendation ${id}, with a comma and "quotes"`,
  to: 'The partnership',
  leadOfficer: 'head-of-community-safety',
  ...over,
});
const accepted = { decision: 'accepted', date: '2026-01-20', text: 'Agreed.' };
const report = (id: string, over: Record<string, unknown>) => ({
  id,
  data: reportSchema.parse({
    title: `Report ${id}`,
    summary: 'S.',
    kind: 'committee',
    committee: 'Committee',
    chair: 'Chair',
    status: 'published',
    dates: { published: '2025-11-12' },
    reviewed: '2026-11-23',
    ...over,
  }),
});

const reports = [
  report('annual', {
    kind: 'annual-scrutiny',
    dates: { published: '2025-11-12', followUpDue: '2027-05-12' },
    recommendations: [
      rec('R2', { due: '2027-03-31', response: accepted }),
      rec('R1'),
      rec('R4', { due: '2026-06-30', response: accepted }),
      rec('R5', {
        due: '2026-09-30',
        response: accepted,
        cabinetMember: 'cabinet-member-housing',
        updates: [{ date: '2026-09-01', text: 'Done.', status: 'complete', rag: 'green' }],
      }),
      rec('CSC/2012/01', {
        response: { ...accepted, decision: 'partly-accepted' },
        updates: [{ date: '2026-10', text: 'Waiting for funding.', status: 'paused', rag: 'amber' }],
        nextUpdate: '2027-02',
      }),
    ],
  }),
  report('task', {
    committee: 'Night-time Economy Task Group',
    mustRespond: 'executive',
    dates: { committee: '2026-07-08', responseRequested: '2026-07-15' },
    recommendations: [
      rec('a', { leadOfficer: 'licensing-manager', due: '2027-01-31' }),
      rec('b', { leadOfficer: undefined, agreed: '2024-02' }),
    ],
  }),
];

describe('trackRecommendations', () => {
  test('most urgent first, then by due date; each status in its own words', () => {
    const rows = trackRecommendations(reports, context);
    expect(rows.map((r) => `${r.report.id}/${r.recommendation.id}:${r.status}`)).toEqual([
      'task/a:response-overdue',
      'task/b:response-overdue',
      'annual/R4:overdue',
      'annual/R1:no-response',
      'annual/CSC/2012/01:paused',
      'annual/R2:accepted',
      'annual/R5:complete',
    ]);
  });

  test('a row carries what committees track: dates, roles, response timing, latest action and RAG, next update', () => {
    const rows = trackRecommendations(reports, context);
    const paused = rows.find((r) => r.recommendation.id === 'CSC/2012/01')!;
    expect(paused).toMatchObject({
      anchor: 'CSC-2012-01',
      date: '2025-11-12',
      year: 2025,
      rag: 'amber',
      nextUpdate: '2027-02',
      leadOfficer: { id: 'head-of-community-safety', title: 'Head of Community Safety' },
    });
    expect(paused.latest?.text).toBe('Waiting for funding.');
    const b = rows.find((r) => r.recommendation.id === 'b')!;
    expect(b).toMatchObject({
      date: '2024-02',
      year: 2024,
      committee: 'Night-time Economy Task Group',
      committeeSlug: 'night-time-economy-task-group',
    });
    expect(b.leadOfficer).toBeUndefined();
    expect(b.deadline.lastDay).toBe('2026-09-14');
    // A follow-up date that has passed is not the next update.
    const r5 = rows.find((r) => r.recommendation.id === 'R5')!;
    expect(r5.nextUpdate).toBe('2027-05-12');
    expect(
      trackRecommendations(reports, { ...context, asOf: '2027-06-01' }).find((r) => r.recommendation.id === 'R5')!
        .nextUpdate,
    ).toBeUndefined();
  });

  test('filters: status, RAG, owner (lead officer or cabinet member), committee and year', () => {
    const f = trackerFilters(trackRecommendations(reports, context), roles);
    expect(f.byStatus.map((g) => [g.status, g.rows.length])).toEqual([
      ['response-overdue', 2],
      ['overdue', 1],
      ['no-response', 1],
      ['paused', 1],
      ['accepted', 1],
      ['complete', 1],
    ]);
    expect(f.byRag.map((g) => [g.rag, g.rows.map((r) => r.recommendation.id)])).toEqual([
      ['amber', ['CSC/2012/01']],
      ['green', ['R5']],
    ]);
    expect(f.byOwner.map((g) => [g.role.title, g.rows.length])).toEqual([
      ['Cabinet Member for Housing and Health', 1],
      ['Head of Community Safety', 5],
      ['Licensing manager', 1],
    ]);
    expect(f.byCommittee.map((g) => [g.slug, g.rows.length])).toEqual([
      ['committee', 5],
      ['night-time-economy-task-group', 2],
    ]);
    expect(f.byYear.map((g) => [g.year, g.rows.length])).toEqual([
      [2026, 1],
      [2025, 5],
      [2024, 1],
    ]);
  });

  test('groupRows keeps order within groups and puts a row in every group it belongs to', () => {
    expect(
      groupRows([1, 2, 3, 4], (n) => (n % 2 ? ['odd', 'all'] : ['even', 'all'])).map((g) => [g.key, g.rows]),
    ).toEqual([
      ['odd', [1, 3]],
      ['all', [1, 2, 3, 4]],
      ['even', [2, 4]],
    ]);
  });
});

test.each([
  ['Head of Community Safety', 'head-of-community-safety'],
  ['Wiltshire Police (Superintendent)', 'wiltshire-police-superintendent'],
  ['Communities, Housing & Environment Committee', 'communities-housing-and-environment-committee'],
])('slugOf(%s)', (text, slug) => expect(slugOf(text)).toBe(slug));

describe('scrutinyCalendar', () => {
  test('the next annual scrutiny, follow-ups, unfinished recommendations and next updates from today on', () => {
    expect(
      scrutinyCalendar(reports, context).map((d) => `${d.date} ${d.kind} ${d.recommendationId ?? d.reportId ?? ''}`),
    ).toEqual([
      '2026-11-12 annual-scrutiny ',
      '2027-01-31 recommendation-due a',
      '2027-02-28 next-update CSC/2012/01',
      '2027-03-31 recommendation-due R2',
      '2027-05-12 report-follow-up annual',
    ]);
  });

  test('an annual scrutiny more than a year ago is shown as overdue', () => {
    expect(scrutinyCalendar(reports, context)[0]!.title).toBe('Annual crime and disorder scrutiny (overdue)');
    expect(scrutinyCalendar(reports, { ...context, asOf: '2026-11-12' })[0]!.title).toBe(
      'Annual crime and disorder scrutiny due',
    );
  });
});

describe('exports', () => {
  const rows = recommendationRows(
    trackRecommendations(reports, context),
    roles,
    (id) => `https://x.example/reports/${id}/`,
  );

  test('CSV reads back, with commas and quotes intact, under the stable column names', () => {
    const csv = toCsv(recommendationColumns, rows);
    const parsed = parse(csv, { columns: true }) as Record<string, string>[];
    // The first fourteen columns are the original contract, in their original order.
    expect(Object.keys(parsed[0]!).slice(0, 14)).toEqual([
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
    ]);
    expect(parsed.find((r) => r.recommendation_id === 'R4')).toMatchObject({
      report_id: 'annual',
      status: 'overdue',
      owner: 'Head of Community Safety',
      text: 'Recommendation R4, with a comma and "quotes"',
      url: 'https://x.example/reports/annual/#recommendation-R4',
    });
    expect(parsed.find((r) => r.recommendation_id === 'CSC/2012/01')).toMatchObject({
      response_decision: 'partly-accepted',
      latest_update_date: '2026-10',
      latest_update: 'Waiting for funding.',
      latest_update_status: 'paused',
      rag: 'amber',
      next_update: '2027-02',
      url: 'https://x.example/reports/annual/#recommendation-CSC-2012-01',
    });
    expect(parsed.find((r) => r.recommendation_id === 'R5')).toMatchObject({
      cabinet_member: 'Cabinet Member for Housing and Health',
      response_timing: 'unknown',
    });
    expect(parsed.find((r) => r.recommendation_id === 'b')).toMatchObject({
      owner: '',
      report_published: '',
      report_date: '2026-07-08',
      agreed: '2024-02',
      status: 'response-overdue',
    });
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  test('report rows', () => {
    expect(reportRows(reports, (id) => `/r/${id}/`)[0]).toEqual({
      report_id: 'annual',
      title: 'Report annual',
      kind: 'annual-scrutiny',
      committee: 'Committee',
      chair: 'Chair',
      status: 'published',
      published: '2025-11-12',
      follow_up_due: '2027-05-12',
      recommendations: '5',
      url: '/r/annual/',
      committee_date: '',
      minute: '',
      source_incomplete: '',
    });
  });
});

test('reportSchema types line up with the rows the tracker reads', () => {
  const data: Report = reports[0]!.data;
  expect(data.recommendations[4]!.updates[0]!.rag).toBe('amber');
});
