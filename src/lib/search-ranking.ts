/**
 * Ranking search results beyond what Pagefind does on its own: pages that match most of a
 * sentence's words when none matches all of them, and current powers before repealed ones. Pure.
 */
import type { PowerStatus } from '../schemas/power.ts';

/** One word's results from the index, best first, with Pagefind's score. */
export interface WordResults {
  word: string;
  results: readonly { id: string; score: number }[];
}

export interface MergedResult {
  id: string;
  /** The words of the query this page matched, in the order of the query. */
  matched: string[];
  /** The sum of the page's scores for those words. */
  score: number;
}

/**
 * Pages ranked by how many of the words they match, then by their summed score, then by id so the
 * order never depends on timing. Pages with every word come first; when there are none, the
 * pages with most of them.
 */
export function mergeByWordsMatched(perWord: readonly WordResults[]): MergedResult[] {
  const pages = new Map<string, MergedResult>();
  for (const { word, results } of perWord)
    for (const { id, score } of results) {
      const page = pages.get(id) ?? { id, matched: [], score: 0 };
      if (!page.matched.includes(word)) page.matched.push(word);
      page.score += score;
      pages.set(id, page);
    }
  return [...pages.values()].sort(
    (a, b) => b.matched.length - a.matched.length || b.score - a.score || (a.id < b.id ? -1 : 1),
  );
}

/** What currentFirst needs to know about a result. */
export interface Standing {
  /** The page's address, as replacements are named. */
  url: string;
  /** How many of the searched words the page has. */
  matched: number;
  score: number;
  /** A power's status; undefined for a page that is not a power. */
  status?: PowerStatus | undefined;
  /** For a repealed power, the addresses of the powers that replaced it. */
  replacedBy?: readonly string[];
}

/** A current power this close to a repealed or pending one's score found the words as well as it did. */
const AS_WELL = 0.5;

/**
 * Current powers before repealed and not-yet-in-force powers found by the same words: a current
 * power moves just above a repealed or pending one when it has as many of the words and scores at
 * least half as well, or when it is what replaced it ("asbo" puts the civil injunction above the
 * anti-social behaviour order). Only powers trade places; every other page keeps its place, and
 * otherwise the order is the index's.
 */
export function currentFirst<T>(items: readonly T[], describe: (item: T) => Standing): T[] {
  const described = items.map((item, index) => ({ item, index, ...describe(item) }));
  const slots = described.filter((d) => d.status !== undefined);
  const pending = [...slots];
  const ordered: typeof slots = [];
  while (pending.length > 0) {
    const next = pending.shift()!;
    if (next.status !== 'in-force') {
      const promoted = pending.filter(
        (d) =>
          d.status === 'in-force' &&
          ((d.matched === next.matched && d.score >= AS_WELL * next.score) || (next.replacedBy ?? []).includes(d.url)),
      );
      ordered.push(...promoted);
      for (const d of promoted) pending.splice(pending.indexOf(d), 1);
    }
    ordered.push(next);
  }
  const out = described.map((d) => d.item);
  slots.forEach((slot, i) => (out[slot.index] = ordered[i]!.item));
  return out;
}

/** A power status as the search index records it (the `power_status` meta field), or undefined. */
export function readPowerStatus(value: string | undefined): PowerStatus | undefined {
  return value === 'in-force' || value === 'not-yet-in-force' || value === 'repealed' ? value : undefined;
}
