/**
 * England and Wales: where a power's law differs between the two nations. National content
 * covers both; a council's site.yaml says which one it is in, and its pages show that nation's
 * law first.
 */
import { z } from 'zod';
import { entryId, isoDate, source, webUrl } from './common.ts';

export const nations = ['england', 'wales'] as const;
export type Nation = (typeof nations)[number];

/** England or Wales. */
export const nation = z.enum(nations, { error: 'expected "england" or "wales"' });

export const extents = ['england', 'wales', 'england-and-wales'] as const;
export type Extent = (typeof extents)[number];

/** The nations each extent covers. */
export const nationsIn: Record<Extent, readonly Nation[]> = {
  england: ['england'],
  wales: ['wales'],
  'england-and-wales': ['england', 'wales'],
};

/** The fields of a power that a nation can set differently, in the order the page shows them. */
export const nationFields = [
  'legislation',
  'inForceFrom',
  'repealedOn',
  'legalTest',
  'duration',
  'court',
  'breach',
  'fixedPenalty',
  'fee',
  'appeal',
  'consultation',
] as const;
export type NationField = (typeof nationFields)[number];

/** Why a power is not used in a nation, and what is used there instead. */
export const doesNotApplySchema = z.strictObject({
  /** The day it stopped being used there, if it once was, such as 2022-12-01. */
  since: isoDate.optional(),
  /** One or two plain sentences: why it is not used there. */
  note: z.string().trim().min(1, 'expected a sentence saying why the power is not used there'),
  /** The powers used there instead (ids in content/national/powers); each must apply in that nation. */
  use: z.array(entryId).default([]),
});
export type DoesNotApply = z.output<typeof doesNotApplySchema>;

/** The law of one nation where it differs: each field set here replaces the power's own field for a council in that nation. */
export const nationLawSchema = z.strictObject({
  /** The law that creates the power in this nation, when it is not the power's own Act and sections. */
  legislation: z
    .strictObject({
      /** The Act or instrument, such as "Environmental Protection Act 1990". */
      act: z.string().trim().min(1),
      /** The sections, such as "s33ZB". */
      sections: z.string().trim().min(1),
      /** Link to the text on legislation.gov.uk. */
      url: webUrl,
    })
    .optional(),
  /** The day it came into force in this nation. */
  inForceFrom: isoDate.optional(),
  /** The day it was repealed in this nation. */
  repealedOn: isoDate.optional(),
  /** The legal test in this nation, in plain words. */
  legalTest: z.string().trim().min(1).optional(),
  /** How long it lasts in this nation. */
  duration: z.string().trim().min(1).optional(),
  /** The court in this nation; null when no court is involved. */
  court: z.string().trim().min(1).nullable().optional(),
  /** What happens on breach in this nation, and the maximum penalty. */
  breach: z.string().trim().min(1).optional(),
  /** The fixed penalty in this nation; null when there is none. */
  fixedPenalty: z.string().trim().min(1).nullable().optional(),
  /** The fee in this nation; null when there is none. */
  fee: z.string().trim().min(1).nullable().optional(),
  /** The appeal route in this nation; null when there is none. */
  appeal: z.string().trim().min(1).nullable().optional(),
  /** Who must be consulted or told in this nation; null when there is no duty. */
  consultation: z.string().trim().min(1).nullable().optional(),
  /** Set when the power is not used in this nation (it is outside the power's extent). */
  doesNotApply: doesNotApplySchema.optional(),
  /** Where this nation's facts come from (at least one). */
  sources: z.array(source).min(1, 'expected at least one source for this nation'),
});
export type NationLaw = z.output<typeof nationLawSchema>;

/**
 * What differs by nation. Leave out when the law is the same in England and Wales. A power whose
 * extent leaves out a nation must say so here, with doesNotApply for that nation.
 */
export const nationsSchema = z
  .strictObject({
    /** England's law, where it differs from the power's own fields. */
    england: nationLawSchema.optional(),
    /** Wales's law, where it differs from the power's own fields. */
    wales: nationLawSchema.optional(),
  })
  .default({});
export type NationsLaw = z.output<typeof nationsSchema>;

interface Issue {
  path: (string | number)[];
  message: string;
}

const nationName: Record<Nation, string> = { england: 'England', wales: 'Wales' };

/**
 * The rules that join a power's extent and its per-nation law: a nation outside the extent says
 * why and what to use instead, and nothing else; a nation inside it never says "does not apply";
 * an override repeats nothing the power already says.
 */
export function nationIssues(
  power: { extent: Extent; nations: NationsLaw } & Partial<Record<NationField, unknown>>,
): Issue[] {
  const issues: Issue[] = [];
  const covered = nationsIn[power.extent];
  for (const n of nations) {
    const law = power.nations[n];
    const inExtent = covered.includes(n);
    if (!inExtent && !law?.doesNotApply)
      issues.push({
        path: ['nations', n, 'doesNotApply'],
        message: `missing: extent is ${power.extent}, so say why the power is not used in ${nationName[n]} and what is used there instead`,
      });
    if (!law) continue;
    if (inExtent && law.doesNotApply)
      issues.push({
        path: ['nations', n, 'doesNotApply'],
        message: `found a note, but extent (${power.extent}) includes ${nationName[n]}; expected doesNotApply only for a nation outside the extent`,
      });
    for (const field of nationFields) {
      const value = law[field];
      if (value === undefined) continue;
      if (!inExtent)
        issues.push({
          path: ['nations', n, field],
          message: `found a value, but the power is not used in ${nationName[n]} (extent is ${power.extent}); expected only doesNotApply and sources`,
        });
      else if (JSON.stringify(value) === JSON.stringify(power[field]))
        issues.push({
          path: ['nations', n, field],
          message: `found the same value as ${field}; expected it only where ${nationName[n]}'s law differs`,
        });
    }
  }
  return issues;
}
