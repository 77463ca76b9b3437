/**
 * How old police.uk figures are, in plain words, for meeting packs (against the meeting's date)
 * and for area and figures pages (against the day the page was built). Figures count as old when
 * they end more than three months before that day: police.uk publishes each month about two
 * months later, so older figures mean nobody has imported the newer months.
 */
import { formatDate, formatMonth } from './format.ts';

/** How many months after the figures end before they count as old. */
export const freshForMonths = 3;

export interface FreshnessContext {
  /** The day the figures are read against, YYYY-MM-DD. */
  date: string;
  /** A meeting pack reads them against its meeting; a page against the day it was built. */
  kind: 'meeting' | 'page';
}

export interface FiguresFreshness {
  /** The last month of figures, "YYYY-MM". */
  lastMonth: string;
  /** True when the figures end more than three months before the date. */
  old: boolean;
  /**
   * The last month, and how old it is when the figures are old, without a closing full stop:
   * the page says what to do about old figures (import newer months), which is not this module's
   * business.
   */
  statement: string;
}

/** The freshness of figures whose last month is `lastMonth` ("YYYY-MM"), read on `context.date`. */
export function figuresFreshness(lastMonth: string, context: FreshnessContext): FiguresFreshness {
  const end = lastDayOfMonth(lastMonth, 0);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(context.date))
    throw new Error(`figuresFreshness: expected a date written YYYY-MM-DD, found ${JSON.stringify(context.date)}`);
  const ends = `These figures end in ${formatMonth(lastMonth)}`;
  const old = context.date > lastDayOfMonth(lastMonth, freshForMonths);
  if (!old || context.date <= end) return { lastMonth, old: false, statement: ends };
  const gap = gapInWords(lastMonth, context.date);
  const before =
    context.kind === 'meeting' ? 'before this meeting' : `before this page was built on ${formatDate(context.date)}`;
  return { lastMonth, old: true, statement: `${ends}, ${gap} ${before}` };
}

/**
 * The time from the end of `lastMonth` to `date` in words: "more than three months",
 * "14 months", "eight years", "more than seven years". Whole months are counted from the last day
 * of a month to the last day of a later one; from two years on, only whole years are named.
 */
export function gapInWords(lastMonth: string, date: string): string {
  let months = 0;
  while (lastDayOfMonth(lastMonth, months + 1) <= date) months += 1;
  const extraDays = lastDayOfMonth(lastMonth, months) < date;
  if (months >= 24) {
    const years = Math.floor(months / 12);
    return `${months % 12 > 0 ? 'more than ' : ''}${numberInWords(years)} years`;
  }
  const counted = months === 1 ? 'one month' : `${numberInWords(months)} months`;
  return extraDays ? `more than ${counted}` : counted;
}

/** GOV.UK style: one to nine in words, 10 and over in numerals. */
export function numberInWords(n: number): string {
  const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
  return n >= 0 && n < 10 ? words[n]! : String(n);
}

/** The last day of the month `offset` months after "YYYY-MM", as YYYY-MM-DD. */
function lastDayOfMonth(month: string, offset: number): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) throw new Error(`figuresFreshness: expected a month written YYYY-MM, found ${JSON.stringify(month)}`);
  const last = new Date(Date.UTC(Number(match[1]), Number(match[2]) + offset, 0));
  return last.toISOString().slice(0, 10);
}
