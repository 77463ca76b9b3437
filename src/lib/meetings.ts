/** Meeting agendas: running start times from each item's length, and overruns. */
import type { Meeting } from '../schemas/meeting.ts';

export interface TimedItem {
  number: number;
  subject: string;
  who: string;
  decision: string | null;
  minutes: number;
  /** Start time, "HH:MM". */
  starts: string;
}

export function toMinutes(clock: string): number {
  const match = /^(\d{2}):(\d{2})$/.exec(clock);
  if (!match) throw new Error(`toMinutes: expected "HH:MM", found ${JSON.stringify(clock)}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

export function toClock(minutes: number): string {
  const h = Math.floor(minutes / 60) % 24;
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** The agenda with each item's start time, counting from the meeting's start. */
export function timedAgenda(meeting: Pick<Meeting, 'start' | 'agenda'>): TimedItem[] {
  let clock = toMinutes(meeting.start);
  return meeting.agenda.map((item, i) => {
    const starts = toClock(clock);
    clock += item.minutes;
    return { number: i + 1, ...item, starts };
  });
}

/** Minutes by which the agenda runs past the stated end (0 when it fits). */
export function agendaOverrun(meeting: Pick<Meeting, 'start' | 'end' | 'agenda'>): number {
  const total = meeting.agenda.reduce((sum, item) => sum + item.minutes, 0);
  return Math.max(0, toMinutes(meeting.start) + total - toMinutes(meeting.end));
}

/** Minutes between the end of the agenda and the meeting's stated end (0 when it fills the time or runs over). */
export function agendaSpare(meeting: Pick<Meeting, 'start' | 'end' | 'agenda'>): number {
  const total = meeting.agenda.reduce((sum, item) => sum + item.minutes, 0);
  return Math.max(0, toMinutes(meeting.end) - toMinutes(meeting.start) - total);
}

/** "18:30" -> "6:30pm", "20:00" -> "8pm", "12:00" -> "midday" (GOV.UK style, for notices to residents). */
export function clockInWords(clock: string): string {
  const minutes = toMinutes(clock);
  if (minutes === 12 * 60) return 'midday';
  if (minutes === 0) return 'midnight';
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const hour12 = h % 12 === 0 ? 12 : h % 12;
  return `${hour12}${m === 0 ? '' : `:${String(m).padStart(2, '0')}`}${h < 12 ? 'am' : 'pm'}`;
}

/**
 * The day partners report back: six months after the meeting, as the 2011 task group asked of the
 * partnership. A day that does not exist in the later month moves to that month's last day.
 */
export function sixMonthsOn(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new Error(`sixMonthsOn: expected YYYY-MM-DD, found ${JSON.stringify(date)}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const lastDay = new Date(Date.UTC(year, month + 6, 0)).getUTCDate();
  return new Date(Date.UTC(year, month + 5, Math.min(day, lastDay))).toISOString().slice(0, 10);
}

/** The follow-up the meeting names, or six months on. */
export function followUpDate(meeting: Pick<Meeting, 'date' | 'followUp'>): string {
  return meeting.followUp ?? sixMonthsOn(meeting.date);
}

/**
 * Words a template leaves for the clerk to replace. A pack must never print them, and the check
 * warns when a planned meeting still has them close to its date.
 */
const placeholderPatterns: readonly RegExp[] = [
  /\bto be (?:confirmed|arranged|announced|decided)\b/i,
  /\bTB[CA]\b/,
  /^lead officer$/i,
  /\bchair of the area board\b/i,
  /\bcllr name\b/i,
  /\bfill (?:this )?in\b/i,
  /\bXX+\b/,
];

/** The placeholder in `text`, or undefined when it has none. */
export function findPlaceholder(text: string): string | undefined {
  for (const pattern of placeholderPatterns) {
    const match = pattern.exec(text.trim());
    if (match) return match[0];
  }
  return undefined;
}

/** Every field of a meeting that still holds a placeholder, by field path. */
export function meetingPlaceholders(meeting: Pick<Meeting, 'venue' | 'agenda'>): { field: string; found: string }[] {
  const fields: [string, string][] = [
    ['venue.name', meeting.venue.name],
    ['venue.address', meeting.venue.address],
    ['venue.accessibility', meeting.venue.accessibility],
    ...meeting.agenda.flatMap((item, i): [string, string][] => [
      [`agenda[${i}].subject`, item.subject],
      [`agenda[${i}].who`, item.who],
      ...(item.decision ? [[`agenda[${i}].decision`, item.decision] as [string, string]] : []),
    ]),
  ];
  return fields.flatMap(([field, text]) => {
    const found = findPlaceholder(text);
    return found ? [{ field, found }] : [];
  });
}

/** Which of a meeting's venue details are real, not placeholders: the place itself, and the help to take part. */
export function venueConfirmed(placeholders: readonly { field: string }[]): { venue: boolean; help: boolean } {
  const left = new Set(placeholders.map((p) => p.field));
  return {
    venue: !left.has('venue.name') && !left.has('venue.address'),
    help: !left.has('venue.accessibility'),
  };
}

/** Planned and its date not yet passed (the day itself still counts): a meeting residents can still go to. */
export function isUpcoming(meeting: Pick<Meeting, 'status' | 'date'>, asOf: string): boolean {
  return meeting.status === 'planned' && meeting.date >= asOf;
}

/** Still planned but its date has passed: the clerk has not said whether it was held. */
export function isPlannedButPassed(meeting: Pick<Meeting, 'status' | 'date'>, asOf: string): boolean {
  return meeting.status === 'planned' && meeting.date < asOf;
}

/** Still planned: neither held nor cancelled. */
export function isPlanned(meeting: Pick<Meeting, 'status'>): boolean {
  return meeting.status === 'planned';
}
