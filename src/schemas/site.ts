import { z } from 'zod';
import { isoDate, source, webUrl } from './common.ts';
import { nation } from './nation.ts';

/** The council that publishes the site (content/site.yaml). */
export const siteSchema = z.strictObject({
  /** The council's name, such as "Wiltshire Council". */
  council: z.string().min(1),
  /** The place the council serves, as people say it, such as "Wiltshire": local notes appear under "In Wiltshire". */
  place: z.string().trim().min(1, 'expected the place the council serves, such as "Wiltshire"'),
  /** The site's name, shown in the header and page titles. */
  name: z.string().min(1),
  /** One sentence on what the site is, for the home page and feeds. */
  description: z.string().min(1),
  /** The address the site is published at, such as "https://example.org/community-safety/". */
  url: webUrl,
  /** The ONS code of the council's local authority, such as "E06000054". */
  localAuthorityCode: z.string().regex(/^[EW]0[6-9]\d{6}$/, 'expected an ONS local authority code such as "E06000054"'),
  /**
   * The nation the council is in, "england" or "wales": its pages show that nation's law first,
   * with the other's one click away. Must match localAuthorityCode (E... England, W... Wales).
   */
  nation,
  /** The licence of the site's content. */
  contentLicence: z.strictObject({ name: z.string().min(1), url: webUrl }),
  /** Where the site's source files can be seen. */
  sourceUrl: webUrl,
  /** Where readers report a mistake or out-of-date fact. */
  corrections: z.strictObject({
    /** Email address for corrections. */
    email: z.email('expected an email address'),
    /** The team that handles them. */
    team: z.string().min(1),
  }),
  /** Entries not reviewed for this many days count as stale when they set no reviewBy. */
  reviewPeriodDays: z.number().int().positive().default(365),
  /** Facts for the accessibility statement page. */
  accessibility: z.strictObject({
    /** The day the site was last tested. */
    lastTested: isoDate,
    /** Who tested it and how. */
    testedBy: z.string().min(1),
    /** The day the statement was prepared. */
    statementPrepared: isoDate,
    /** The day the statement was last reviewed. */
    statementReviewed: isoDate,
    /** Known problems, in plain words; empty when none are known. */
    knownIssues: z.array(z.string().min(1)).default([]),
  }),
  /** Where the example or local facts on the home page come from. */
  sources: z.array(source).default([]),
}).superRefine((site, ctx) => {
  const expected = site.localAuthorityCode.startsWith('W') ? 'wales' : 'england';
  if (site.nation !== expected)
    ctx.addIssue({ code: 'custom', path: ['nation'], message: `found "${site.nation}", but localAuthorityCode ${site.localAuthorityCode} is a council in ${expected === 'wales' ? 'Wales' : 'England'}; expected "${expected}"` });
});

export type Site = z.output<typeof siteSchema>;
