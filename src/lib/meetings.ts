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

/** A meeting still marked planned whose day is before today: it was held or called off, and nobody said which. */
export function datePassed(meeting: Pick<Meeting, 'status' | 'date'>, asOf: string): boolean {
  return meeting.status === 'planned' && meeting.date < asOf;
}

/** How early an agenda may end before the meeting's end without a warning: a short break or questions. */
export const agendaSlackMinutes = 30;

/**
 * What does not stop a meeting being published but its clerk should see: a past meeting still
 * "planned", and an agenda that ends well before the meeting does (an item is missing, or the end
 * time is wrong). Field names as in the meeting's file.
 */
export function meetingWarnings(meeting: Pick<Meeting, 'status' | 'date' | 'start' | 'end' | 'agenda'>, asOf: string): { field: string; message: string }[] {
  const warnings: { field: string; message: string }[] = [];
  if (datePassed(meeting, asOf))
    warnings.push({ field: 'status', message: `the meeting's day (${meeting.date}) has passed and it is still "planned"; set status to "held" (and add its outcomes) or "cancelled". Until then its page asks "Date passed: was it held?" and it is left out of planned.ics` });
  const items = timedAgenda(meeting);
  const last = items.at(-1);
  if (last) {
    const agendaEnd = toMinutes(last.starts) + last.minutes;
    const gap = toMinutes(meeting.end) - agendaEnd;
    if (gap >= agendaSlackMinutes)
      warnings.push({ field: 'agenda', message: `the agenda ends at ${toClock(agendaEnd)}, ${gap} minutes before the meeting's end at ${meeting.end}; add the missing items or their minutes, or set end to "${toClock(agendaEnd)}"` });
  }
  return warnings;
}
