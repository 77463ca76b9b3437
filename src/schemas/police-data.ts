/**
 * The police.uk figures file (content/data/police-uk.json), written by `npm run import:police`
 * and read by the build. Editors do not write it by hand; this schema lets the build refuse a
 * file that is damaged or inconsistent instead of publishing wrong numbers.
 *
 * Every count in a month must add up (rows = in the council + no location + outside the council,
 * and so on): the checks below name the month and the sum that does not.
 */
import { z } from 'zod';
import { fileInconsistencies, monthInconsistencies } from '../lib/police-counts.ts';

export { asbType } from '../lib/police-counts.ts';

/** The source line every page that shows these figures must carry. */
export const policeSource = {
  publisher: 'data.police.uk',
  url: 'https://data.police.uk/',
  licence: 'Contains public sector information licensed under the Open Government Licence v3.0',
} as const;

/** A calendar month written as YYYY-MM, as in police.uk's "Month" column. */
export const monthKey = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a month written as YYYY-MM');

/** Counts by police.uk crime type, such as { "Anti-social behaviour": 12, "Burglary": 3 }. Zero counts are left out. */
export const countsByType = z.record(z.string().trim().min(1), z.number().int().positive());

const count = z.number().int().nonnegative();

/** One street-level file that supplied a month. */
const importedFile = z.strictObject({
  /** The file's name, without its folder. */
  name: z.string().trim().min(1),
  /** SHA-256 of the file's bytes, so anyone can tell which edition was imported. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected 64 lower-case hexadecimal digits'),
  /** Well-formed rows of this month the file supplied. The month's rows are the sum over its files. */
  rows: count,
  /** Rows of the file that could not be read (counted in no month, since their month is unknown). */
  malformedRows: count,
  /** Present when the file was cut short and imported with --allow-partial: the month is incomplete. */
  partial: z.literal(true).optional(),
});

/** Everything imported for one month. */
export const policeMonthSchema = z.strictObject({
  /** The files that supplied this month, by name. */
  files: z.array(importedFile).min(1),
  /** The forces that reported the rows ("Reported by"). */
  forces: z.array(z.string().trim().min(1)),
  /** Rows read for this month (well-formed rows only). */
  rows: count,
  /** Anti-social behaviour rows among them. */
  asb: count,
  /** Rows whose LSOA lies in the council. */
  inCouncil: count,
  /** Rows in the council whose ward belongs to no community area. */
  inNoArea: count,
  /** Rows with no location (no LSOA): they count for the force as a whole. */
  noLocation: count,
  /** Rows whose LSOA lies outside the council, such as Swindon rows in the Wiltshire Police file. */
  outsideCouncil: count,
  /** Every row of the month by type, wherever it happened: the force-wide figure. */
  forceWide: countsByType,
  /** Rows with no location, by type. */
  noLocationByType: countsByType,
  /** Rows in the council, by type. */
  council: countsByType,
  /** Rows by community area (ids in content/areas), by type. Worked out from the wards. */
  areas: z.record(z.string().trim().min(1), countsByType),
  /** Rows by ward (ONS code), by type. */
  wards: z.record(z.string().trim().min(1), countsByType),
});

export const policeDataSchema = z
  .strictObject({
    /** The version of this file's layout. */
    format: z.literal(1),
    source: z.strictObject({
      publisher: z.literal(policeSource.publisher),
      url: z.literal(policeSource.url),
      licence: z.literal(policeSource.licence),
    }),
    /** The council the figures were imported for. */
    council: z.strictObject({
      /** ONS local authority code, such as "E06000054". */
      code: z.string().regex(/^[EW]0[6-9]\d{6}$/, 'expected an ONS local authority code such as "E06000054"'),
      /** The council's name as the lookup gives it. */
      name: z.string().trim().min(1),
    }),
    /** The ONS lookup that placed each LSOA in a ward. */
    lookup: z.strictObject({
      /** The lookup file's name. */
      name: z.string().trim().min(1),
      /** Its ward code column, such as "WD18CD": which year's wards the figures use. */
      wardColumn: z.string().regex(/^WD\d{2}CD$/, 'expected a column name such as "WD18CD"'),
    }),
    /** The council's wards by ONS code: name, and the community area (id) it belongs to, or null. */
    wards: z.record(
      z.string().regex(/^[EW]05\d{6}$/, 'expected an ONS ward code such as "E05008345"'),
      z.strictObject({ name: z.string().trim().min(1), area: z.string().trim().min(1).nullable() }),
    ),
    /** The figures, month by month (YYYY-MM). */
    months: z.record(monthKey, policeMonthSchema),
  })
  .superRefine((data, ctx) => {
    for (const [month, m] of Object.entries(data.months)) {
      for (const message of monthInconsistencies(m, data.wards)) ctx.addIssue({ code: 'custom', path: ['months', month], message });
    }
    for (const message of fileInconsistencies(data.months)) ctx.addIssue({ code: 'custom', path: ['months'], message });
  });

export type PoliceData = z.output<typeof policeDataSchema>;
export type PoliceMonth = z.output<typeof policeMonthSchema>;
export type CountsByType = z.output<typeof countsByType>;
export type WardInfo = PoliceData['wards'][string];
