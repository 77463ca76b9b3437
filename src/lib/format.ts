/** Formatting for readers in the UK, GOV.UK style. Pure: no clock, no locale of the machine. */
import { isRealIsoDate } from '../schemas/iso-date.ts';

/** Made on first use: building an Intl formatter takes the search page's script time before it can answer. */
function once<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

// UTC throughout: a YYYY-MM-DD day is read and written as the same calendar day wherever the build runs.
const dayMonthYear = once(
  () => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
);
const monthYear = once(() => new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }));
const andList = once(() => new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' }));

/** "2026-11-23" -> "23 November 2026". Throws on anything that is not a real YYYY-MM-DD date. */
export function formatDate(iso: string): string {
  if (!isRealIsoDate(iso)) throw new Error(`formatDate: expected YYYY-MM-DD, found ${JSON.stringify(iso)}`);
  return dayMonthYear().format(new Date(`${iso}T00:00:00Z`));
}

/** A date or a bare year: "2026-11-23" -> "23 November 2026", "2014" -> "2014". */
export function formatDateOrYear(value: string): string {
  return /^\d{4}$/.test(value) ? value : formatDate(value);
}

/** "2026-11" or "2026-11-23" -> "November 2026". */
export function formatMonth(iso: string): string {
  const match = /^(\d{4})-(0[1-9]|1[0-2])/.exec(iso);
  if (!match) throw new Error(`formatMonth: expected YYYY-MM, found ${JSON.stringify(iso)}`);
  return monthYear().format(new Date(`${match[1]}-${match[2]}-01T00:00:00Z`));
}

/** Adds whole days to a YYYY-MM-DD date. */
export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new Error(`addDays: expected YYYY-MM-DD, found ${JSON.stringify(iso)}`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Joins words as "a, b and c". */
export function listInWords(items: readonly string[]): string {
  return andList().format(items);
}

/** A list in words starting with a capital: ["the council", "the police"] -> "The council and the police". */
export function sentenceList(items: readonly string[]): string {
  const text = listInWords(items);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "Anti-social Behaviour Order" sorts under A; "the 2014 Act" under 2. Case- and article-insensitive. */
export function sortKey(title: string): string {
  return title.toLowerCase().replace(/^(the|a|an)\s+/, '');
}

export function byTitle<T extends { title: string }>(a: T, b: T): number {
  return sortKey(a.title).localeCompare(sortKey(b.title), 'en-GB');
}

/** "in six months", "in 12 months": whole calendar months from one date to another, in words. */
export function monthsBetween(from: string, to: string): string {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  const months = (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
  if (months < 1) return 'within a month';
  if (months === 1) return 'in one month';
  const words = ['', '', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
  return `in ${months < 10 ? words[months] : String(months)} months`;
}
