/**
 * Whether a text is a real day written YYYY-MM-DD (not 2026-02-30). Free of zod, so the site's own
 * scripts (the search page formats dates) can use it without carrying the schema library.
 */
export function isRealIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
