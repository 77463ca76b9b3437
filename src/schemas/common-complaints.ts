import { z } from 'zod';
import { entryId, source } from './common.ts';

/**
 * The commonest complaints, in order (content/national/common-complaints.yaml): the problem
 * finder shows them first, with where the order comes from, and the full list by theme below.
 */
export const commonComplaintsSchema = z.strictObject({
  /** Where the order comes from, in one or two plain sentences shown under the list. */
  basis: z.string().trim().min(1, 'expected a sentence on where the order comes from'),
  /** The surveys and figures behind the order. */
  sources: z.array(source).min(1, 'expected at least one source for the order'),
  /** Problems (ids in content/national/problems), commonest first. */
  problems: z.array(entryId).min(1, 'expected at least one problem'),
  /** A problem to show after the list as "If nothing has worked" (an id in content/national/problems). */
  ifNothingWorks: entryId.optional(),
});

export type CommonComplaints = z.output<typeof commonComplaintsSchema>;
