import { z } from 'zod';
import { baseFields, entryId, isoDate, source } from './common.ts';

export const briefingKinds = [
  'legislative-change',
  'achievement',
  'recommendation-update',
  'meeting',
  'general',
] as const;

/** An item for the members' briefing: what changed, what was achieved. */
export const briefingSchema = z.strictObject({
  ...baseFields,
  /** The day of the item. */
  date: isoDate,
  /** What sort of item. */
  kind: z.enum(briefingKinds),
  /** One or two plain sentences: the item in brief. */
  summary: z.string().trim().min(1),
  /** What it is about, by id. */
  about: z
    .strictObject({
      /** Powers (ids in content/powers). */
      powers: z.array(entryId).default([]),
      /** Legislation (ids in content/legislation). */
      legislation: z.array(entryId).default([]),
      /** Reports (ids in the council's reports folder). */
      reports: z.array(entryId).default([]),
      /** Meetings (ids in the council's meetings folder). */
      meetings: z.array(entryId).default([]),
    })
    .default({ powers: [], legislation: [], reports: [], meetings: [] }),
  /** Where the facts come from. */
  sources: z.array(source).default([]),
});

export type Briefing = z.output<typeof briefingSchema>;
