/** Formatting for readers in the UK, GOV.UK style. Pure: no clock, no locale of the machine. */

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2026-11-23" -> "23 November 2026". Throws on anything that is not a real YYYY-MM-DD date. */
export function formatDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = match ? months[Number(match[2]) - 1] : undefined;
  if (!match || !month) throw new Error(`formatDate: expected YYYY-MM-DD, found ${JSON.stringify(iso)}`);
  return `${Number(match[3])} ${month} ${match[1]}`;
}

/** A date or a bare year: "2026-11-23" -> "23 November 2026", "2014" -> "2014". */
export function formatDateOrYear(value: string): string {
  return /^\d{4}$/.test(value) ? value : formatDate(value);
}

/** "2026-11" or "2026-11-23" -> "November 2026". */
export function formatMonth(iso: string): string {
  const match = /^(\d{4})-(\d{2})/.exec(iso);
  const month = match ? months[Number(match[2]) - 1] : undefined;
  if (!match || !month) throw new Error(`formatMonth: expected YYYY-MM, found ${JSON.stringify(iso)}`);
  return `${month} ${match[1]}`;
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
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
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
