import { z } from 'zod';
import { entryId, isoDate, source } from './common.ts';

/**
 * A council's local note on a national power or problem (councils/<id>/overlays/powers/<id>.mdx
 * or overlays/problems/<id>.mdx): its own lead contacts and policy, without editing the national
 * file. The file name is the national entry's id. The body is shown on the page under the
 * council's name.
 */
export const overlaySchema = z.strictObject({
  /** One line on what is different here, such as "Wiltshire Police use domestic violence protection notices". */
  summary: z.string().trim().min(1, 'expected a one-line summary').optional(),
  /** Local contacts that lead on it in this council (contact ids), shown before the national services' contacts. */
  leads: z.array(entryId).default([]),
  /**
   * The day of the national entry's latest change (content/national/changelog.yaml) that this
   * note was checked against. The check warns when the national entry has changed since.
   */
  checkedAgainst: isoDate.optional(),
  /** Where the local facts come from. */
  sources: z.array(source).default([]),
  /** The date someone last checked this note. */
  reviewed: isoDate,
  /** The date by which it should be checked again. */
  reviewBy: isoDate.optional(),
});

export type Overlay = z.output<typeof overlaySchema>;
