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

/** The most recent review date among entries: the site's "last reviewed" date. */
export function latestReview(entries: readonly Reviewable[]): string | undefined {
  return entries.reduce<string | undefined>((latest, e) => (latest === undefined || e.reviewed > latest ? e.reviewed : latest), undefined);
}
