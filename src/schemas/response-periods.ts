import { z } from 'zod';
import { source } from './common.ts';

/**
 * How long one kind of responder has to answer a scrutiny recommendation, and where that rule
 * comes from. The period counts from the day they received the report (or the committee's notice,
 * if later), that day included. Leave months and days out when the period is not known: the site
 * then never marks a response overdue, and the note says why.
 */
export const responsePeriodSchema = z
  .strictObject({
    /** Whole calendar months, such as 2 for "within two months". */
    months: z.number().int().positive().optional(),
    /** Days, such as 28 for "within 28 days". */
    days: z.number().int().positive().optional(),
    /** The law, regulation or constitution rule that sets the period (or that was checked and sets none). */
    sources: z.array(source).min(1, 'expected at least one source for the rule'),
    /** True only when someone has read the period in the words of the law or rule itself. */
    confirmed: z.boolean(),
    /** What readers should know, such as what could not be confirmed. Shown on the tracker page. */
    note: z.string().trim().min(1).optional(),
  })
  .superRefine(
    (period, ctx) => {
      const p = period as { confirmed?: unknown; months?: unknown; days?: unknown; note?: unknown };
      if (p.confirmed === true && p.months === undefined && p.days === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['confirmed'],
          message: 'found true, expected false when no period (months or days) is given',
        });
      if (p.confirmed === false && p.note === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['note'],
          message: 'missing: say what is not confirmed, so the page can tell readers',
        });
    },
    { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
  );

/** Response periods by who must respond (see a recommendation's mustRespond). */
export const responsePeriodsSchema = z.strictObject({
  /** The council's executive (cabinet), under the Local Government Act 2000 s9FE: two months in England. */
  executive: responsePeriodSchema.optional(),
  /** A responsible authority or co-operating body answering the crime and disorder committee (Police and Justice Act 2006 s19). */
  partner: responsePeriodSchema.optional(),
});

export type ResponsePeriod = z.output<typeof responsePeriodSchema>;
export type ResponsePeriods = z.output<typeof responsePeriodsSchema>;
