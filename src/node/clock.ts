/**
 * The one place the toolkit reads the clock. Builds, checks and scripts ask here for today's date,
 * so a test or a reproducible build can fix it with CST_AS_OF.
 */

/** Today in the UK as YYYY-MM-DD, from the clock (or `now`). */
export function todayInLondon(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** "Today" for a build or a check: the override (CST_AS_OF) when set and not empty, else the UK date. */
export function asOfDate(override: string | undefined = process.env.CST_AS_OF): string {
  return override || todayInLondon();
}
