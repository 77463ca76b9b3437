import { z } from 'zod';
import { baseFields, entryId, policeUkCategory, serviceId, source } from './common.ts';

/** Groups that organise the problem finder, in residents' terms. */
export const problemGroups = [
  'noise',
  'neighbours-and-housing',
  'streets-and-public-places',
  'young-people',
  'drink-and-drugs',
  'vehicles-and-roads',
  'environment',
  'harassment-and-hate',
  'licensed-premises',
  'animals',
] as const;

/** A problem as a resident would describe it, with the powers that fit. */
export const problemSchema = z.strictObject({
  ...baseFields,
  /** One sentence describing the problem in residents' words. */
  summary: z.string().trim().min(1),
  /** Where it sits in the problem finder. */
  group: z.enum(problemGroups),
  /** The powers that fit, best first, each with a one-line reason. */
  powers: z
    .array(
      z.strictObject({
        /** The power (an id in content/powers). */
        power: entryId,
        /** Why it fits, in one line. */
        why: z.string().trim().min(1),
      }),
    )
    .min(1, 'expected at least one power'),
  /** What a councillor can do first, in order. */
  firstSteps: z.array(z.string().trim().min(1)).min(1, 'expected at least one first step'),
  /** The service that usually leads (an id in content/national/services.yaml); each council names its contact for it. */
  lead: serviceId,
  /** Questions to ask partners at a meeting about this problem. */
  questions: z.array(z.string().trim().min(1)).min(1, 'expected at least one question'),
  /** The data.police.uk crime types that measure it; empty when none does. */
  policeUkCategories: z.array(policeUkCategory).default([]),
  /**
   * What police.uk figures can and cannot show for this problem, in a sentence or two: for example
   * that it has no category of its own and which wider category counts it. Meeting packs print it
   * beside the figures.
   */
  figuresNote: z.string().trim().min(1, 'expected a sentence, or leave the field out').optional(),
  /**
   * Where the description and advice come from: council, police, government or court pages that
   * describe the problem and how it is handled. Shown at the foot of the page. National problems
   * may cite a council's page here, but never name a council in their text.
   */
  sources: z.array(source).default([]),
});

export type Problem = z.output<typeof problemSchema>;
export type ProblemGroup = (typeof problemGroups)[number];
