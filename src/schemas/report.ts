import { z } from 'zod';
import { baseFields, entryId, isoDate, source } from './common.ts';

export const reportStatuses = ['draft', 'exempt', 'published', 'withdrawn'] as const;
export const reportKinds = ['task-group', 'committee', 'annual-scrutiny', 'follow-up'] as const;
export const responseDecisions = ['accepted', 'partly-accepted', 'rejected'] as const;
export const progressStates = ['in-progress', 'implemented', 'partly-implemented'] as const;

/** A dated note of progress on a recommendation. */
const progressUpdate = z.strictObject({
  /** The day of the update. */
  date: isoDate,
  /** What was done, in plain words. */
  text: z.string().min(1),
  /** Where the recommendation stands after this update. */
  state: z.enum(progressStates),
});

/** One recommendation, tracked to done. Its status is computed, never typed. */
const recommendation = z.strictObject({
  /** Short id unique within the report, such as "a" or "R1". */
  id: z.string().regex(/^[A-Za-z0-9.-]+$/, 'expected a short id such as "a" or "R1"'),
  /** The recommendation, in plain words. */
  text: z.string().min(1),
  /** Whom it is addressed to, such as "the Community Safety Partnership". */
  to: z.string().min(1),
  /** Who is responsible for carrying it out. */
  owner: z.string().min(1),
  /** The day by which it should be done. */
  due: isoDate.optional(),
  /** The formal response, once given. */
  response: z
    .strictObject({
      /** The decision. */
      decision: z.enum(responseDecisions),
      /** The day of the response. */
      date: isoDate,
      /** The response in plain words. */
      text: z.string().min(1),
    })
    .optional(),
  /** Dated progress updates, oldest first. */
  updates: z.array(progressUpdate).default([]),
});

/** A scrutiny report: a task group or committee report on the community safety partnership. */
export const reportSchema = z
  .strictObject({
    ...baseFields,
    /** One or two plain sentences on what the report is about. */
    summary: z.string().min(1),
    /** What sort of report. */
    kind: z.enum(reportKinds),
    /** The committee or task group that wrote it. */
    committee: z.string().min(1),
    /** Its chair. */
    chair: z.string().min(1),
    /** Its other members. */
    members: z.array(z.string().min(1)).default([]),
    /** The partnership scrutinised. */
    partnership: z.string().min(1),
    /** Publication state. Draft and exempt reports never reach the built site. */
    status: z.enum(reportStatuses),
    /** For exempt reports: the paragraph of Local Government Act 1972 Schedule 12A (1 to 7). */
    exemptParagraph: z.number().int().min(1).max(7).optional(),
    /** For withdrawn reports: why, in plain words. */
    withdrawnReason: z.string().min(1).optional(),
    /** Key dates. */
    dates: z.strictObject({
      /** When the work was scoped. */
      scoped: isoDate.optional(),
      /** When the report was published or presented. */
      published: isoDate.optional(),
      /** When the committee asked to hear back on progress. */
      followUpDue: isoDate.optional(),
    }),
    /** Witnesses heard, session by session. */
    evidenceSessions: z
      .array(
        z.strictObject({
          /** The day of the session. */
          date: isoDate,
          /** The witness's name or organisation. */
          witness: z.string().min(1),
          /** Their role. */
          role: z.string().min(1),
        }),
      )
      .default([]),
    /** Problems it concerns (ids in content/problems). */
    problems: z.array(entryId).default([]),
    /** Community areas it concerns (ids in content/areas). */
    areas: z.array(entryId).default([]),
    /** Its recommendations. */
    recommendations: z.array(recommendation).default([]),
    /** Where the report is published. */
    sources: z.array(source).default([]),
  })
  .superRefine((report, ctx) => {
    if (report.status === 'exempt' && report.exemptParagraph === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['exemptParagraph'],
        message: 'missing: an exempt report needs the Schedule 12A paragraph that exempts it (1 to 7)',
      });
    if (report.status === 'published' && !report.dates.published)
      ctx.addIssue({ code: 'custom', path: ['dates', 'published'], message: 'missing: a published report needs its publication date' });
    if (report.status === 'withdrawn' && !report.withdrawnReason)
      ctx.addIssue({ code: 'custom', path: ['withdrawnReason'], message: 'missing: a withdrawn report needs the reason' });
  });

export type Report = z.output<typeof reportSchema>;
export type Recommendation = Report['recommendations'][number];
export type ReportStatus = (typeof reportStatuses)[number];

/** Reports that may appear in any output (page, search, feed, export). */
export function isPublicReport(report: Pick<Report, 'status'>): boolean {
  return report.status === 'published' || report.status === 'withdrawn';
}
