import { z } from 'zod';
import { entryId, isoDate, source, webUrl } from './common.ts';

/**
 * A plan's first or last day, or only its year when the plan gives no day ("2014-2017"): never
 * guess a day the plan does not give.
 */
export const planDate = z
  .union([z.number(), z.string(), z.date()], {
    error: 'expected a date written as YYYY-MM-DD, or a year such as 2014 when the plan gives no day',
  })
  .transform((value, ctx) => {
    const year = typeof value === 'number' ? String(value) : value;
    if (typeof year === 'string' && /^\d{4}$/.test(year)) return year;
    const day = isoDate.safeParse(value);
    if (day.success) return day.data;
    ctx.addIssue({
      code: 'custom',
      message: `found ${JSON.stringify(value instanceof Date ? String(value) : value)}, expected a date written as YYYY-MM-DD, or a year such as 2014 when the plan gives no day`,
    });
    return z.NEVER;
  });

/** The community safety partnership (content/partnership.yaml). */
export const partnershipSchema = z.strictObject({
  /** The partnership's name. */
  title: z.string().trim().min(1),
  /** Other names it goes by, such as "CSP". */
  aliases: z.array(z.string().trim().min(1)).default([]),
  /** One or two plain sentences on what it is. */
  summary: z.string().trim().min(1),
  /** Its members, each a contact, with their standing. */
  members: z
    .array(
      z.strictObject({
        /** The member (a contact id, from the council's or the national contacts folder). */
        contact: entryId,
        /** Responsible authorities have duties under the Crime and Disorder Act 1998 s5. */
        role: z.enum(['responsible-authority', 'co-operating-body', 'other-member']),
      }),
    )
    .min(1),
  /** The laws the partnership works under, as its own papers cite them. */
  framework: z
    .array(
      z.strictObject({
        /** The law as the papers cite it, such as "Crime and Disorder Act 1998, sections 5 to 7". */
        title: z.string().trim().min(1),
        /** What it requires of the partnership, in plain words. */
        duty: z.string().trim().min(1),
        /** The toolkit's own page on it (an id in content/legislation), when there is one. */
        legislation: entryId.optional(),
        /** Its text online, such as on legislation.gov.uk. */
        url: webUrl.optional(),
      }),
    )
    .default([]),
  /** The current partnership plan; leave it out until you have found it published. */
  plan: z
    .strictObject({
      /** Its title. */
      title: z.string().trim().min(1),
      /** First day it covers, or its first year when the plan gives no day. */
      from: planDate,
      /** Last day it covers, or its last year when the plan gives no day. */
      to: planDate,
      /** Where it is published. */
      url: webUrl.optional(),
      /** What readers should know about it, such as a newer plan not yet published. */
      note: z.string().trim().min(1).optional(),
    })
    .optional(),
  /** Its priorities, each with a lead agency. */
  priorities: z
    .array(
      z.strictObject({
        /** The priority. */
        title: z.string().trim().min(1),
        /** The lead agency (a contact id, from the council's or the national contacts folder), when the plan names one. Never guess it. */
        lead: entryId.optional(),
        /**
         * The lead as the plan names it, when that body is not a contact here (it has closed, say).
         * With `lead` too, the page shows both: the body the plan named, and the contact that does its work now.
         */
        leadAsPublished: z.string().trim().min(1).optional(),
        /** Problems it covers (ids in content/problems). */
        problems: z.array(entryId).default([]),
      }),
    )
    .default([]),
  /** How often its board meets, in plain words. */
  meetingCycle: z.string().trim().min(1),
  /** The council's crime and disorder committee. */
  committee: z.strictObject({
    /** Its name. */
    name: z.string().trim().min(1),
    /** Its web page. */
    url: webUrl.optional(),
    /** What readers should know, such as that no formal designation was found and how this one was chosen. */
    note: z.string().trim().min(1).optional(),
  }),
  /** The date someone last checked this against its sources. */
  reviewed: isoDate,
  /** The date by which it should be checked again. */
  reviewBy: isoDate.optional(),
  /** Where the facts come from. */
  sources: z.array(source).min(1),
});

export type Partnership = z.output<typeof partnershipSchema>;
