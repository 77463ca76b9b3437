import { z } from 'zod';
import { baseFields, entryId, source } from './common.ts';

/** A community area (with its area board, where it has one) or a ward (councils/<id>/areas/*.yaml). */
export const areaSchema = z.strictObject({
  ...baseFields,
  /** The area board's name, such as "Chippenham Area Board", where the area has one. Leave it out where it has none. */
  areaBoard: z.string().min(1).optional(),
  /** One plain sentence about the area. */
  summary: z.string().min(1),
  /** The electoral wards (divisions) in the area, by ONS code and name. */
  wards: z
    .array(
      z.strictObject({
        /** ONS ward code, such as "E05008345". */
        code: z.string().regex(/^[EW]05\d{6}$/, 'expected an ONS ward code such as "E05008345"'),
        /** The ward's name. */
        name: z.string().min(1),
      }),
    )
    .min(1, 'expected at least one ward'),
  /** A note on which boundaries the ward list uses, when they have changed. */
  boundaryNote: z.string().min(1).optional(),
  /** Local contacts (ids in content/contacts). */
  contacts: z.array(entryId).default([]),
  /** The area's community safety priorities. */
  priorities: z
    .array(
      z.strictObject({
        /** The priority in plain words. */
        title: z.string().min(1),
        /** The problem it concerns (an id in content/problems), when there is one. */
        problem: entryId.optional(),
      }),
    )
    .default([]),
  /**
   * Where the area board usually meets. `npm run new:meeting` puts a new meeting there; cite the
   * meeting page that names it in `sources`.
   */
  usualVenue: z
    .strictObject({
      /** The venue's name, such as "Needham House". */
      name: z.string().trim().min(1, 'expected the venue\'s name'),
      /** Its address with postcode. */
      address: z.string().trim().min(1, 'expected the venue\'s address'),
    })
    .optional(),
  /** Where the facts come from. */
  sources: z.array(source).min(1, 'expected at least one source'),
});

export type Area = z.output<typeof areaSchema>;
