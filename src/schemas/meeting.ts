import { z } from 'zod';
import { baseFields, clockTime, entryId, isoDate } from './common.ts';

export const meetingStatuses = ['planned', 'held', 'cancelled'] as const;

/** A single-topic area board meeting on one community safety problem. */
export const meetingSchema = z.strictObject({
  ...baseFields,
  /** The community area (an id in content/areas). */
  area: entryId,
  /** The problem it is about (an id in content/problems). */
  problem: entryId,
  /** The day of the meeting. */
  date: isoDate,
  /** Start time, UK local time, such as "18:30". */
  start: clockTime,
  /** Planned end time, UK local time. */
  end: clockTime,
  /** Where it is held. */
  venue: z.strictObject({
    /** The venue's name. */
    name: z.string().trim().min(1),
    /** Its address. */
    address: z.string().trim().min(1),
    /** Step-free access, hearing loop, parking and the like. */
    accessibility: z.string().trim().min(1),
  }),
  /** Whether it is planned, has been held or was cancelled. */
  status: z.enum(meetingStatuses),
  /** Agenda items in order, as Item, Subject, Who, Decision required, Time. */
  agenda: z
    .array(
      z.strictObject({
        /** The subject of the item. */
        subject: z.string().trim().min(1),
        /** Who leads the item. */
        who: z.string().trim().min(1),
        /** The decision required; null when the item is for information. */
        decision: z.string().trim().min(1).nullable(),
        /** How many minutes it takes. */
        minutes: z.number().int().positive(),
      }),
    )
    .min(1, 'expected at least one agenda item'),
  /** Partners invited (ids in content/contacts). */
  invited: z.array(entryId).default([]),
  /** After the meeting: what was agreed or learned. */
  outcomes: z.array(z.string().trim().min(1)).default([]),
  /** After the meeting: actions with owners and dates. */
  actions: z
    .array(
      z.strictObject({
        /** What is to be done. */
        action: z.string().trim().min(1),
        /** Who does it. */
        owner: z.string().trim().min(1),
        /** By when. */
        due: isoDate,
      }),
    )
    .default([]),
});

export type Meeting = z.output<typeof meetingSchema>;
