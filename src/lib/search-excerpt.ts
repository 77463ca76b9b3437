/**
 * The snippet under a search result: the words around the matches in the page's own text, never
 * in its list of other names (which sits at the end of each entry page, for search only to weigh).
 * When the only matches are in that list, the page's one-line summary stands in. Pure.
 */
import { normaliseQuery } from './search-query.ts';

/** The id of the "Other names" heading on entry pages (src/components/OtherNames.astro). */
export const otherNamesHeadingId = 'other-names';

export interface ExcerptPart {
  text: string;
  /** True for a word that matched the search. */
  mark: boolean;
}

/** Pagefind splits a page's text into words on white space, and counts match locations in those words. */
const wordSeparators = /[^\S\uFEFF]+/;

export interface Located {
  location: number;
  balanced_score: number;
}

/**
 * The window of `length` words with the most weight of matches, among matches from word
 * `startAt` (where the page's summary starts: the caption and title above it say nothing new)
 * to before word `stopAt` (where the list of other names starts). Undefined when no match is
 * in between.
 */
export function excerptBetween(
  content: string,
  locations: readonly Located[],
  startAt: number,
  stopAt: number,
  length: number,
): ExcerptPart[] | undefined {
  const words = content.split(wordSeparators).filter((w, i, all) => w !== '' || i < all.length - 1);
  const end = Math.min(stopAt, words.length);
  const usable = locations.filter((l) => l.location >= startAt && l.location < end);
  if (usable.length === 0) return undefined;
  const weight = new Array<number>(end).fill(0);
  for (const l of usable) weight[l.location]! += l.balanced_score;
  const span = Math.min(length, end);
  let best = 0;
  let bestAt = startAt;
  let sum = 0;
  for (let i = startAt; i < end; i++) {
    sum += weight[i]!;
    if (i - startAt >= span) sum -= weight[i - span]!;
    const start = i - span + 1;
    if (start >= startAt && sum > best) [best, bestAt] = [sum, start];
  }
  // Start a few words before the first match so the reader sees it in context.
  const firstMatch =
    usable
      .map((l) => l.location)
      .filter((l) => l >= bestAt)
      .sort((a, b) => a - b)[0] ?? bestAt;
  const start = Math.max(startAt, Math.min(bestAt, firstMatch - 3));
  const marked = new Set(usable.map((l) => l.location));
  const parts: ExcerptPart[] = [];
  if (start > 0) parts.push({ text: '… ', mark: false });
  for (let i = start; i < Math.min(start + span, end); i++) {
    if (i > start) parts.push({ text: ' ', mark: false });
    parts.push({ text: words[i]!, mark: marked.has(i) });
  }
  if (start + span < end) parts.push({ text: ' …', mark: false });
  return joinPlain(parts);
}

/** The summary as a snippet, with the words that start with a searched word marked. */
export function markWords(text: string, searched: readonly string[]): ExcerptPart[] {
  const wanted = searched.filter((w) => w.length >= 2);
  const parts = text.split(/(\s+)/).map((piece) => {
    const normal = normaliseQuery(piece);
    const mark = normal !== '' && wanted.some((w) => normal === w || (w.length >= 3 && normal.startsWith(w)));
    return { text: piece, mark };
  });
  return joinPlain(parts);
}

/** The word number where `text` (the page's summary) starts in the page's text; 0 when it is not there. */
export function wordIndexOf(content: string, text: string | undefined): number {
  const at = text ? content.indexOf(text.trim()) : -1;
  return at <= 0 ? 0 : content.slice(0, at).split(wordSeparators).filter(Boolean).length;
}

/**
 * Where the list of other names starts, as a word number in the page's text: the location
 * Pagefind gives the "Other names" heading. The whole text when the page has no such list.
 */
export function otherNamesStart(
  anchors: readonly { id: string; location: number }[],
  content: string,
  headingId: string,
): number {
  return anchors.find((a) => a.id === headingId)?.location ?? content.split(wordSeparators).length;
}

function joinPlain(parts: ExcerptPart[]): ExcerptPart[] {
  const joined: ExcerptPart[] = [];
  for (const part of parts) {
    const last = joined.at(-1);
    if (last && !last.mark && !part.mark) last.text += part.text;
    else joined.push({ ...part });
  }
  return joined;
}
