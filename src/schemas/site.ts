import { z } from 'zod';
import { areaKinds } from './area.ts';
import { isoDate, source, webUrl } from './common.ts';
import { responsePeriodsSchema } from './response-periods.ts';
import { nation } from './nation.ts';

/** The council that publishes the site (content/site.yaml). */
export const siteSchema = z
  .strictObject({
    /** The council's name, such as "Wiltshire Council". */
    council: z.string().trim().min(1),
    /** The place the council serves, as people say it, such as "Wiltshire": local notes appear under "In Wiltshire". */
    place: z.string().trim().min(1, 'expected the place the council serves, such as "Wiltshire"'),
    /** The site's name, shown in the header and page titles. */
    name: z.string().trim().min(1),
    /** One sentence on what the site is, for the home page and feeds. */
    description: z.string().trim().min(1),
    /** The address the site is published at, such as "https://example.org/community-safety/". */
    url: webUrl,
    /** The ONS code of the council's local authority, such as "E06000054". */
    localAuthorityCode: z
      .string()
      .regex(/^[EW]0[6-9]\d{6}$/, 'expected an ONS local authority code such as "E06000054"'),
    /**
     * The police forces whose police.uk files the council imports, as the files' "Falls within"
     * column names them, such as ["Wiltshire Police"] or ["Devon & Cornwall Police"]. The importer
     * refuses rows of any other force.
     */
    policeForces: z
      .array(z.string().trim().min(1, 'expected a force as police.uk names it, such as "Kent Police"'))
      .min(1, 'expected at least one police force, such as ["Wiltshire Police"]'),
    /**
     * What the council's areas are: "community-area" (groups of wards, such as Wiltshire's, each
     * with its area board when areas/*.yaml names one) or "ward" (each area is one electoral ward,
     * for a council without area boards). Pages name areas and meetings to match.
     */
    areaKind: z.enum(areaKinds).default('community-area'),
    /**
     * The nation the council is in, "england" or "wales": its pages show that nation's law first,
     * with the other's one click away. Must match localAuthorityCode (E... England, W... Wales).
     */
    nation,
    /** The licence of the site's content. */
    contentLicence: z.strictObject({
      /** The licence's name, such as "Open Government Licence v3.0". */
      name: z.string().trim().min(1),
      /** The licence's web page. */
      url: webUrl,
    }),
    /** Where the site's source files can be seen. */
    sourceUrl: webUrl,
    /** Where readers report a mistake or out-of-date fact. */
    corrections: z.strictObject({
      /** Email address for corrections. */
      email: z.email('expected an email address'),
      /** The team that handles them. */
      team: z.string().trim().min(1),
    }),
    /**
     * How long the executive and partner bodies have to respond to a scrutiny recommendation, with
     * the source of each rule. A recommendation with no response past its period shows as "response
     * overdue"; with no period set, it never does.
     */
    scrutinyResponsePeriods: responsePeriodsSchema.default({}),
    /** Entries not reviewed for this many days count as stale when they set no reviewBy. */
    reviewPeriodDays: z.number().int().positive().default(365),
    /** Facts for the accessibility statement page. */
    accessibility: z.strictObject({
      /** The day the site was last tested. */
      lastTested: isoDate,
      /** Who tested it and how. */
      testedBy: z.string().trim().min(1),
      /** The day the statement was prepared. */
      statementPrepared: isoDate,
      /** The day the statement was last reviewed. */
      statementReviewed: isoDate,
      /** Known problems, in plain words; empty when none are known. */
      knownIssues: z.array(z.string().trim().min(1)).default([]),
    }),
    /**
     * Where residents send questions in advance for area board meetings and ask about access, such
     * as the council's democratic services. A meeting's own `enquiries` come first; with neither, a
     * notice names the council's main number.
     */
    meetingEnquiries: z
      .strictObject({
        /** The team, such as "Democratic Services". */
        name: z.string().trim().min(1, 'expected the team residents contact'),
        /** Its published email address. */
        email: z.email('expected an email address').optional(),
        /** Its published phone number. */
        phone: z
          .string()
          .regex(/^[0-9 +()]+$/, 'expected a phone number of digits and spaces, such as "0300 456 0100"')
          .optional(),
      })
      .refine((e) => e.email !== undefined || e.phone !== undefined, { message: 'expected an email or a phone number' })
      .optional(),
    /**
     * The column headings of meeting pack agendas, when the council's papers use its own words
     * (Plymouth's say "Decision Required" and "Time (approx)"). Any heading left out keeps its default.
     */
    agendaHeadings: z
      .strictObject({
        /** Default "Item". */
        item: z.string().trim().min(1).default('Item'),
        /** Default "Subject". */
        subject: z.string().trim().min(1).default('Subject'),
        /** Default "Who". */
        who: z.string().trim().min(1).default('Who'),
        /** Default "Decision required". */
        decision: z.string().trim().min(1).default('Decision required'),
        /** Default "Time (approx)". */
        time: z.string().trim().min(1).default('Time (approx)'),
      })
      .prefault({}),
    /**
     * Editing in a browser on the published site (the content manager at /admin/): the git host and
     * repository it saves to. Leave it out to edit only on this computer (npm run edit). See the
     * README, "Editing without git". Never put a secret here.
     */
    editing: z
      .strictObject({
        /** The git host: github, gitlab or gitea (Gitea and Forgejo). */
        backend: z.enum(['github', 'gitlab', 'gitea']),
        /** The repository, as owner/name, such as "my-council/community-safety". */
        repo: z
          .string()
          .regex(/^[\w.-]+\/[\w.-]+$/, 'expected the repository as owner/name, such as "my-council/community-safety"'),
        /** The branch the site is published from. */
        branch: z.string().min(1).default('main'),
        /** GitHub: the address of the OAuth service that keeps the OAuth app's secret, outside this repository. */
        authEndpoint: webUrl.optional(),
        /** A self-hosted GitLab, Gitea or Forgejo: its address, such as "https://git.example.gov.uk". */
        baseUrl: webUrl.optional(),
        /** GitLab or Gitea: the OAuth application's id. It is public: the sign-in uses PKCE, which needs no secret. */
        appId: z.string().min(1).optional(),
      })
      .optional(),
    /** Where the example or local facts on the home page come from. */
    sources: z.array(source).default([]),
  })
  .superRefine((site, ctx) => {
    const expected = site.localAuthorityCode.startsWith('W') ? 'wales' : 'england';
    if (site.nation !== expected)
      ctx.addIssue({
        code: 'custom',
        path: ['nation'],
        message: `found "${site.nation}", but localAuthorityCode ${site.localAuthorityCode} is a council in ${expected === 'wales' ? 'Wales' : 'England'}; expected "${expected}"`,
      });
  });

export type Site = z.output<typeof siteSchema>;
