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
