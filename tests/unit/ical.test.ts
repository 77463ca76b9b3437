import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { escapeIcalText } from '../../src/lib/escape.ts';
import { buildCalendar, type CalendarEvent } from '../../src/lib/ical.ts';

const winter: CalendarEvent = {
  uid: 'winter@example.org',
  date: '2026-12-10',
  start: '18:30',
  end: '20:30',
  summary: 'Street drinking; what next, Trowbridge',
  location: 'Town hall, Trowbridge',
  stamp: '2026-11-23',
  status: 'CONFIRMED',
};
const summer: CalendarEvent = {
  uid: 'summer@example.org',
  date: '2027-04-15',
  start: '18:30',
  end: '20:00',
  summary: 'Nuisance motorbikes',
  stamp: '2026-11-23',
};

/** Parses with ical.js (a reader this project did not write) and returns each event's UTC start and end. */
function utcTimes(text: string): { uid: string; start: string; end: string }[] {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  for (const tz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(tz));
  return calendar.getAllSubcomponents('vevent').map((v) => {
    const event = new ICAL.Event(v);
    return {
      uid: event.uid,
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
    };
  });
}

describe('buildCalendar', () => {
  const text = buildCalendar('Area board meetings', [winter, summer]);

  test('times are UK local time on both sides of the clock change', () => {
    expect(utcTimes(text)).toEqual([
      { uid: 'winter@example.org', start: '2026-12-10T18:30:00.000Z', end: '2026-12-10T20:30:00.000Z' }, // GMT
      { uid: 'summer@example.org', start: '2027-04-15T17:30:00.000Z', end: '2027-04-15T19:00:00.000Z' }, // BST
    ]);
  });

  test('the days of the clock change themselves', () => {
    const text2 = buildCalendar('x', [
      {
        uid: 'a',
        date: '2027-03-28',
        start: '09:00',
        end: '10:00',
        summary: 'After spring forward',
        stamp: '2026-11-23',
      },
      { uid: 'b', date: '2027-10-31', start: '09:00', end: '10:00', summary: 'After fall back', stamp: '2026-11-23' },
    ]);
    expect(utcTimes(text2).map((e) => e.start)).toEqual(['2027-03-28T08:00:00.000Z', '2027-10-31T09:00:00.000Z']);
  });

  test('has the properties RFC 5545 requires, with CRLF line ends', () => {
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.match(/^DTSTAMP:\d{8}T\d{6}Z$/gm)).toHaveLength(2);
    expect(text.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
  });

  test('text values are escaped and read back intact', () => {
    const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
    expect(calendar.getFirstSubcomponent('vevent')?.getFirstPropertyValue('summary')).toBe(
      'Street drinking; what next, Trowbridge',
    );
  });

  test('an all-day event has a DATE start and the next day as its end', () => {
    const allDay = buildCalendar('x', [
      { uid: 'd', date: '2026-12-31', summary: 'Follow-up due', stamp: '2026-11-23' },
    ]);
    expect(allDay).toContain('DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101');
    expect(allDay).not.toContain('VTIMEZONE');
  });

  test('the same input gives the same bytes', () => {
    expect(buildCalendar('Area board meetings', [winter, summer])).toBe(text);
  });
});

test('escapeIcalText', () => expect(escapeIcalText('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne'));

describe('meetingToEvent', () => {
  test('a meeting becomes a timed London event with its venue and pack link', async () => {
    const { meetingToEvent } = await import('../../src/lib/meeting-events.ts');
    const event = meetingToEvent(
      {
        id: 'm1',
        data: {
          title: 'Street drinking meeting',
          date: '2026-12-10',
          start: '18:30',
          end: '20:30',
          status: 'planned',
          reviewed: '2026-11-20',
          venue: { name: 'Hall', address: '1 High St', accessibility: 'Step-free' },
        } as never,
      },
      {
        host: 'toolkit.example.org',
        pageUrl: 'https://toolkit.example.org/meetings/m1/',
        meetingHost: 'Trowbridge Area Board',
        problemTitle: 'Street drinking',
      },
    );
    expect(event).toMatchObject({
      uid: 'meeting-m1@toolkit.example.org',
      summary: 'Trowbridge Area Board: Street drinking',
      location: 'Hall, 1 High St',
      stamp: '2026-11-20',
      status: 'CONFIRMED',
    });
  });
});

describe('the Europe/London VTIMEZONE', () => {
  /** The UTC instant of a London wall-clock time, from the machine's time zone database (not our VTIMEZONE). */
  function londonToUtc(date: string, clock: string): string {
    const wall = Date.parse(`${date}T${clock}:00Z`);
    const parts = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/London',
      timeZoneName: 'longOffset',
    }).formatToParts(new Date(wall - 3_600_000));
    const offset = parts.find((p) => p.type === 'timeZoneName')!.value; // "GMT" or "GMT+01:00"
    const minutes = offset === 'GMT' ? 0 : Number(offset.slice(4, 6)) * 60 + Number(offset.slice(7, 9));
    return new Date(wall - minutes * 60_000).toISOString();
  }

  test('agrees with the time zone database on both sides of every clock change, 2026 to 2045', () => {
    const days: string[] = [];
    for (let year = 2026; year <= 2045; year++) {
      for (const month of [3, 10]) {
        const lastSunday = new Date(Date.UTC(year, month, 0));
        lastSunday.setUTCDate(lastSunday.getUTCDate() - lastSunday.getUTCDay());
        for (const shift of [-1, 0, 1])
          days.push(new Date(lastSunday.getTime() + shift * 86_400_000).toISOString().slice(0, 10));
      }
      days.push(`${year}-01-15`, `${year}-07-15`);
    }
    const events = days.map((date, i): CalendarEvent => ({
      uid: `e${i}`,
      date,
      start: '09:00',
      end: '10:00',
      summary: 'x',
      stamp: '2026-11-23',
    }));
    const starts = utcTimes(buildCalendar('x', events)).map((e) => e.start);
    expect(starts).toEqual(days.map((date) => londonToUtc(date, '09:00')));
    // 2026 written out: the Saturday before each change, the Sunday of it (09:00 is after the 01:00 UTC change), the Monday after.
    expect(starts.slice(0, 8)).toEqual([
      '2026-03-28T09:00:00.000Z',
      '2026-03-29T08:00:00.000Z',
      '2026-03-30T08:00:00.000Z',
      '2026-10-24T08:00:00.000Z',
      '2026-10-25T09:00:00.000Z',
      '2026-10-26T09:00:00.000Z',
      '2026-01-15T09:00:00.000Z',
      '2026-07-15T08:00:00.000Z',
    ]);
  });
});
