/** Which meetings are still planned, still to come, or planned with their date passed. */
import { describe, expect, test } from 'vitest';
import { isPlanned, isPlannedButPassed, isUpcoming, venueConfirmed } from '../../src/lib/meetings.ts';

const asOf = '2026-11-23';

describe('planned meetings', () => {
  test('a planned meeting is upcoming until the end of its day, then its date has passed', () => {
    expect(isUpcoming({ status: 'planned', date: '2026-11-24' }, asOf)).toBe(true);
    expect(isUpcoming({ status: 'planned', date: '2026-11-23' }, asOf)).toBe(true);
    expect(isUpcoming({ status: 'planned', date: '2026-11-22' }, asOf)).toBe(false);
    expect(isPlannedButPassed({ status: 'planned', date: '2026-11-23' }, asOf)).toBe(false);
    expect(isPlannedButPassed({ status: 'planned', date: '2026-11-22' }, asOf)).toBe(true);
  });

  test('a meeting held or cancelled is neither upcoming nor passed, whatever its date', () => {
    expect(isUpcoming({ status: 'held', date: '2026-12-01' }, asOf)).toBe(false);
    expect(isUpcoming({ status: 'cancelled', date: '2026-12-01' }, asOf)).toBe(false);
    expect(isPlannedButPassed({ status: 'held', date: '2026-11-01' }, asOf)).toBe(false);
    expect(isPlanned({ status: 'planned' })).toBe(true);
    expect(isPlanned({ status: 'held' })).toBe(false);
  });
});

describe('venueConfirmed', () => {
  test.each([
    [[], { venue: true, help: true }],
    [[{ field: 'venue.name' }], { venue: false, help: true }],
    [[{ field: 'venue.address' }, { field: 'agenda[0].who' }], { venue: false, help: true }],
    [[{ field: 'venue.accessibility' }], { venue: true, help: false }],
  ])('placeholders %j -> %j', (placeholders, expected) => {
    expect(venueConfirmed(placeholders)).toEqual(expected);
  });
});
