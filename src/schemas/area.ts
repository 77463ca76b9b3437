import { z } from 'zod';

/** What a council's areas are (site.yaml `areaKind`): community areas grouping wards, or the wards themselves. */
export const areaKinds = ['community-area', 'ward'] as const;
export type AreaKind = (typeof areaKinds)[number];
import { baseFields, entryId, source, venueAccess, webUrl } from './common.ts';

/**
 * One of the area's own routes: its neighbourhood policing team, its area board, or a local
 * scheme. Only what the council or the police publish: where a team has no number of its own,
 * `howToReach` says how to get to it (through 101, say).
 */
export const localRoute = z
  .strictObject({
    /** Who or what it is, such as "Trowbridge Neighbourhood Policing Team". */
    name: z.string().trim().min(1),
    /** What it does for residents here, and anything a councillor should know, in plain sentences. */
    summary: z.string().trim().min(1),
    /** Its own published phone number. */
    phone: z
      .string()
      .regex(/^[0-9 +()]+$/, 'expected a phone number of digits and spaces, such as "01225 718224"')
      .optional(),
    /** Its own published email address. */
    email: z.email('expected an email address').optional(),
    /** Its own web page. */
    web: webUrl.optional(),
    /** How to reach it when it has no number, email or page of its own. */
    howToReach: z.string().trim().min(1).optional(),
    /** Where it was published, and when. */
    sources: z.array(source).min(1, 'expected at least one source for this route'),
  })
  .refine((r) => r.phone || r.email || r.web || r.howToReach, {
    message: 'missing: a route needs a phone, email, web or howToReach',
    path: ['howToReach'],
  });

/** The area's own routes, beside the council-wide contacts. Leave a kind out when none is published. */
export const areaRoutes = z.strictObject({
  /** The neighbourhood policing team that covers the area. */
  police: localRoute.optional(),
  /** The area board: its page (which lists its councillors), its clerk, its engagement manager. */
  areaBoard: localRoute.optional(),
  /** How to find the area's own councillors. */
  councillors: localRoute.optional(),
  /** Other local routes, such as a town council's CCTV scheme or street wardens. */
  other: z.array(localRoute).default([]),
});

/** A community area (with its area board, where it has one) or a ward (councils/<id>/areas/*.yaml). */
export const areaSchema = z.strictObject({
  ...baseFields,
  /** The area board's name, such as "Chippenham Area Board", where the area has one. Leave it out where it has none. */
  areaBoard: z.string().trim().min(1).optional(),
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
  /** Local contacts (contact ids, from the council's or the national contacts folder). */
  contacts: z.array(entryId).default([]),
  /** The area's own routes (police team, area board, councillors, local schemes), where published. */
  routes: areaRoutes.optional(),
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
  /**
   * Where the area board usually meets. `npm run new:meeting` puts a new meeting there; cite the
   * meeting page that names it in `sources`.
   */
  usualVenue: z
    .strictObject({
      /** The venue's name, such as "Needham House". */
      name: z.string().trim().min(1, "expected the venue's name"),
      /** Its address with postcode. */
      address: z.string().trim().min(1, "expected the venue's address"),
      /** What is known about the venue's access. Meetings held here use these facts unless they give their own. */
      access: venueAccess.optional(),
    })
    .optional(),
  /** Where the facts come from. */
  sources: z.array(source).min(1, 'expected at least one source'),
});

export type Area = z.output<typeof areaSchema>;
export type LocalRoute = z.output<typeof localRoute>;
