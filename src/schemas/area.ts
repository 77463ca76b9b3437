import { z } from 'zod';
import { baseFields, entryId, source } from './common.ts';

/** A community area and its area board (content/areas/*.yaml). */
export const areaSchema = z.strictObject({
  ...baseFields,
  /** The area board's name, such as "Chippenham Area Board". */
  areaBoard: z.string().trim().min(1),
  /** One plain sentence about the area. */
  summary: z.string().trim().min(1),
  /** The electoral wards (divisions) in the area, by ONS code and name. */
  wards: z
    .array(
      z.strictObject({
        /** ONS ward code, such as "E05008345". */
        code: z.string().regex(/^[EW]05\d{6}$/, 'expected an ONS ward code such as "E05008345"'),
        /** The ward's name. */
        name: z.string().trim().min(1),
      }),
    )
    .min(1, 'expected at least one ward'),
  /** A note on which boundaries the ward list uses, when they have changed. */
  boundaryNote: z.string().trim().min(1).optional(),
  /** Local contacts (ids in content/contacts). */
  contacts: z.array(entryId).default([]),
  /** The area's community safety priorities. */
  priorities: z
    .array(
      z.strictObject({
        /** The priority in plain words. */
        title: z.string().trim().min(1),
        /** The problem it concerns (an id in content/problems), when there is one. */
        problem: entryId.optional(),
      }),
    )
    .default([]),
  /** Where the facts come from. */
  sources: z.array(source).min(1, 'expected at least one source'),
});

export type Area = z.output<typeof areaSchema>;
