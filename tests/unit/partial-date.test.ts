import { describe, expect, test } from 'vitest';
import {
  certainlyBefore,
  earliestDay,
  formatPartialDate,
  isPartialDate,
  lastDayOfPeriod,
  latestDay,
  precisionOf,
} from '../../src/lib/partial-date.ts';
import { partialDate } from '../../src/schemas/partial-date.ts';

describe('dates as precise as the paper', () => {
  test.each([
    ['2022-09-14', 'day', '2022-09-14', '2022-09-14', '14 September 2022'],
    ['2022-09', 'month', '2022-09-01', '2022-09-30', 'September 2022'],
    ['2024-02', 'month', '2024-02-01', '2024-02-29', 'February 2024'],
    ['2011', 'year', '2011-01-01', '2011-12-31', '2011'],
  ])('%s', (date, precision, earliest, latest, words) => {
    expect([precisionOf(date), earliestDay(date), latestDay(date), formatPartialDate(date)]).toEqual([
      precision,
      earliest,
      latest,
      words,
    ]);
  });

  test.each(['2022-13', '2022-02-30', '22-09', '2022-9', 'September 2022', '', '999'])('%j is not a date', (text) => {
    expect(isPartialDate(text)).toBe(false);
  });

  test('the schema takes what YAML reads: a Date, a number for a year, text for a month', () => {
    expect(partialDate.parse(new Date('2011-03-24T00:00:00Z'))).toBe('2011-03-24');
    expect(partialDate.parse(2011)).toBe('2011');
    expect(partialDate.parse('2010-03')).toBe('2010-03');
    expect(partialDate.safeParse('March 2010').error?.issues[0]?.message).toBe(
      'found "March 2010", expected a real date written as YYYY-MM-DD, or YYYY-MM when the source gives only the month ("2022-09" for September 2022), or YYYY for only the year',
    );
  });

  test('"certainly before" only when every possible day is earlier', () => {
    expect(certainlyBefore('2023-03', '2023-04-01')).toBe(true);
    expect(certainlyBefore('2023-03', '2023-03-21')).toBe(false);
    expect(certainlyBefore('2023-03-21', '2023-03')).toBe(false);
    expect(certainlyBefore('2022', '2023-01-01')).toBe(true);
  });
});

describe('periods that begin with a day (the day counts)', () => {
  test.each([
    ['2025-03-15', { months: 2 }, '2025-05-14'],
    ['2023-12-31', { months: 2 }, '2024-02-29'],
    ['2025-12-31', { months: 2 }, '2026-02-28'],
    ['2025-11-15', { months: 2 }, '2026-01-14'],
    ['2025-02-01', { days: 28 }, '2025-02-28'],
    ['2025-01-31', { months: 1 }, '2025-02-28'],
    ['2025-03-15', { months: 1, days: 14 }, '2025-04-28'],
  ])('from %s, %o, ends on %s', (start, period, end) => {
    expect(lastDayOfPeriod(start, period)).toBe(end);
  });
});
