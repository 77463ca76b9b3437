import { z } from 'zod';
import { entryId, isoDate, source, webUrl } from './common.ts';

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
        /** The member (an id in content/contacts). */
        contact: entryId,
        /** Responsible authorities have duties under the Crime and Disorder Act 1998 s5. */
        role: z.enum(['responsible-authority', 'co-operating-body', 'other-member']),
      }),
    )
    .min(1),
  /** The current partnership plan. */
  plan: z.strictObject({
    /** Its title. */
    title: z.string().trim().min(1),
    /** First day it covers. */
    from: isoDate,
    /** Last day it covers. */
    to: isoDate,
    /** Where it is published. */
    url: webUrl.optional(),
    /** What readers should know about it, such as a newer plan not yet published. */
    note: z.string().trim().min(1).optional(),
  }),
  /** Its priorities, each with a lead agency. */
  priorities: z
    .array(
      z.strictObject({
        /** The priority. */
        title: z.string().trim().min(1),
        /** The lead agency (an id in content/contacts), when the plan names one. Never guess it. */
        lead: entryId.optional(),
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
  }),
  /** The date someone last checked this against its sources. */
  reviewed: isoDate,
  /** The date by which it should be checked again. */
  reviewBy: isoDate.optional(),
  /** Where the facts come from. */
  sources: z.array(source).min(1),
});

export type Partnership = z.output<typeof partnershipSchema>;
