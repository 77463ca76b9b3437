import { z } from 'zod';
import { isoDate } from './common.ts';

/** What a national change touched: "powers/<id>", "problems/<id>" or "legislation/<id>". */
export const changedEntry = z
  .string()
  .regex(
    /^(powers|problems|legislation)\/[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'expected "powers/<id>", "problems/<id>" or "legislation/<id>"',
  );

/**
 * The national content's changelog (content/national/changelog.yaml): which powers, problems and
 * legislation changed, when and why. Councils' sites show it as "What changed in the law", and the
 * check warns when a council's overlay was written before a later change to its national entry.
 */
export const nationalChangelogSchema = z
  .array(
    z.strictObject({
      /** The day the change was made to the national content. */
      date: isoDate,
      /** What changed, in one plain sentence. */
      summary: z.string().trim().min(1, 'expected a one-line summary'),
      /** Why: the law, guidance or correction behind it. */
      why: z.string().trim().min(1, 'expected why the content changed'),
      /** Whether the law itself changed, or only how the site explains it (a correction or addition). */
      kind: z.enum(['law-changed', 'correction', 'addition', 'clarification']),
      /** The entries it touched. */
      entries: z
        .array(changedEntry)
        .min(1, 'expected at least one entry, such as "powers/community-protection-notice"'),
    }),
  )
  .min(1, 'expected at least one change');

export type NationalChange = z.output<typeof nationalChangelogSchema>[number];
