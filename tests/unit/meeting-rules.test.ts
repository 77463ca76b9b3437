import { describe, expect, test } from 'vitest';
import { meetingRules, meetingWarnings } from '../../src/lib/meeting-rules.ts';
import { agendaSpare, clockInWords, findPlaceholder, sixMonthsOn } from '../../src/lib/meetings.ts';
import { meetingSchema, type Meeting } from '../../src/schemas/meeting.ts';

const file = 'content/councils/example/meetings/m.mdx';
const meeting = (over: Partial<Meeting> = {}): Meeting =>
  meetingSchema.parse({
    title: 'Meeting',
    reviewed: '2026-11-01',
    area: 'north',
    problem: 'litter',
    date: '2026-12-10',
    start: '18:30',
    end: '20:00',
    venue: {
      name: 'Town hall',
      address: 'High Street, Northtown',
      accessibility: 'Ask the clerk for papers in large print.',
      access: { stepFree: true, hearingLoop: true, checked: '2026-11-01' },
    },
    status: 'planned',
    agenda: [
      { subject: 'Welcome', who: 'Chair, Northtown Area Board', decision: null, minutes: 10 },
      { subject: 'Residents have their say', who: 'Chair, Northtown Area Board', decision: null, minutes: 80 },
    ],
    ...over,
  });

describe('meeting warnings', () => {
  test('a meeting that is ready gives none', () => expect(meetingWarnings(file, meeting(), '2026-11-30')).toEqual([]));

  test('a planned meeting whose date has passed: was it held?', () => {
    expect(meetingWarnings(file, meeting(), '2026-12-11')).toEqual([
      {
        file,
        field: 'status',
        message:
          'the meeting was on 2026-12-10 and is still "planned"; set status to held (with its outcomes and actions) or cancelled',
      },
    ]);
    expect(meetingWarnings(file, meeting({ status: 'held' }), '2026-12-11')).toEqual([]);
  });

  test.each([
    // asOf, warned: placeholders warn from four weeks before the day, not earlier
    ['2026-11-12', true],
    ['2026-11-11', false],
    ['2026-12-10', true],
  ])('placeholders as of %s: warned %s', (asOf, warned) => {
    const draft = meeting({
      venue: { name: 'To be confirmed', address: 'To be confirmed', accessibility: 'Step-free.' },
      agenda: [{ subject: 'Powers', who: 'Lead officer', decision: null, minutes: 90 }],
    });
    const expected = warned
      ? [
          {
            file,
            field: 'venue.name',
            message:
              'still says "To be confirmed" and the meeting is on 2026-12-10; replace it before the pack and the notice go out',
          },
          {
            file,
            field: 'venue.address',
            message:
              'still says "To be confirmed" and the meeting is on 2026-12-10; replace it before the pack and the notice go out',
          },
          {
            file,
            field: 'agenda[0].who',
            message:
              'still says "Lead officer" and the meeting is on 2026-12-10; replace it before the pack and the notice go out',
          },
        ]
      : [];
    expect(meetingWarnings(file, draft, asOf)).toEqual(expected);
  });

  const noFacts = `is missing and the meeting is on 2026-12-10; check step-free access, a hearing loop, an accessible toilet and parking with the venue and add them here or to the area's usualVenue, or the notice says they are not confirmed`;
  test.each([
    // asOf, warned: a venue with no access facts warns from four weeks before the day, not earlier
    ['2026-11-12', true],
    ['2026-11-11', false],
    ['2026-12-10', true],
  ])('a venue with no access facts as of %s: warned %s', (asOf, warned) => {
    const bare = meeting({
      venue: {
        name: 'Town hall',
        address: 'High Street, Northtown',
        accessibility: 'Ask the clerk for papers in large print.',
      },
    });
    expect(meetingWarnings(file, bare, asOf)).toEqual(
      warned ? [{ file, field: 'venue.access', message: noFacts }] : [],
    );
  });

  test("the area's usual venue gives a meeting held there its facts; a venue still to be confirmed gets only the placeholder warnings", () => {
    const bare = meeting({
      venue: { name: 'Town hall', address: 'High Street, Northtown', accessibility: 'Ask the clerk.' },
    });
    const usual = {
      name: 'Town Hall',
      address: 'High Street, Northtown',
      access: { parking: false, checked: '2026-11-01' },
    };
    expect(meetingWarnings(file, bare, '2026-11-30', usual)).toEqual([]);
    expect(meetingWarnings(file, bare, '2026-11-30', { ...usual, name: 'Corn Exchange' })).toEqual([
      { file, field: 'venue.access', message: noFacts },
    ]);
    const draft = meeting({
      venue: { name: 'To be confirmed', address: 'To be confirmed', accessibility: 'Ask the clerk.' },
    });
    expect(meetingWarnings(file, draft, '2026-11-30').map((w) => w.field)).toEqual(['venue.name', 'venue.address']);
  });

  test.each([
    [5, []],
    [
      10,
      [
        "agenda: ends at 19:50, 10 minutes before the meeting's end at 20:00; give the time to an item (residents' questions, say) or end the meeting earlier",
      ],
    ],
  ])('an agenda with %i minutes spare', (spare, messages) => {
    const short = meeting({
      agenda: [{ subject: 'Everything', who: 'Chair, Northtown Area Board', decision: null, minutes: 90 - spare }],
    });
    expect(meetingWarnings(file, short, '2026-11-30').map((w) => `${w.field}: ${w.message}`)).toEqual(messages);
  });
});

describe('meeting rules', () => {
  test('a follow-up on or before the meeting, questions due after it, and a bad phone are refused', () => {
    const bad = meeting({
      followUp: '2026-12-10',
      questionsBy: '2026-12-11',
      enquiries: { name: 'Democratic Services', phone: '0300 456' },
    });
    expect(meetingRules(file, bad)).toEqual([
      { file, field: 'followUp', message: 'found 2026-12-10, expected a day after the meeting (2026-12-10)' },
      { file, field: 'questionsBy', message: 'found 2026-12-11, expected a day on or before the meeting (2026-12-10)' },
      {
        file,
        field: 'enquiries.phone',
        message: 'found "0300 456", expected a valid UK phone number such as "0300 456 0100"',
      },
    ]);
  });

  test('enquiries need an email or a phone', () => {
    expect(
      meetingSchema.safeParse({ ...meeting(), enquiries: { name: 'Democratic Services' } }).error?.issues[0]?.message,
    ).toBe('expected an email or a phone number for enquiries');
  });
});

describe('meeting times and words', () => {
  test.each([
    ['18:30', '6:30pm'],
    ['20:00', '8pm'],
    ['12:00', 'midday'],
    ['09:05', '9:05am'],
    ['00:00', 'midnight'],
  ])('%s is %s', (clock, words) => expect(clockInWords(clock)).toBe(words));

  test.each([
    ['2027-03-10', '2027-09-10'],
    ['2026-08-31', '2027-02-28'],
    ['2027-12-15', '2028-06-15'],
  ])('six months on from %s is %s', (date, later) => expect(sixMonthsOn(date)).toBe(later));

  test('spare minutes', () =>
    expect(
      agendaSpare({ start: '18:30', end: '20:00', agenda: [{ subject: 's', who: 'w', decision: null, minutes: 85 }] }),
    ).toBe(5));

  test.each([
    ['To be confirmed', 'To be confirmed'],
    ['Venue to be confirmed, Trowbridge', 'to be confirmed'],
    ['Lead officer', 'Lead officer'],
    ['Chair of the area board', 'Chair of the area board'],
    ['Lead officer for licensing, Wiltshire Council', undefined],
    ['Chair, Devizes Area Board', undefined],
  ])('placeholder in "%s": %s', (text, found) => expect(findPlaceholder(text)).toBe(found));
});
