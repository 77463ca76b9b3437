import { z } from 'zod';
import { agency, baseFields, entryId, isoDate, serviceId, source, webUrl } from './common.ts';
import { nationIssues, nationsSchema } from './nation.ts';

export const powerStatuses = ['in-force', 'not-yet-in-force', 'repealed'] as const;

export const appliesToValues = [
  'person',
  'group',
  'business',
  'public-place',
  'premises',
  'land',
  'vehicle',
  'tenancy',
] as const;

/** A change made by law that is passed but not yet in force. */
const upcomingChange = z.strictObject({
  /** The legislation that makes the change (an id in content/legislation). */
  legislation: entryId,
  /** What changes, in one or two plain sentences. */
  summary: z.string().trim().min(1),
  /** The day it comes into force, when known. Leave out when no date has been set. */
  commencement: isoDate.optional(),
});

/** Where a fact comes from when no section states it. */
export const citationBases = ['case-law', 'court-rules', 'guidance', 'not-confirmed'] as const;

/**
 * Where one key fact comes from. A section or schedule of the power's own Act is written as text:
 * "s48(1)", "s76(6)-(7)", "Sch 4 para 3" (regulations: "reg 3"; orders: "art 2"). For another Act,
 * give ref, act and url. For a fact that rests on case law, court rules or guidance, give basis and
 * title. `npm run check` reads every reference and address (src/lib/citations.ts).
 */
export const citation = z.union(
  [
    z.string().trim().min(1),
    z.strictObject({
      /** The section or schedule, such as "s85(1)" or "Sch 4 para 3". */
      ref: z.string().trim().min(1).optional(),
      /** Another Act, by its name with its year, such as "LASPO 2012". Leave out for the power's own Act. */
      act: z.string().trim().min(1).optional(),
      /** The section's address on legislation.gov.uk. Needed with act; for the power's own Act, only to link a dated version. */
      url: webUrl.optional(),
      /** For a fact no section states: case law, court rules or guidance; "not-confirmed" only for a power not yet in force. */
      basis: z.enum(citationBases).optional(),
      /** The case, rules or guidance, such as "Civil Procedure Rules, Part 52". Used with basis. */
      title: z.string().trim().min(1).optional(),
    }),
  ],
  {
    error:
      'expected a section such as "s48(1)", or a group of fields: ref, act and url for another Act, or basis and title',
  },
);

const citationList = z.array(citation);

/**
 * The sources of a power's key facts, fact by fact, shown beside each fact and linked to
 * legislation.gov.uk. Every key fact of a statutory power in force or not yet in force needs at
 * least one; facts that are null (no fixed penalty, no appeal) need none.
 */
export const citationsSchema = z.strictObject({
  /** Who can use it: the section that gives them the power. */
  usedBy: citationList.optional(),
  /** The legal test. */
  legalTest: citationList.optional(),
  /** The minimum age, where one applies. */
  minimumAge: citationList.optional(),
  /** How long it lasts. */
  duration: citationList.optional(),
  /** The court (optional). */
  court: citationList.optional(),
  /** What happens on breach, and the maximum penalty. */
  breach: citationList.optional(),
  /** The fixed penalty, where there is one. */
  fixedPenalty: citationList.optional(),
  /** The appeal route, where there is one. */
  appeal: citationList.optional(),
  /** The duty to consult or inform, where there is one. */
  consultation: citationList.optional(),
});

/** An anti-social behaviour power: current, not yet in force, or repealed. */
export const powerSchema = z
  .strictObject({
    ...baseFields,
    /** The short name people use: "CPN", "PSPO", "ASBO". */
    shortName: z.string().trim().min(1),
    /** One plain sentence saying what the power does. Shown in lists and search results. */
    summary: z.string().trim().min(1),
    /** Whether the power can be used today. */
    status: z.enum(powerStatuses),
    /** A plain sentence that qualifies the status, such as "Piloted in some police areas only". */
    statusNote: z.string().trim().min(1).optional(),
    /** False for voluntary tools with no footing in law, such as acceptable behaviour contracts. */
    statutory: z.boolean().default(true),
    /** The law that creates the power. Required for statutory powers. */
    legislation: z
      .strictObject({
        /** The Act or instrument, such as "Anti-social Behaviour, Crime and Policing Act 2014". */
        act: z.string().trim().min(1),
        /** The sections, such as "ss43-58". */
        sections: z.string().trim().min(1),
        /** Link to the text on legislation.gov.uk. */
        url: webUrl,
      })
      .optional(),
    /** Where it applies. A nation left out needs nations.<nation>.doesNotApply, saying what is used there instead. */
    extent: z.enum(['england', 'wales', 'england-and-wales']),
    /** Who can use, issue or apply for it. */
    usedBy: z.array(agency).min(1),
    /** What or whom it is used against. */
    appliesTo: z.array(z.enum(appliesToValues)).min(1),
    /** The legal test that must be met, in plain words. */
    legalTest: z.string().trim().min(1),
    /** Youngest age it can be used against; null when there is no minimum or no person is involved. */
    minimumAge: z.number().int().min(0).max(21).nullable(),
    /** How long it lasts. */
    duration: z.string().trim().min(1),
    /** The court that makes or hears it; null when no court is involved. */
    court: z.string().trim().min(1).nullable(),
    /** What happens on breach, and the maximum penalty. */
    breach: z.string().trim().min(1),
    /** The fixed penalty notice available instead of prosecution; null when there is none. */
    fixedPenalty: z.string().trim().min(1).nullable(),
    /** How the person affected can challenge it; null when there is no route. */
    appeal: z.string().trim().min(1).nullable(),
    /** Who must be consulted or told before use; null when there is no duty. */
    consultation: z.string().trim().min(1).nullable(),
    /** A fee the person asking for it pays, such as a council's charge for a high hedge complaint. Leave out when there is none. */
    fee: z.string().trim().min(1).nullable().optional(),
    /** The day it came into force. */
    inForceFrom: isoDate.optional(),
    /** The day it was repealed. Required when status is repealed. */
    repealedOn: isoDate.optional(),
    /**
     * The services that lead on it (ids in content/national/services.yaml), main lead first. Each
     * council's services.yaml names its own contacts for them.
     */
    leads: z.array(serviceId).default([]),
    /** Older powers it replaced (ids in content/powers). */
    replaces: z.array(entryId).default([]),
    /** Newer powers that replaced it (ids in content/powers). Required when repealed. */
    replacedBy: z.array(entryId).default([]),
    /** Legislation that created, amended or repealed it (ids in content/legislation). */
    changedBy: z.array(entryId).default([]),
    /** Changes passed into law but not yet in force. */
    upcomingChanges: z.array(upcomingChange).default([]),
    /** Points that could not be verified; each is shown on the page as uncertain. */
    uncertain: z.array(z.string().trim().min(1)).default([]),
    /** The section each key fact comes from, fact by fact (see citationsSchema). */
    citations: citationsSchema.default({}),
    /** Where the facts come from. Statutory powers need at least one legislation.gov.uk link. */
    sources: z.array(source).min(1, 'expected at least one source'),
    /** What differs in England or in Wales: a council's pages show its own nation's law first. */
    nations: nationsSchema,
  })
  .superRefine((power, ctx) => {
    for (const issue of nationIssues(power)) ctx.addIssue({ code: 'custom', ...issue });
    if (power.status === 'repealed') {
      if (!power.repealedOn)
        ctx.addIssue({
          code: 'custom',
          path: ['repealedOn'],
          message: 'missing: a repealed power needs the date it was repealed',
        });
      if (power.replacedBy.length === 0)
        ctx.addIssue({
          code: 'custom',
          path: ['replacedBy'],
          message: 'missing: a repealed power needs replacedBy (the power or powers that replaced it)',
        });
    }
    if (power.statutory) {
      if (!power.legislation)
        ctx.addIssue({
          code: 'custom',
          path: ['legislation'],
          message: 'missing: a statutory power needs its legislation (act, sections, url)',
        });
      if (!power.sources.some((s) => isLegislationGovUk(s.url)))
        ctx.addIssue({
          code: 'custom',
          path: ['sources'],
          message: 'expected at least one source on legislation.gov.uk for a statutory power',
        });
    }
  });

export function isLegislationGovUk(url: string): boolean {
  try {
    const host = new URL(url).hostname;
    return host === 'legislation.gov.uk' || host.endsWith('.legislation.gov.uk');
  } catch {
    return false;
  }
}

export type Power = z.output<typeof powerSchema>;
export type Citation = z.output<typeof citation>;
export type PowerStatus = (typeof powerStatuses)[number];
