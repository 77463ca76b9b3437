/** When an entry is due for review, and whether it is overdue. Time comes in as `asOf`. */
import { addDays } from './format.ts';

export interface Reviewable {
  reviewed: string;
  reviewBy?: string | undefined;
}

/** The day an entry should next be checked: its own reviewBy, or reviewed plus the site's period. */
export function reviewDueDate(entry: Reviewable, reviewPeriodDays: number): string {
  return entry.reviewBy ?? addDays(entry.reviewed, reviewPeriodDays);
}

/** True once the review date has passed (the review date itself still counts as fresh). */
export function isStale(entry: Reviewable, reviewPeriodDays: number, asOf: string): boolean {
  return reviewDueDate(entry, reviewPeriodDays) < asOf;
}

/** An entry past its review date, with the day the review was due. */
export type StaleEntry<T extends Reviewable> = T & { due: string };

/**
 * Entries past their review date as of `asOf` (its reviewBy, or reviewed plus the site's period),
 * the longest overdue first. The review date itself still counts as fresh.
 */
export function staleEntries<T extends Reviewable>(
  entries: readonly T[],
  reviewPeriodDays: number,
  asOf: string,
): StaleEntry<T>[] {
  return entries
    .filter((entry) => isStale(entry, reviewPeriodDays, asOf))
    .map((entry) => ({ ...entry, due: reviewDueDate(entry, reviewPeriodDays) }))
    .sort((a, b) => a.due.localeCompare(b.due) || a.reviewed.localeCompare(b.reviewed));
}

/** One warning line per stale file, under a heading: what `npm run check` prints. */
export function describeStaleEntries(stale: readonly StaleEntry<Reviewable & { file: string }>[]): string {
  const heading =
    stale.length === 1 ? '1 entry past its review date:' : `${stale.length} entries past their review date:`;
  return [heading, ...stale.map((s) => `  ${s.file}: reviewed ${s.reviewed}, review was due ${s.due}`)].join('\n');
}

/** The `count` entries not yet past their review date whose review falls soonest, soonest first. */
export function dueNext<T extends Reviewable>(
  entries: readonly T[],
  reviewPeriodDays: number,
  asOf: string,
  count: number,
): StaleEntry<T>[] {
  return entries
    .filter((entry) => !isStale(entry, reviewPeriodDays, asOf))
    .map((entry) => ({ ...entry, due: reviewDueDate(entry, reviewPeriodDays) }))
    .sort((a, b) => a.due.localeCompare(b.due))
    .slice(0, count);
}
