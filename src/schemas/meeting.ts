import { z } from 'zod';
import { baseFields, clockTime, entryId, isoDate, venueAccess } from './common.ts';

/** A UK phone number as written for readers; validated by the integrity check like a contact's. */
const phoneText = z
  .string()
  .regex(/^[0-9 +()]+$/, 'expected a phone number of digits and spaces, such as "0300 456 0100"');

export const meetingStatuses = ['planned', 'held', 'cancelled'] as const;

/** A single-topic area board meeting on one community safety problem. */
export const meetingSchema = z.strictObject({
  ...baseFields,
  /** The community area (an id in the council's areas folder). */
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
    /** How residents ask for what they need to take part, such as "Tell Democratic Services before the meeting if you need a seat near the front". The notice prints it after the access facts. */
    accessibility: z.string().trim().min(1),
    /**
     * What is known about the venue's access. When left out and the venue is the area's usual
     * venue, the notice uses the area's facts; otherwise it says they are not confirmed.
     */
    access: venueAccess.optional(),
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
  /**
   * Partners the area board has invited so far (contact ids, from the council's or the national contacts folder). The pack works out who
   * to invite, and why, from the problem, its powers, the area and the partnership; this list only
   * marks the invitations sent.
   */
  invited: z.array(entryId).default([]),
  /** The day partners report back to the area board on the actions. Six months after the meeting when left out. */
  followUp: isoDate.optional(),
  /** The last day residents can send a question in advance. The notice leaves out the day when this is left out. */
  questionsBy: isoDate.optional(),
  /**
   * Where residents send questions in advance and ask about access, such as the area board's
   * democratic services officer. When left out, the notice names the council's main number.
   */
  enquiries: z
    .strictObject({
      /** The person or team, such as "Democratic Services". */
      name: z.string().trim().min(1, 'expected the person or team residents contact'),
      /** Their published email address. */
      email: z.email('expected an email address').optional(),
      /** Their published phone number. */
      phone: phoneText.optional(),
    })
    .refine((e) => e.email !== undefined || e.phone !== undefined, {
      message: 'expected an email or a phone number for enquiries',
    })
    .optional(),
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
