import { z } from 'zod';

/** YYYY, YYYY-MM or YYYY-MM-DD. */
export const partialDatePattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True when `text` is YYYY, YYYY-MM or YYYY-MM-DD and names a year, month or day that exists. */
export function isPartialDate(text: string): boolean {
  const match = partialDatePattern.exec(text);
  if (!match) return false;
  const year = Number(match[1]);
  if (match[2] === undefined) return year >= 1000;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return false;
  if (match[3] === undefined) return true;
  const day = Number(match[3]);
  return day >= 1 && day <= daysInMonth(year, month);
}

/** The number of days in a month (1 to 12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * A date as precise as the source gives it: a day "2022-09-14", a month "2022-09" (shown as
 * "September 2022") or a year "2022". Never make up a day the source does not give.
 * YAML reads an unquoted day as a date and an unquoted year as a number; both are accepted, and
 * the output is always the text, so dates never shift with time zones.
 */
export const partialDate = z
  .union([z.string(), z.number(), z.date()], {
    error: 'expected a date written as YYYY-MM-DD, or YYYY-MM for a month, or YYYY for a year',
  })
  .transform((value, ctx) => {
    const text =
      value instanceof Date ? (Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10)) : String(value);
    if (!isPartialDate(text)) {
      ctx.addIssue({
        code: 'custom',
        message: `found ${JSON.stringify(value instanceof Date ? String(value) : value)}, expected a real date written as YYYY-MM-DD, or YYYY-MM when the source gives only the month ("2022-09" for September 2022), or YYYY for only the year`,
      });
      return z.NEVER;
    }
    return text;
  });
