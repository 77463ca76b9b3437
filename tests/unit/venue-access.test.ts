import { describe, expect, test } from 'vitest';
import {
  accessOrigin,
  accessSentences,
  hasAccessFacts,
  meetingAccess,
  meetingVenueAccess,
} from '../../src/lib/venue-access.ts';
import { venueAccess } from '../../src/schemas/common.ts';

describe('accessSentences', () => {
  test.each([
    [
      'nothing known',
      undefined,
      ['It is not confirmed whether the venue has step-free access, a hearing loop, an accessible toilet or parking.'],
    ],
    [
      'everything known, all yes',
      { stepFree: true, hearingLoop: true, accessibleToilet: true, parking: true, checked: '2026-11-20' },
      ['The venue has step-free access, a hearing loop, an accessible toilet and parking.'],
    ],
    [
      'everything known, all no',
      { stepFree: false, hearingLoop: false, accessibleToilet: false, parking: false, checked: '2026-11-20' },
      ['The venue has no step-free access, hearing loop, accessible toilet or parking.'],
    ],
    [
      'some yes, some no, some not known, with a note and both origins',
      {
        stepFree: true,
        accessibleToilet: false,
        note: 'The lift is by the main entrance',
        source: 'https://example.org/hall',
        checked: '2026-11-20',
      },
      [
        'The venue has step-free access.',
        'It has no accessible toilet.',
        'It is not confirmed whether it has a hearing loop or parking.',
        'The lift is by the main entrance.',
      ],
    ],
    [
      'only a no and a source',
      { parking: false, source: 'https://example.org/hall' },
      [
        'The venue has no parking.',
        'It is not confirmed whether it has step-free access, a hearing loop or an accessible toilet.',
      ],
    ],
    [
      'only a note',
      { note: 'Blue Badge holders can park by the door.', checked: '2026-11-20' },
      [
        'It is not confirmed whether the venue has step-free access, a hearing loop, an accessible toilet or parking.',
        'Blue Badge holders can park by the door.',
      ],
    ],
  ])('%s', (_name, access, sentences) => expect(accessSentences(access)).toEqual(sentences));
});

describe('accessOrigin', () => {
  test.each([
    [{ stepFree: true, checked: '2026-11-20' }, 'These access details were checked on 20 November 2026.'],
    [
      { parking: false, source: 'https://example.org/hall' },
      'These access details come from https://example.org/hall.',
    ],
    [
      { note: 'Ring the bell.', source: 'https://example.org/hall', checked: '2026-11-20' },
      'These access details were checked on 20 November 2026 and come from https://example.org/hall.',
    ],
    [{ checked: '2026-11-20' }, undefined],
    [undefined, undefined],
  ])('%j: %s', (access, origin) => expect(accessOrigin(access)).toBe(origin));
});

describe('meetingAccess', () => {
  const usual = { name: 'Town Hall', access: { hearingLoop: true, checked: '2026-11-20' } };
  test('a booked venue: its facts, and where they come from', () =>
    expect(meetingAccess({ name: 'Town Hall', address: 'High Street' }, usual)).toEqual({
      text: 'The venue has a hearing loop. It is not confirmed whether it has step-free access, an accessible toilet or parking.',
      origin: 'These access details were checked on 20 November 2026.',
    }));
  test('a venue still to be confirmed: nothing is, whatever the facts say', () =>
    expect(
      meetingAccess(
        { name: 'To be confirmed', address: 'To be confirmed', access: { stepFree: true, checked: '2026-11-20' } },
        usual,
      ),
    ).toEqual({
      text: 'It is not confirmed whether the venue has step-free access, a hearing loop, an accessible toilet or parking.',
      origin: undefined,
    }));
});

describe('hasAccessFacts', () => {
  test.each([
    [undefined, false],
    [{ checked: '2026-11-20' }, false],
    [{ parking: false, checked: '2026-11-20' }, true],
    [{ note: 'Ring the bell.', checked: '2026-11-20' }, true],
  ])('%j: %s', (access, has) => expect(hasAccessFacts(access)).toBe(has));
});

describe('meetingVenueAccess', () => {
  const usual = { name: 'Needham House', access: { stepFree: true, checked: '2026-11-20' } };
  test('a meeting at the usual venue (name written differently) uses its facts', () =>
    expect(meetingVenueAccess({ name: 'needham house' }, usual)).toEqual(usual.access));
  test('a meeting elsewhere does not', () =>
    expect(meetingVenueAccess({ name: 'Corn Exchange' }, usual)).toBeUndefined());
  test("the meeting's own facts win", () => {
    const own = { hearingLoop: false, checked: '2026-11-25' };
    expect(meetingVenueAccess({ name: 'Needham House', access: own }, usual)).toEqual(own);
  });
});

describe('the venue access schema', () => {
  test('facts need a source or a checked date', () => {
    const result = venueAccess.safeParse({ stepFree: true });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      [
        'source',
        "expected where the access facts come from: a source (the venue's or council's page) or the day they were checked, or both",
      ],
    ]);
  });
  test('a fact is true or false, not a word', () => {
    expect(venueAccess.safeParse({ stepFree: 'yes', checked: '2026-11-20' }).success).toBe(false);
  });
  test('a note longer than the one-page notice has room for is refused', () => {
    expect(venueAccess.safeParse({ note: 'x'.repeat(150), checked: '2026-11-20' }).success).toBe(true);
    expect(venueAccess.safeParse({ note: 'x'.repeat(151), checked: '2026-11-20' }).error?.issues[0]?.message).toBe(
      "expected a note of at most 150 characters, so the notice still prints on one page; put the detail on the venue's own page",
    );
  });
  test('unknown fields are refused', () => {
    expect(venueAccess.safeParse({ lift: true, checked: '2026-11-20' }).success).toBe(false);
  });
});
