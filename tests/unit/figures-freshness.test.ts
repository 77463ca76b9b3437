import { describe, expect, test } from 'vitest';
import { figuresFreshness, gapInWords } from '../../src/lib/figures-freshness.ts';

describe('figuresFreshness', () => {
  test.each([
    // last month, date, kind, old, statement
    ['2019-02', '2027-03-10', 'meeting', true, 'These figures end in February 2019, eight years before this meeting'],
    [
      '2019-02',
      '2026-11-30',
      'page',
      true,
      'These figures end in February 2019, more than seven years before this page was built on 30 November 2026',
    ],
    ['2026-10', '2026-12-10', 'meeting', false, 'These figures end in October 2026'],
    // Three months after the end of August is 30 November: not yet old; the day after, old.
    ['2026-08', '2026-11-30', 'meeting', false, 'These figures end in August 2026'],
    [
      '2026-08',
      '2026-12-01',
      'meeting',
      true,
      'These figures end in August 2026, more than three months before this meeting',
    ],
    [
      '2025-07',
      '2026-09-30',
      'page',
      true,
      'These figures end in July 2025, 14 months before this page was built on 30 September 2026',
    ],
    // A meeting before the figures end: they cover it, so they are not old.
    ['2026-10', '2026-03-19', 'meeting', false, 'These figures end in October 2026'],
  ] as const)('%s read on %s (%s)', (lastMonth, date, kind, old, statement) => {
    expect(figuresFreshness(lastMonth, { date, kind })).toEqual({ lastMonth, old, statement });
  });

  test('refuses a month or date that is not written as expected', () => {
    expect(() => figuresFreshness('Feb 2019', { date: '2027-03-10', kind: 'meeting' })).toThrow(
      'expected a month written YYYY-MM, found "Feb 2019"',
    );
    expect(() => figuresFreshness('2019-02', { date: '10/03/2027', kind: 'meeting' })).toThrow(
      'expected a date written YYYY-MM-DD',
    );
  });
});

describe('gapInWords', () => {
  test.each([
    ['2026-08', '2026-09-30', 'one month'],
    ['2026-08', '2026-10-15', 'more than one month'],
    ['2026-01', '2026-11-30', '10 months'],
    ['2025-02', '2027-02-28', 'two years'],
    ['2025-02', '2027-03-31', 'more than two years'],
    ['2019-02', '2027-03-10', 'eight years'],
  ])('from the end of %s to %s: %s', (lastMonth, date, words) => {
    expect(gapInWords(lastMonth, date)).toBe(words);
  });
});
