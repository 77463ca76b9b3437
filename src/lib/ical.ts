/**
 * iCalendar (RFC 5545) events in UK local time. Events carry TZID=Europe/London with a
 * VTIMEZONE that states the UK's clock-change rules, so calendars place them right on either
 * side of the change. Output is deterministic: DTSTAMP comes from the caller, not the clock.
 * Hand-written because ical-generator writes DTSTAMP as a floating time once a calendar has a zone
 * (README, "Formats we write without a library").
 */
import { contentLines } from './content-lines.ts';
import { escapeIcalText } from './escape.ts';

export interface CalendarEvent {
  /** Globally unique and stable, such as "meeting-id@toolkit.example.org". */
  uid: string;
  /** Local date, YYYY-MM-DD. */
  date: string;
  /** Local start and end times, "HH:MM"; leave out both for an all-day event. */
  start?: string;
  end?: string;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  /** When the event's information was last changed, YYYY-MM-DD (used for DTSTAMP). */
  stamp: string;
  status?: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';
}

/** Europe/London since 1996: BST from 01:00 UTC on the last Sunday of March to the last Sunday of October. */
const londonTimezone = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/London',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0000',
  'TZOFFSETTO:+0100',
  'TZNAME:BST',
  'DTSTART:19810329T010000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0000',
  'TZNAME:GMT',
  'DTSTART:19961027T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

const compactDate = (iso: string) => iso.replaceAll('-', '');
const compactTime = (clock: string) => `${clock.replace(':', '')}00`;

function eventLines(event: CalendarEvent): string[] {
  const timed = event.start !== undefined && event.end !== undefined;
  const nextDay = (() => {
    const d = new Date(`${event.date}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + 1);
    return d.toISOString().slice(0, 10);
  })();
  return [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${compactDate(event.stamp)}T000000Z`,
    ...(timed
      ? [
          `DTSTART;TZID=Europe/London:${compactDate(event.date)}T${compactTime(event.start!)}`,
          `DTEND;TZID=Europe/London:${compactDate(event.date)}T${compactTime(event.end!)}`,
        ]
      : [`DTSTART;VALUE=DATE:${compactDate(event.date)}`, `DTEND;VALUE=DATE:${compactDate(nextDay)}`]),
    `SUMMARY:${escapeIcalText(event.summary)}`,
    ...(event.description ? [`DESCRIPTION:${escapeIcalText(event.description)}`] : []),
    ...(event.location ? [`LOCATION:${escapeIcalText(event.location)}`] : []),
    ...(event.url ? [`URL:${event.url}`] : []),
    ...(event.status ? [`STATUS:${event.status}`] : []),
    'END:VEVENT',
  ];
}

/** A whole calendar: one or many events, with the London time zone when any event is timed. */
export function buildCalendar(name: string, events: readonly CalendarEvent[]): string {
  const timed = events.some((e) => e.start !== undefined);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Community Safety Toolkit//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeIcalText(name)}`,
    ...(timed ? londonTimezone : []),
    ...events.flatMap(eventLines),
    'END:VCALENDAR',
  ];
  return contentLines(lines);
}
