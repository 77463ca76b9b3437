import { describe, expect, test } from 'vitest';
import { asOfDate, todayInLondon } from '../../src/node/clock.ts';

describe('todayInLondon', () => {
  test('is the date in the UK, which is an hour ahead of UTC in summer', () => {
    expect(todayInLondon(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(todayInLondon(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
    expect(todayInLondon(new Date('2026-03-29T00:30:00Z'))).toBe('2026-03-29');
  });
});

describe('asOfDate', () => {
  test('an override (CST_AS_OF) wins', () => {
    expect(asOfDate('2026-02-03')).toBe('2026-02-03');
  });
  test('an empty override counts as none', () => {
    expect(asOfDate('')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
