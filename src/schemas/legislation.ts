import { z } from 'zod';
import { baseFields, entryId, isoDate, source, webUrl } from './common.ts';

export const legislationKinds = [
  'act',
  'regulations',
  'statutory-guidance',
  'bill',
  'policy-paper',
  'circular',
] as const;

export const legislationStatuses = [
  'in-force',
  'partly-in-force',
  'not-yet-in-force',
  'superseded',
  'repealed',
  'before-parliament',
  'fell',
  'published',
] as const;

/** An act, instrument, guidance edition, bill or policy paper that created or changed powers. */
export const legislationSchema = z
  .strictObject({
    ...baseFields,
    /** One plain sentence saying what it did. */
    summary: z.string().trim().min(1),
    /** What kind of document it is. */
    kind: z.enum(legislationKinds),
    /** The citation: "2014 c. 12", "SI 2014/2590". Leave out for guidance and papers. */
    citation: z.string().trim().min(1).optional(),
    /** Royal assent (acts), the day made (regulations) or publication (guidance, papers, bills). */
    date: isoDate,
    /** Its standing today. */
    status: z.enum(legislationStatuses),
    /** When its parts came or come into force. */
    commencement: z
      .array(
        z.strictObject({
          /** The day these parts came into force. */
          date: isoDate,
          /** Which parts, in plain words. */
          what: z.string().trim().min(1),
        }),
      )
      .default([]),
    /** Powers it created (ids in content/powers). */
    introduces: z.array(entryId).default([]),
    /** Powers it repealed (ids in content/powers). */
    repeals: z.array(entryId).default([]),
    /** Powers it amended (ids in content/powers). */
    amends: z.array(entryId).default([]),
    /** The official text. */
    url: webUrl,
    /** Points that could not be verified; shown on the page as uncertain. */
    uncertain: z.array(z.string().trim().min(1)).default([]),
    /** Where the facts come from. */
    sources: z.array(source).min(1, 'expected at least one source'),
  })
  .superRefine((entry, ctx) => {
    if ((entry.kind === 'act' || entry.kind === 'regulations') && !entry.citation)
      ctx.addIssue({
        code: 'custom',
        path: ['citation'],
        message: 'missing: acts and regulations need a citation, such as "2014 c. 12"',
      });
  });

export type Legislation = z.output<typeof legislationSchema>;
