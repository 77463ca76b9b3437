/**
 * Dates as council papers give them: a day ("2022-09-14"), a month ("2022-09") or only a year
 * ("2022"). A paper dated "September 2022" is held as "2022-09", never as an invented day.
 * Pure: no clock. Whether a text is such a date is the schema's rule (src/schemas/partial-date.ts).
 */
import { daysInMonth, isPartialDate, partialDatePattern as pattern } from '../schemas/partial-date.ts';
import { formatDate, formatMonth } from './format.ts';

export { isPartialDate };

export type DatePrecision = 'day' | 'month' | 'year';

function parts(text: string): { year: number; month?: number; day?: number } {
  const match = pattern.exec(text);
  if (!match || !isPartialDate(text))
    throw new Error(`expected a date written as YYYY, YYYY-MM or YYYY-MM-DD, found ${JSON.stringify(text)}`);
  return {
    year: Number(match[1]),
    ...(match[2] ? { month: Number(match[2]) } : {}),
    ...(match[3] ? { day: Number(match[3]) } : {}),
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

export function precisionOf(date: string): DatePrecision {
  const p = parts(date);
  return p.day !== undefined ? 'day' : p.month !== undefined ? 'month' : 'year';
}

/** The first day the date could mean: "2022-09" -> "2022-09-01". */
export function earliestDay(date: string): string {
  const p = parts(date);
  return `${p.year}-${pad(p.month ?? 1)}-${pad(p.day ?? 1)}`;
}

/** The last day the date could mean: "2022-09" -> "2022-09-30", "2022" -> "2022-12-31". */
export function latestDay(date: string): string {
  const p = parts(date);
  const month = p.month ?? 12;
  return `${p.year}-${pad(month)}-${pad(p.day ?? daysInMonth(p.year, month))}`;
}

/** "2022-09-14" -> "14 September 2022"; "2022-09" -> "September 2022"; "2022" -> "2022". */
export function formatPartialDate(date: string): string {
  const p = parts(date);
  if (p.month === undefined) return String(p.year);
  return p.day === undefined ? formatMonth(date) : formatDate(date);
}

/** True only when every day `a` could mean comes before every day `b` could mean. */
export function certainlyBefore(a: string, b: string): boolean {
  return latestDay(a) < earliestDay(b);
}

/** Orders dates by their first possible day, then the more precise first: for sorting, not for rules. */
export function comparePartialDates(a: string, b: string): number {
  return earliestDay(a).localeCompare(earliestDay(b)) || latestDay(a).localeCompare(latestDay(b));
}

/** The year a date falls in. */
export function yearOf(date: string): number {
  return parts(date).year;
}

/**
 * The last day of a period that begins with `start` (a day) and lasts `months` calendar months
 * and `days` days, counting the first day in, as the law words it ("a period of two months
 * beginning with the date on which ... receives the report"): 15 March + 2 months ends on 14 May.
 * When the later month has no matching day, the period runs to the end of that month: two months
 * beginning with 31 December end on the last day of February.
 */
export function lastDayOfPeriod(start: string, period: { months?: number; days?: number }): string {
  const p = parts(start);
  if (p.day === undefined || p.month === undefined)
    throw new Error(`lastDayOfPeriod: expected a day, found ${JSON.stringify(start)}`);
  let year = p.year;
  let month = p.month + (period.months ?? 0);
  year += Math.floor((month - 1) / 12);
  month = ((month - 1) % 12) + 1;
  // The day after the period ends is the same day number `months` later (or the 1st of the next
  // month when that day does not exist); the period ends the day before.
  const sameDay = p.day <= daysInMonth(year, month) ? Date.UTC(year, month - 1, p.day) : Date.UTC(year, month, 1);
  const end = new Date(sameDay + ((period.days ?? 0) - 1) * 86_400_000);
  return end.toISOString().slice(0, 10);
}
