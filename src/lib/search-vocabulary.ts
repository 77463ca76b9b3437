/**
 * The search vocabulary: the words of every indexed page's title, summary, headings and other
 * names, each with the number of pages that use it. Written at build time from what Pagefind
 * indexed (so nothing unpublished can reach it); the search page corrects typing mistakes against
 * it (src/lib/search-spelling.ts). It travels in the quick index (src/lib/search-quick.ts). Pure.
 */
import { isStopWord, normaliseQuery } from './search-query.ts';
import type { Vocabulary } from './search-spelling.ts';

/** What the vocabulary reads from one page of Pagefind's index (its "fragment"). */
export interface IndexedPage {
  content: string;
  meta: Record<string, string | undefined>;
  anchors: readonly { id: string; text: string; location: number }[];
}

/**
 * A page's indexed text in three parts, split where Pagefind's anchor for its other names is:
 * the text before, that heading's own words ("Other names"), and the other names themselves.
 * Undefined when the page lists no other names.
 */
export function splitAtOtherNames(
  page: IndexedPage,
  otherNamesId: string,
): { text: string; heading: string; otherNames: string } | undefined {
  const anchor = page.anchors.find((a) => a.id === otherNamesId);
  if (!anchor) return undefined;
  const words = page.content.split(/[^\S\uFEFF]+/);
  const namesStart = anchor.location + anchor.text.split(/\s+/).length;
  return {
    text: words.slice(0, anchor.location).join(' '),
    heading: words.slice(anchor.location, namesStart).join(' '),
    otherNames: words.slice(namesStart).join(' '),
  };
}

/** The words of the page's title, summary, headings and other names. */
export function vocabularyText(page: IndexedPage, otherNamesId: string): string[] {
  const texts = [page.meta.title ?? '', page.meta.summary ?? '', ...page.anchors.map((a) => a.text)];
  const parts = splitAtOtherNames(page, otherNamesId);
  if (parts) texts.push(`${parts.heading} ${parts.otherNames}`);
  return texts;
}

/** Words of three letters or more that are not stop words or numbers, with the pages that use each, A to Z. */
export function buildVocabulary(pages: readonly IndexedPage[], otherNamesId: string): Vocabulary {
  const counts = new Map<string, number>();
  for (const page of pages) {
    const words = new Set(vocabularyText(page, otherNamesId).flatMap((text) => normaliseQuery(text).split(' ')));
    for (const word of words)
      if (word.length >= 3 && !isStopWord(word) && !/\d/.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return Object.fromEntries([...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
