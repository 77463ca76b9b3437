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
 * order never depends on timing. Used when no page has every word.
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
  return [...pages.values()].sort((a, b) => b.matched.length - a.matched.length || b.score - a.score || (a.id < b.id ? -1 : 1));
}

const standing: Record<PowerStatus, number> = { 'in-force': 0, 'not-yet-in-force': 1, repealed: 2 };

/**
 * Current pages before repealed and not-yet-in-force powers that match as many words, keeping
 * Pagefind's order otherwise. `status` is a power's status, or undefined for any other page.
 */
export function currentFirst<T>(items: readonly T[], describe: (item: T) => { matched: number; status?: PowerStatus | undefined }): T[] {
  return items
    .map((item, index) => ({ item, index, ...describe(item) }))
    .sort((a, b) => b.matched - a.matched || standing[a.status ?? 'in-force'] - standing[b.status ?? 'in-force'] || a.index - b.index)
    .map((entry) => entry.item);
}

/** A power status as the search index records it (the `power_status` meta field), or undefined. */
export function readPowerStatus(value: string | undefined): PowerStatus | undefined {
  return value === 'in-force' || value === 'not-yet-in-force' || value === 'repealed' ? value : undefined;
}
