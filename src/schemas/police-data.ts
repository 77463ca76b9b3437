/**
 * The police.uk figures file (content/data/police-uk.json), written by `npm run import:police`
 * and read by the build. Editors do not write it by hand; this schema lets the build refuse a
 * file that is damaged or inconsistent instead of publishing wrong numbers.
 *
 * Every count in a month must add up (rows = in the council + no location + outside the council,
 * and so on): the checks below name the month and the sum that does not.
 */
import { z } from 'zod';

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
  /** Rows by community area (ids in the council's areas folder), by type. Worked out from the wards. */
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
      for (const message of monthInconsistencies(m, data.wards))
        ctx.addIssue({ code: 'custom', path: ['months', month], message });
    }
    for (const message of fileInconsistencies(data.months)) ctx.addIssue({ code: 'custom', path: ['months'], message });
  });

export type PoliceData = z.output<typeof policeDataSchema>;
export type PoliceMonth = z.output<typeof policeMonthSchema>;
export type CountsByType = z.output<typeof countsByType>;
export type WardInfo = PoliceData['wards'][string];

// Sums of counts by crime type, and the checks that a file's sums agree: the schema's own rules.

/** The crime type police.uk uses for anti-social behaviour incidents. */
export const asbType = 'Anti-social behaviour';

/** The sum of a set of counts. */
export function total(counts: CountsByType): number {
  let sum = 0;
  for (const n of Object.values(counts)) sum += n;
  return sum;
}

/** Adds counts together, type by type. */
export function addCounts(...all: CountsByType[]): CountsByType {
  const out: CountsByType = {};
  for (const counts of all) for (const [type, n] of Object.entries(counts)) out[type] = (out[type] ?? 0) + n;
  return out;
}

function sameCounts(a: CountsByType, b: CountsByType): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) if ((a[key] ?? 0) !== (b[key] ?? 0)) return false;
  return true;
}

/**
 * A file that supplied several months must be described the same way in each: one file has one
 * number of malformed rows and is cut short or not.
 */
export function fileInconsistencies(months: Record<string, PoliceMonth>): string[] {
  const seen = new Map<string, { month: string; malformedRows: number; partial: boolean }>();
  const problems: string[] = [];
  for (const month of Object.keys(months).sort()) {
    for (const f of months[month]!.files) {
      const first = seen.get(f.sha256);
      const partial = f.partial === true;
      if (!first) seen.set(f.sha256, { month, malformedRows: f.malformedRows, partial });
      else if (first.malformedRows !== f.malformedRows || first.partial !== partial)
        problems.push(
          `${f.name} is described differently in ${first.month} and ${month} (malformed rows or partial); expected one account of each file`,
        );
    }
  }
  return problems;
}

/** The sums in one month that do not add up, in words. Empty when the month is consistent. */
export function monthInconsistencies(m: PoliceMonth, wards: PoliceData['wards']): string[] {
  const problems: string[] = [];
  const expect = (ok: boolean, message: string) => ok || problems.push(message);
  const fromFiles = m.files.reduce((n, f) => n + f.rows, 0);
  expect(
    fromFiles === m.rows,
    `the files add up to ${fromFiles} rows (${m.files.map((f) => `${f.name} ${f.rows}`).join(', ')}), expected rows (${m.rows})`,
  );
  const shas = m.files.map((f) => f.sha256);
  expect(
    new Set(shas).size === shas.length,
    'lists the same file (by SHA-256) more than once; expected each file once',
  );
  expect(
    new Set(m.forces).size === m.forces.length,
    `lists a force more than once (${m.forces.join(', ')}); expected each force once`,
  );
  expect(
    m.rows === 0 || m.forces.length > 0,
    `has ${m.rows} rows but no force; expected the forces that reported them`,
  );
  expect(
    m.rows === m.inCouncil + m.noLocation + m.outsideCouncil,
    `rows (${m.rows}) should equal inCouncil + noLocation + outsideCouncil (${m.inCouncil} + ${m.noLocation} + ${m.outsideCouncil})`,
  );
  expect(total(m.forceWide) === m.rows, `forceWide adds up to ${total(m.forceWide)}, expected rows (${m.rows})`);
  expect(
    (m.forceWide[asbType] ?? 0) === m.asb,
    `forceWide has ${m.forceWide[asbType] ?? 0} anti-social behaviour rows, expected asb (${m.asb})`,
  );
  expect(
    total(m.noLocationByType) === m.noLocation,
    `noLocationByType adds up to ${total(m.noLocationByType)}, expected noLocation (${m.noLocation})`,
  );
  expect(
    total(m.council) === m.inCouncil,
    `council adds up to ${total(m.council)}, expected inCouncil (${m.inCouncil})`,
  );
  expect(sameCounts(addCounts(...Object.values(m.wards)), m.council), 'the wards do not add up to the council figures');
  const unknownWards = Object.keys(m.wards).filter((code) => !wards[code]);
  expect(unknownWards.length === 0, `wards ${unknownWards.join(', ')} are not in the file's list of wards`);
  const byArea = new Map<string | null, CountsByType[]>();
  for (const [code, counts] of Object.entries(m.wards)) {
    const area = wards[code]?.area ?? null;
    byArea.set(area, [...(byArea.get(area) ?? []), counts]);
  }
  expect(
    total(addCounts(...(byArea.get(null) ?? []))) === m.inNoArea,
    `inNoArea (${m.inNoArea}) does not match the rows in wards that belong to no area`,
  );
  const areaIds = new Set([...Object.keys(m.areas), ...[...byArea.keys()].filter((a): a is string => a !== null)]);
  for (const area of areaIds) {
    expect(
      sameCounts(m.areas[area] ?? {}, addCounts(...(byArea.get(area) ?? []))),
      `area "${area}" does not match the sum of its wards`,
    );
  }
  return problems;
}
