/**
 * Building blocks shared by every collection schema.
 *
 * Plain zod, no Astro imports: the same schemas validate entries inside `astro build`
 * (through src/content.config.ts) and in `npm run check` (through src/lib/integrity.ts).
 */
import { z } from 'zod';
import { isRealIsoDate } from './iso-date.ts';

/** The id of another entry: its file name without the extension, in kebab-case. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A reference to another entry, by id. The integrity check makes sure the target exists. */
export const entryId = z
  .string({ error: 'expected the id of an entry (a file name in kebab-case, without extension)' })
  .regex(idPattern, 'expected an id in kebab-case, such as "community-protection-notice"');

/** A national service, such as "council-asb" (an id in content/national/services.yaml). Checked by the integrity check. */
export const serviceId = z
  .string({ error: 'expected the id of a service in content/national/services.yaml, such as "council-asb"' })
  .regex(idPattern, 'expected a service id in kebab-case, such as "council-asb"');

/**
 * A calendar date written as YYYY-MM-DD. YAML reads an unquoted date as a Date object, so both
 * forms are accepted; the output is always the string, so dates never shift with time zones.
 */
export const isoDate = z
  .union([z.string(), z.date()], { error: 'expected a date written as YYYY-MM-DD' })
  .transform((value, ctx) => {
    const text = value instanceof Date ? dateToIso(value) : value;
    if (text === undefined || !isRealIsoDate(text)) {
      ctx.addIssue({
        code: 'custom',
        message: `found ${JSON.stringify(value instanceof Date ? String(value) : value)}, expected a real date written as YYYY-MM-DD`,
      });
      return z.NEVER;
    }
    return text;
  });

function dateToIso(date: Date): string | undefined {
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().slice(0, 10);
}

export { isRealIsoDate };

/** A clock time written as HH:MM in 24-hour form, such as "18:30". Quote it in YAML. */
export const clockTime = z
  .string({ error: 'expected a time written as "HH:MM" in quotes, such as "18:30"' })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time written as "HH:MM" (24-hour), such as "18:30"');

/** An absolute web address. */
export const webUrl = z
  .string({ error: 'expected a web address starting https://' })
  .regex(/^https?:\/\/[^\s/$.?#].[^\s]*$/i, 'expected a web address starting https://');

/** Where a fact comes from: a document title and its address. */
export const source = z.strictObject({
  /** Title of the page or document, as its publisher gives it. */
  title: z.string().trim().min(1),
  /** Address of the page or document. Prefer legislation.gov.uk and gov.uk. */
  url: webUrl,
});

/** Fields every entry has, whatever its collection. */
export const baseFields = {
  /** The entry's name as readers see it: a page heading. */
  title: z.string().trim().min(1, 'expected a title'),
  /** Other names and residents' words for the same thing (acronyms, old names). Searched. */
  aliases: z.array(z.string().trim().min(1)).default([]),
  /** The date someone last checked this entry against its sources. */
  reviewed: isoDate,
  /** The date by which it should be checked again. Defaults to the site's review period. */
  reviewBy: isoDate.optional(),
};

/** Kinds of organisation that can use a power or that a contact belongs to. */
export const agencies = [
  'police',
  'pcso',
  'council',
  'social-landlord',
  'private-landlord',
  'prosecutor',
  'court',
  'fire-and-rescue',
  'health',
  'probation',
  'youth-justice',
  'police-and-crime-commissioner',
  'any-person',
] as const;
export const agency = z.enum(agencies);

/** The crime types data.police.uk uses in its street-level files. */
export const policeUkCategories = [
  'Anti-social behaviour',
  'Bicycle theft',
  'Burglary',
  'Criminal damage and arson',
  'Drugs',
  'Other crime',
  'Other theft',
  'Possession of weapons',
  'Public order',
  'Robbery',
  'Shoplifting',
  'Theft from the person',
  'Vehicle crime',
  'Violence and sexual offences',
] as const;
export const policeUkCategory = z.enum(policeUkCategories);

/**
 * What is known about getting into and around a venue. Each fact is true or false when known and
 * left out when not: the notice then says plainly that it is not confirmed. Never guess one.
 */
export const venueAccess = z
  .strictObject({
    /** True when there is step-free access from the street to the meeting room; false when there is not. Leave out when not known. */
    stepFree: z.boolean().optional(),
    /** True when the meeting room has a hearing loop; false when it has not. Leave out when not known. */
    hearingLoop: z.boolean().optional(),
    /** True when the venue has an accessible toilet; false when it has not. Leave out when not known. */
    accessibleToilet: z.boolean().optional(),
    /** True when visitors can park at the venue; false when they cannot. Leave out when not known. */
    parking: z.boolean().optional(),
    /** Anything else residents should know, in one short sentence (150 characters at most, for the one-page notice), such as "The lift is by the main entrance." */
    note: z
      .string()
      .trim()
      .min(1, 'expected a short note, or leave note out')
      .max(
        150,
        "expected a note of at most 150 characters, so the notice still prints on one page; put the detail on the venue's own page",
      )
      .optional(),
    /** The venue's or council's page that states these facts. */
    source: webUrl.optional(),
    /** The day someone last checked these facts with the venue or on its page. */
    checked: isoDate.optional(),
  })
  .refine((a) => a.source !== undefined || a.checked !== undefined, {
    message:
      "expected where the access facts come from: a source (the venue's or council's page) or the day they were checked, or both",
    path: ['source'],
  });

export type VenueAccess = z.output<typeof venueAccess>;
