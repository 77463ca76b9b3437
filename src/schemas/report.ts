import { z } from 'zod';
import { baseFields, entryId, source } from './common.ts';
import { partialDate } from './partial-date.ts';
import { roleId } from './roles.ts';

export const reportStatuses = ['draft', 'exempt', 'published', 'withdrawn'] as const;
export const reportKinds = ['task-group', 'committee', 'annual-scrutiny', 'follow-up'] as const;
export const responseDecisions = ['accepted', 'partly-accepted', 'rejected', 'noted', 'deferred'] as const;
export const progressStatuses = ['not-started', 'ongoing', 'paused', 'complete'] as const;
export const ragRatings = ['red', 'amber', 'green'] as const;
export const responseRoutes = ['executive', 'partner', 'none'] as const;

/** Printable text on one line: no line breaks or control characters. */
const oneLine = /^[^\u0000-\u001f\u007f]+$/;

/**
 * A label as the paper prints it: "a", "R1", "1(a)", "CSC/2012/01", "SR (25/26) 01". Any short
 * printable text; quote it when it is a number ("1") or starts with a bracket or a dash.
 */
const label = z
  .string({ error: 'expected a short label such as "a", "1(a)" or "CSC/2012/01"' })
  .trim()
  .min(1, 'expected a short label such as "a", "1(a)" or "CSC/2012/01"')
  .max(40, 'expected a short label of at most 40 characters, such as "1(a)" or "CSC/2012/01"')
  .regex(oneLine, 'expected a label on one line')
  .refine((text) => /[A-Za-z0-9]/.test(text), 'expected a label with at least one letter or digit, such as "1(a)"');

const text = z.string().trim().min(1);

/** The formal answer to a recommendation or a part of one. */
const response = z
  .strictObject({
    /**
     * The decision: accepted; partly-accepted; rejected; noted (considered, with no commitment to
     * act); deferred (to be decided later, such as after a further report). Shown in these words.
     * Leave out when the source gives a response but not whether it accepted the recommendation.
     */
    decision: z.enum(responseDecisions).optional(),
    /** When the response was given or the decision taken, as precisely as the source says. Leave out when it does not say. */
    date: partialDate.optional(),
    /** The response in its own words, as published. Leave out when the source does not give them; the page then says so. */
    text: text.optional(),
    /** Who responded: a role in roles.yaml, such as the cabinet member (portfolio holder), the executive or a partner body. */
    by: roleId.optional(),
    /** The minute or decision reference, as the council writes it, such as "Minute 165" or "CB 21/55". */
    minute: text.optional(),
  })
  .refine((r) => r.decision !== undefined || r.date !== undefined || r.text !== undefined, {
    message:
      'expected at least the decision, the date or the text of the response; leave response out when none is known',
  });

/** A dated note of progress, with the status it leaves the recommendation in. */
const progressUpdate = z.strictObject({
  /** When the update was given, as precisely as the source says. */
  date: partialDate,
  /** What was done, in plain words. */
  text,
  /** Where the recommendation stands after this update: not-started, ongoing, paused or complete. */
  status: z.enum(progressStatuses),
  /** The red, amber or green rating given with the update, if the council uses one. Never shown by colour alone. */
  rag: z.enum(ragRatings).optional(),
});

/** A part of a recommendation printed as its own bullet or letter, with its own response if it has one. */
const subItem = z.strictObject({
  /** Its label as printed, such as "i" or "(b)". Leave out for an unlabelled bullet. */
  id: label.optional(),
  /** The part, in the report's words. */
  text,
  /** The response to this part, when the responder answered the parts separately. */
  response: response.optional(),
});

/** One recommendation, tracked to done. Its status is worked out from the dates, never typed. */
const recommendation = z.strictObject({
  /**
   * Its label as the report prints it, unique within the report: "a", "R1", "1(a)",
   * "CSC/2012/01". Quote a number: id: "1". The page address (#recommendation-...) is made from it.
   */
  id: label,
  /** The recommendation, in the report's words or a faithful plain-English summary. */
  text,
  /** When the committee agreed it, when that differs from the report's meeting (such as in a tracker that gathers several meetings). */
  agreed: partialDate.optional(),
  /** Where it came from, when the report gathers recommendations from several committees or reviews, as the tracker writes it ("CRP"). */
  origin: text.optional(),
  /** The directorate or portfolio area it falls in, as the tracker names it ("Finance", "Housing and Health"). */
  portfolio: text.optional(),
  /** Its parts, when the report lists them as bullets or letters under it. */
  subItems: z.array(subItem).default([]),
  /** Whom it is addressed to, as the report words it, such as "the Community Safety Partnership". Leave out when it does not say. */
  to: text.optional(),
  /**
   * Who must give a formal response, and so which response period applies (site.yaml):
   * "executive" (the council's executive, Local Government Act 2000 s9FE), "partner" (a
   * responsible authority or co-operating body, Police and Justice Act 2006 s19), or "none"
   * (no formal response is due, such as a request to the committee itself). Defaults to the
   * report's mustRespond. Leave out when the report does not say.
   */
  mustRespond: z.enum(responseRoutes).optional(),
  /**
   * When those who must respond received the report, or the committee's notice asking for a
   * response if that came later. The response period counts from this day. Defaults to the
   * report's dates.responseRequested.
   */
  responseRequested: partialDate.optional(),
  /** The cabinet member (portfolio holder) whose portfolio it falls in: a role in roles.yaml. */
  cabinetMember: roleId.optional(),
  /** The officer or body that leads the work: a role in roles.yaml. Shown as "Not stated in the report" when left out. */
  leadOfficer: roleId.optional(),
  /** The timetable in the source's own words, such as "by March 2013" or "Report in September". */
  timetable: text.optional(),
  /** The date by which it should be done, when one is given: a day, or a month ("2013-03") meaning by the end of it. */
  due: partialDate.optional(),
  /** The formal response, once given. */
  response: response.optional(),
  /** Dated progress updates, oldest first. */
  updates: z.array(progressUpdate).default([]),
  /** When the next progress update is due to the committee. */
  nextUpdate: partialDate.optional(),
  /** What the source leaves out or cuts short about this recommendation, in plain words, such as "The stored copy stops mid-sentence". */
  sourceIncomplete: text.optional(),
});

/**
 * The keys of a recommendation, of its response and of a progress update, in the schema's order:
 * the order report files write them in, as the content manager does (src/lib/cms) and the tracker importer.
 * Marked pure so bundles that do not use them (the content manager's page) leave them out.
 */
export const recommendationKeys = /* @__PURE__ */ keysOf(recommendation);
export const responseKeys = /* @__PURE__ */ keysOf(response);
export const progressUpdateKeys = /* @__PURE__ */ keysOf(progressUpdate);

function keysOf<S extends Record<string, unknown>>(schema: { shape: S }): (keyof S & string)[] {
  return Object.keys(schema.shape);
}

/** A scrutiny report: a task group or committee report on community safety, entered as the paper gives it. */
export const reportSchema = z
  .strictObject({
    ...baseFields,
    /** One or two plain sentences on what the report is about. */
    summary: text,
    /** What sort of report. */
    kind: z.enum(reportKinds),
    /** The committee or task group that wrote it. */
    committee: text,
    /** True when the committee acted as the council's crime and disorder committee (Police and Justice Act 2006 s19). */
    crimeAndDisorder: z.boolean().default(false),
    /** Its chair, as the report names them. Leave out when the report does not say; the page then says "Not stated in the report". */
    chair: text.optional(),
    /** Its other members. */
    members: z.array(text).default([]),
    /** The partnership scrutinised, when there is one. */
    partnership: text.optional(),
    /** Publication state. Draft and exempt reports never reach the built site. */
    status: z.enum(reportStatuses),
    /** For exempt reports: the paragraph of Local Government Act 1972 Schedule 12A (1 to 7). */
    exemptParagraph: z.number().int().min(1).max(7).optional(),
    /** For withdrawn reports: why, in plain words. */
    withdrawnReason: text.optional(),
    /** The agenda item the committee took it under, as the council writes it, such as "Item 10". */
    agendaItem: text.optional(),
    /** The committee's minute reference, as the council writes it, such as "Minute 110" or "OS 19/29". */
    minute: text.optional(),
    /** The minute or decision reference of the executive's decision on it, such as "Minute 165" or "CB 21/55". */
    decisionMinute: text.optional(),
    /** Key dates, each as precisely as the source gives it: a day, a month ("2022-09") or a year. */
    dates: z
      .strictObject({
        /** When the work was scoped. */
        scoped: partialDate.optional(),
        /** The committee meeting that agreed or received the report. */
        committee: partialDate.optional(),
        /** When the report was published, if the source gives a date other than the meeting's. */
        published: partialDate.optional(),
        /** When those who must respond received it, or the committee's notice if later: response periods count from here. */
        responseRequested: partialDate.optional(),
        /** When the cabinet or executive decided on the recommendations. */
        decision: partialDate.optional(),
        /** The last day to call in the executive's decision. */
        callInDeadline: partialDate.optional(),
        /** When the committee asked to hear back on progress. */
        followUpDue: partialDate.optional(),
      })
      .default({}),
    /** When the committee asked to hear back, in the source's words, when it gives no date ("in 6 months time"). */
    followUpTimetable: text.optional(),
    /** Who must give a formal response to every recommendation, unless a recommendation says otherwise (see recommendations' mustRespond). */
    mustRespond: z.enum(responseRoutes).optional(),
    /** Witnesses heard, session by session. */
    evidenceSessions: z
      .array(
        z.strictObject({
          /** When the session was held, as precisely as the source says. Leave out when it does not say. */
          date: partialDate.optional(),
          /** The witness's name or organisation. */
          witness: text,
          /** Their role, when the source gives it. */
          role: text.optional(),
        }),
      )
      .default([]),
    /** Problems it concerns (ids in content/national/problems). */
    problems: z.array(entryId).default([]),
    /** Community areas it concerns (ids in the council's areas folder). */
    areas: z.array(entryId).default([]),
    /** Its recommendations. */
    recommendations: z.array(recommendation).default([]),
    /** What the source leaves out or cuts short, in plain words, such as "Only the first two recommendations could be read". Shown on the page. */
    sourceIncomplete: text.optional(),
    /** Where the report, its response and its updates are published. */
    sources: z.array(source).default([]),
  })
  .superRefine(
    (report, ctx) => {
      // Runs even when other fields are wrong, so one check lists every problem at once.
      const r = report as Partial<Record<string, unknown>> & { dates?: Record<string, unknown> };
      if (r.status === 'exempt' && r.exemptParagraph === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['exemptParagraph'],
          message: 'missing: an exempt report needs the Schedule 12A paragraph that exempts it (1 to 7)',
        });
      if (r.status === 'published' && !r.dates?.published && !r.dates?.committee)
        ctx.addIssue({
          code: 'custom',
          path: ['dates', 'published'],
          message:
            'missing: a published report needs its publication date, or the date of the committee meeting in dates.committee when the paper gives only that',
        });
      if (r.status === 'withdrawn' && !r.withdrawnReason)
        ctx.addIssue({
          code: 'custom',
          path: ['withdrawnReason'],
          message: 'missing: a withdrawn report needs the reason',
        });
    },
    { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
  );

export type Report = z.output<typeof reportSchema>;
export type Recommendation = Report['recommendations'][number];
export type RecommendationResponse = NonNullable<Recommendation['response']>;
export type ProgressUpdate = Recommendation['updates'][number];
export type SubItem = Recommendation['subItems'][number];
export type ResponseDecision = (typeof responseDecisions)[number];
export type ProgressStatus = (typeof progressStatuses)[number];
export type RagRating = (typeof ragRatings)[number];
export type ResponseRoute = (typeof responseRoutes)[number];

/** The date a report is known by: its publication date, or else its committee meeting. */
export function reportDate(report: Pick<Report, 'dates'>): string | undefined {
  return report.dates.published ?? report.dates.committee;
}

/** The part of a page address for a recommendation, from its label: "CSC/2012/01" -> "CSC-2012-01", "1(a)" -> "1-a". */
export function recommendationAnchor(id: string): string {
  return id.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}
