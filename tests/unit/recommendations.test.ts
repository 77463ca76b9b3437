import { describe, expect, test } from 'vitest';
import { progressSummary, recommendationStatus } from '../../src/lib/recommendations.ts';
import type { Recommendation } from '../../src/schemas/report.ts';

type Rec = Pick<Recommendation, 'due' | 'response' | 'updates'>;
const accepted = { decision: 'accepted' as const, date: '2025-07-01', text: 'Agreed.' };
const rec = (over: Partial<Rec> = {}): Rec => ({ due: '2025-12-01', response: accepted, updates: [], ...over });
const update = (date: string, state: Recommendation['updates'][number]['state']) => ({ date, text: 'Update.', state });

describe('recommendationStatus', () => {
  test.each<[string, Rec, string, string]>([
    ['no response, before due', rec({ response: undefined }), '2025-08-01', 'awaiting-response'],
    ['no response, on the due day', rec({ response: undefined }), '2025-12-01', 'awaiting-response'],
    ['no response, the day after due', rec({ response: undefined }), '2025-12-02', 'overdue'],
    ['response dated after asOf has not happened yet', rec(), '2025-06-30', 'awaiting-response'],
    ['accepted on the response day', rec(), '2025-07-01', 'accepted'],
    ['partly accepted counts as accepted', rec({ response: { ...accepted, decision: 'partly-accepted' } }), '2025-08-01', 'accepted'],
    ['accepted, on the due day', rec(), '2025-12-01', 'accepted'],
    ['accepted, the day after due', rec(), '2025-12-02', 'overdue'],
    ['in progress before due', rec({ updates: [update('2025-09-01', 'in-progress')] }), '2025-10-01', 'in-progress'],
    ['in progress past due is overdue', rec({ updates: [update('2025-09-01', 'in-progress')] }), '2026-01-01', 'overdue'],
    ['implemented', rec({ updates: [update('2025-11-01', 'implemented')] }), '2025-11-01', 'implemented'],
    ['implemented after the due day', rec({ updates: [update('2026-02-01', 'implemented')] }), '2026-03-01', 'implemented'],
    ['overdue until the implemented update', rec({ updates: [update('2026-02-01', 'implemented')] }), '2026-01-31', 'overdue'],
    ['partly implemented', rec({ updates: [update('2025-11-01', 'partly-implemented')] }), '2026-06-01', 'partly-implemented'],
    ['the newest update wins', rec({ updates: [update('2025-08-01', 'implemented'), update('2025-10-01', 'in-progress')] }), '2025-11-01', 'in-progress'],
    ['updates are read by date, not by order', rec({ updates: [update('2025-10-01', 'implemented'), update('2025-08-01', 'in-progress')] }), '2025-11-01', 'implemented'],
    ['rejected is final', rec({ response: { ...accepted, decision: 'rejected' } }), '2026-06-01', 'rejected'],
    ['no due date never goes overdue', rec({ due: undefined }), '2030-01-01', 'accepted'],
  ])('%s', (_name, input, asOf, expected) => {
    expect(recommendationStatus(input, asOf)).toBe(expected);
  });
});

describe('progressSummary', () => {
  test('counts each status', () => {
    const summary = progressSummary({ recommendations: [rec(), rec({ response: undefined }), rec({ updates: [update('2025-09-01', 'implemented')] })] as Recommendation[] }, '2025-10-01');
    expect(summary).toMatchObject({ accepted: 1, 'awaiting-response': 1, implemented: 1, overdue: 0 });
  });
});
