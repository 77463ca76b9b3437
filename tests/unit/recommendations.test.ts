import { describe, expect, test } from 'vitest';
import {
  effectiveResponse,
  hasRecommendations,
  latestUpdate,
  progressSummary,
  recommendationStatus,
  responseDeadline,
  responseTiming,
  summaryInWords,
  type StatusContext,
} from '../../src/lib/recommendations.ts';
import type { Recommendation, Report } from '../../src/schemas/report.ts';
import type { ResponsePeriods } from '../../src/schemas/response-periods.ts';

type Rec = Pick<Recommendation, 'due' | 'response' | 'updates' | 'subItems' | 'mustRespond' | 'responseRequested'>;
const accepted = { decision: 'accepted' as const, date: '2025-07-01', text: 'Agreed.' };
const rec = (over: Partial<Rec> = {}): Rec => ({
  due: '2025-12-01',
  response: accepted,
  updates: [],
  subItems: [],
  ...over,
});
const update = (
  date: string,
  status: Recommendation['updates'][number]['status'],
  rag?: 'red' | 'amber' | 'green',
) => ({ date, text: 'Update.', status, ...(rag ? { rag } : {}) });
const source = [{ title: 'LGA 2000 s9FE', url: 'https://www.legislation.gov.uk/ukpga/2000/22/section/9FE' }];
const periods: ResponsePeriods = {
  executive: { months: 2, confirmed: false, note: 'Words not read.', sources: source },
};
const report: Pick<Report, 'mustRespond' | 'dates'> = {
  mustRespond: 'executive',
  dates: { responseRequested: '2025-03-15' },
};
const context = (asOf: string, over: Partial<StatusContext> = {}): StatusContext => ({
  report,
  periods,
  asOf,
  ...over,
});

describe('recommendationStatus', () => {
  test.each<[string, Rec, string, string]>([
    // No response: the response period (two months beginning with 15 March ends on 14 May).
    ['no response, within the period', rec({ response: undefined, due: undefined }), '2025-05-14', 'awaiting-response'],
    [
      'no response, the day after the period',
      rec({ response: undefined, due: undefined }),
      '2025-05-15',
      'response-overdue',
    ],
    [
      'response overdue comes before overdue',
      rec({ response: undefined, due: '2025-05-01' }),
      '2025-06-01',
      'response-overdue',
    ],
    [
      'no response, past due, but the route has no period',
      rec({ response: undefined, mustRespond: 'partner' }),
      '2025-12-02',
      'overdue',
    ],
    [
      'no response and no period: never "awaiting" for years',
      rec({ response: undefined, due: undefined, mustRespond: 'partner' }),
      '2029-01-01',
      'no-response',
    ],
    [
      'no formal response due',
      rec({ response: undefined, due: undefined, mustRespond: 'none' }),
      '2029-01-01',
      'no-response',
    ],
    [
      'a response dated after asOf has not happened yet',
      rec({ response: { ...accepted, date: '2025-05-20' } }),
      '2025-05-10',
      'awaiting-response',
    ],
    [
      'a response without a date counts as given',
      rec({ response: { decision: 'accepted', text: 'Agreed.' } }),
      '2025-06-30',
      'accepted',
    ],
    // Responses in their own words.
    ['accepted on the response day', rec(), '2025-07-01', 'accepted'],
    [
      'partly accepted stays partly accepted',
      rec({ response: { ...accepted, decision: 'partly-accepted' } }),
      '2025-08-01',
      'partly-accepted',
    ],
    ['noted', rec({ response: { ...accepted, decision: 'noted' } }), '2026-06-01', 'noted'],
    ['deferred', rec({ response: { ...accepted, decision: 'deferred' } }), '2026-06-01', 'deferred'],
    [
      'a response that does not say what was decided',
      rec({ response: { date: '2025-07-01', text: 'This will be considered as part of the study.' } }),
      '2025-08-01',
      'responded',
    ],
    ['rejected is final', rec({ response: { ...accepted, decision: 'rejected' } }), '2026-06-01', 'rejected'],
    // Due dates: a day, or a month meaning by its last day.
    ['accepted, on the due day', rec(), '2025-12-01', 'accepted'],
    ['accepted, the day after due', rec(), '2025-12-02', 'overdue'],
    ['due in a month: not overdue on its last day', rec({ due: '2025-12' }), '2025-12-31', 'accepted'],
    ['due in a month: overdue the day after', rec({ due: '2025-12' }), '2026-01-01', 'overdue'],
    ['no due date never goes overdue', rec({ due: undefined }), '2030-01-01', 'accepted'],
    // Progress.
    ['not started', rec({ updates: [update('2025-09-01', 'not-started')] }), '2025-10-01', 'not-started'],
    ['ongoing before due', rec({ updates: [update('2025-09-01', 'ongoing', 'green')] }), '2025-10-01', 'ongoing'],
    ['paused with amber', rec({ updates: [update('2025-09-01', 'paused', 'amber')] }), '2025-10-01', 'paused'],
    ['ongoing past due is overdue', rec({ updates: [update('2025-09-01', 'ongoing')] }), '2026-01-01', 'overdue'],
    ['complete', rec({ updates: [update('2025-11-01', 'complete')] }), '2025-11-01', 'complete'],
    ['complete after the due day', rec({ updates: [update('2026-02-01', 'complete')] }), '2026-03-01', 'complete'],
    [
      'overdue until the complete update',
      rec({ updates: [update('2026-02-01', 'complete')] }),
      '2026-01-31',
      'overdue',
    ],
    [
      'the newest update wins',
      rec({ updates: [update('2025-08-01', 'complete'), update('2025-10-01', 'ongoing')] }),
      '2025-11-01',
      'ongoing',
    ],
    [
      'updates are read by date, not by order',
      rec({ updates: [update('2025-10-01', 'complete'), update('2025-08-01', 'ongoing')] }),
      '2025-11-01',
      'complete',
    ],
    [
      'an update dated only with a month counts from its first day',
      rec({ updates: [update('2025-10', 'complete')] }),
      '2025-10-01',
      'complete',
    ],
    [
      'an update with no response (a tracker row) shows its progress',
      rec({ response: undefined, updates: [update('2025-04-01', 'ongoing')] }),
      '2025-06-01',
      'ongoing',
    ],
    [
      'noted, then work started',
      rec({ response: { ...accepted, decision: 'noted' }, updates: [update('2025-09-01', 'ongoing')] }),
      '2025-10-01',
      'ongoing',
    ],
  ])('%s', (_name, input, asOf, expected) => {
    expect(recommendationStatus(input, context(asOf))).toBe(expected);
  });

  test("the recommendation's own route and date override the report's", () => {
    const own = rec({ response: undefined, due: undefined, responseRequested: '2025-06-01' });
    expect(recommendationStatus(own, context('2025-07-31'))).toBe('awaiting-response');
    expect(recommendationStatus(own, context('2025-08-01'))).toBe('response-overdue');
  });

  test('parts answered one by one make the response', () => {
    const part = (decision: 'accepted' | 'rejected' | 'noted', date?: string) => ({
      text: 'Part.',
      response: { decision, ...(date ? { date } : {}) },
    });
    const two = rec({
      response: undefined,
      due: undefined,
      subItems: [part('accepted', '2025-04-01'), part('rejected', '2025-04-20')],
    });
    expect(recommendationStatus(two, context('2025-06-01'))).toBe('partly-accepted');
    expect(effectiveResponse(two, '2025-06-01')).toEqual({ decision: 'partly-accepted', date: '2025-04-20' });
    // Until every part is answered there is no response yet.
    expect(recommendationStatus(two, context('2025-04-10'))).toBe('awaiting-response');
    const allRejected = rec({ response: undefined, subItems: [part('rejected'), part('rejected')] });
    expect(recommendationStatus(allRejected, context('2025-06-01'))).toBe('rejected');
    expect(
      effectiveResponse(rec({ response: undefined, subItems: [part('noted'), part('rejected')] }), '2025-06-01'),
    ).toEqual({ decision: 'noted' });
  });
});

describe('response periods', () => {
  test.each<
    [
      string,
      ResponsePeriods,
      Pick<Report, 'mustRespond' | 'dates'>,
      Partial<Rec>,
      string | undefined,
      string | undefined,
    ]
  >([
    ['two months beginning with 15 March end on 14 May', periods, report, {}, '2025-05-14', undefined],
    [
      'two months beginning with 31 December end on the last day of February',
      periods,
      { ...report, dates: { responseRequested: '2023-12-31' } },
      {},
      '2024-02-29',
      undefined,
    ],
    [
      '28 days beginning with 1 February end on 28 February',
      { partner: { days: 28, confirmed: true, sources: source } },
      { mustRespond: 'partner', dates: { responseRequested: '2025-02-01' } },
      {},
      '2025-02-28',
      undefined,
    ],
    [
      'a month-only start counts from its last day, so nothing is late too soon',
      periods,
      { ...report, dates: { responseRequested: '2025-03' } },
      {},
      '2025-05-30',
      undefined,
    ],
    [
      'no route',
      periods,
      { dates: { responseRequested: '2025-03-15' } },
      {},
      undefined,
      'The report does not say who must respond.',
    ],
    [
      'no period for partners',
      periods,
      { mustRespond: 'partner', dates: { responseRequested: '2025-03-15' } },
      {},
      undefined,
      'The period for a partner body to respond is not known.',
    ],
    [
      'no date sent',
      periods,
      { mustRespond: 'executive', dates: {} },
      {},
      undefined,
      'The date the report was sent for a response is not recorded.',
    ],
    ['none due', periods, report, { mustRespond: 'none' }, undefined, 'No formal response is due.'],
  ])('%s', (_name, p, r, over, lastDay, why) => {
    const deadline = responseDeadline(rec(over), r, p);
    expect(deadline.lastDay).toBe(lastDay);
    expect(deadline.why).toBe(why);
  });

  test.each<[string | undefined, string]>([
    ['2025-05-14', 'on-time'],
    ['2025-05-15', 'late'],
    ['2025-05', 'unknown'],
    ['2025-04', 'on-time'],
    ['2025-06', 'late'],
    [undefined, 'unknown'],
  ])('a response dated %s is %s', (date, timing) => {
    expect(responseTiming(date ? { date } : {}, responseDeadline(rec(), report, periods))).toBe(timing);
  });
});

test('latestUpdate ignores updates after the day', () => {
  expect(
    latestUpdate({ updates: [update('2025-08-01', 'ongoing'), update('2025-12-01', 'complete')] }, '2025-11-01')
      ?.status,
  ).toBe('ongoing');
});

describe('progressSummary', () => {
  test('counts each status, and says it in words', () => {
    const recs = [
      rec(),
      rec({ response: undefined, due: undefined }),
      rec({ updates: [update('2025-09-01', 'complete')] }),
    ] as Recommendation[];
    const summary = progressSummary({ ...report, recommendations: recs }, periods, '2025-10-01');
    expect(summary).toMatchObject({ accepted: 1, 'response-overdue': 1, complete: 1, overdue: 0 });
    expect(summaryInWords(summary)).toBe('1 response overdue, 1 accepted, 1 complete');
  });
  test('a report without recommendations has no summary (and no committee view)', () => {
    expect(hasRecommendations({ recommendations: [] })).toBe(false);
    expect(hasRecommendations({ recommendations: [rec()] as Recommendation[] })).toBe(true);
  });
});
