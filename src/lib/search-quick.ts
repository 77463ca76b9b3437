/**
 * The quick index: what the search page needs to answer most searches before Pagefind has loaded.
 * It knows each page by the words it is about: its title, other names, headings and summary, and
 * the words its text uses most that few other pages use. For the whole site it keeps the spelling
 * vocabulary and every other word of the pages' text, so a word only in the text is known to be a
 * word, not a typing mistake. Written at build time from what Pagefind indexed
 * (src/node/search-index.ts), so nothing unpublished reaches it; searched in the browser through
 * the same SearchIndex as Pagefind (src/lib/search-engine.ts). Pages with the words only in their
 * text are Pagefind's to find. Pure.
 */
import type { SearchIndex } from './search-engine.ts';
import type { ResultMeta } from './search-tags.ts';
import { isStopWord, normaliseQuery } from './search-query.ts';
import type { Vocabulary } from './search-spelling.ts';
import { buildVocabulary, splitAtOtherNames, type IndexedPage } from './search-vocabulary.ts';

/** Where the search page finds the quick index, inside the site. */
export const quickIndexPath = 'search/quick-index.json';

/**
 * How much a word counts in each field the quick index searches, in this order: the title, the
 * other names, the headings, the summary and the keywords.
 */
const fieldWeights = [12, 8, 4, 4, 4] as const;
const FIELDS = fieldWeights.length;
const KEYWORDS_FIELD = 4;
/** How many of its words a page's keywords keep. */
const KEYWORDS = 8;

/**
 * Problem pages answer what a councillor most often asks ("a resident complains about X: what can
 * be done?"), so a problem page that matches about as well as a power or a law comes first.
 */
const typeWeights: Readonly<Record<string, number>> = { Problem: 1.3 };

/** BM25's k1 and b: how fast repeats of a word stop counting, and how much a field's length counts against it. */
const saturation = 1.2;
const lengthWeight = 0.75;

/** How a page's word matches a searched word: the word itself, another form of it, or a longer word it starts. */
const matchWeights = { same: 1, form: 0.9, start: 0.5 };

/** What the quick index keeps of one page to show it as a result. */
export interface QuickPage {
  /** Pagefind's id for the page (its fragment's name), so the two indexes' results can be merged. */
  id: string;
  url: string;
  title: string;
  /** The page's type as the search filter names it ("Power", "Problem"). */
  type: string;
  summary?: string;
  /** The labels its search result shows, and what replaced a repealed power. */
  meta: ResultMeta & { replaced_by?: string };
}

export interface QuickIndex {
  vocabulary: Vocabulary;
  /** Words of three letters or more in the pages' text and not in the vocabulary, A to Z, space-separated. */
  textWords: string;
  pages: QuickPage[];
  /** Each page's fields' lengths in words, five numbers a page, in the order of `pages`. */
  lengths: number[];
  /**
   * Each word's places, read only for the words a search asks about: comma-separated, each the
   * page's number in base 36, the field's digit, and `*` and a weight when not 1 ("1k3*2").
   */
  places: Record<string, string>;
}

/** One page found by the quick index. */
export interface QuickHit {
  id: string;
  score: number;
  page: QuickPage;
}

/** What a page of Pagefind's index holds beyond what the vocabulary reads, with its id. */
export interface IndexedPageWithUrl extends IndexedPage {
  id: string;
  url: string;
  filters: Record<string, string[] | undefined>;
}

const resultMetaKeys = ['notice', 'power_status', 'extent', 'nation_note', 'replaced_by'] as const;

export function buildQuickIndex(pages: readonly IndexedPageWithUrl[], otherNamesId: string): QuickIndex {
  const vocabulary = buildVocabulary(pages, otherNamesId);
  const texts = pages.map((page) => textWordsOf(page, otherNamesId));
  const pagesWith = new Map<string, number>();
  for (const words of texts) for (const word of new Set(words)) pagesWith.set(word, (pagesWith.get(word) ?? 0) + 1);
  const shared = sharedHeadings(pages);
  const lengths: number[] = [];
  const places = new Map<string, string[]>();
  pages.forEach((page, number) => {
    const fields = fieldsOf(page, otherNamesId, shared, keywords(texts[number]!, pagesWith, pages.length));
    fields.forEach((words, field) => {
      lengths.push(words.length);
      const weights = new Map<string, number>();
      // A search leaves stop words out unless it has nothing else, and then Pagefind answers it.
      words.forEach((word, i) => {
        if (!isStopWord(word)) weights.set(word, (weights.get(word) ?? 0) + wordWeight(field, i));
      });
      for (const [word, weight] of weights) {
        const place = `${number.toString(36)}${field}${weight === 1 ? '' : `*${Number(weight.toFixed(2))}`}`;
        const list = places.get(word);
        if (list) list.push(place);
        else places.set(word, [place]);
      }
    });
  });
  return {
    vocabulary,
    textWords: [...pagesWith.keys()]
      .filter((word) => !(word in vocabulary))
      .sort()
      .join(' '),
    pages: pages.map(quickPage),
    lengths,
    places: Object.fromEntries([...places].map(([word, list]) => [word, list.join(',')])),
  };
}

/** Keywords come best first: the first counts as two, the eighth as less than one. Every other word counts once. */
function wordWeight(field: number, position: number): number {
  return field === KEYWORDS_FIELD ? 2 / (1 + position / 2) : 1;
}

/**
 * Headings that one page in ten or more has ("Key facts", "Sources"): the page templates' own, which
 * say nothing about any one page.
 */
function sharedHeadings(pages: readonly IndexedPage[]): Set<string> {
  const counts = new Map<string, number>();
  for (const page of pages)
    for (const text of new Set(page.anchors.map((a) => a.text))) counts.set(text, (counts.get(text) ?? 0) + 1);
  return new Set([...counts].filter(([, count]) => count >= pages.length / 10).map(([text]) => text));
}

/** The page's searched fields, in the order of fieldWeights, as normalised words. */
function fieldsOf(
  page: IndexedPageWithUrl,
  otherNamesId: string,
  sharedHeadings: Set<string>,
  keywords: string[],
): string[][] {
  const names = splitAtOtherNames(page, otherNamesId)?.otherNames ?? '';
  const headings = page.anchors
    .filter((a) => a.id !== otherNamesId && !sharedHeadings.has(a.text))
    .map((a) => a.text)
    .join(' ');
  const words = (text: string) => normaliseQuery(text).split(' ').filter(Boolean);
  return [words(page.meta.title ?? ''), words(names), words(headings), words(page.meta.summary ?? ''), keywords];
}

/** The words of a page's text before its other names, as a search has them: three letters or more, no stop words or numbers. */
function textWordsOf(page: IndexedPage, otherNamesId: string): string[] {
  const text = splitAtOtherNames(page, otherNamesId)?.text ?? page.content;
  return normaliseQuery(text)
    .split(' ')
    .filter((word) => word.length >= 3 && !isStopWord(word) && !/\d/.test(word));
}

/** The words a page's text uses at least twice and few pages use (by tf-idf), best first; ties A to Z. */
function keywords(words: string[], pagesWith: Map<string, number>, pageCount: number): string[] {
  const counts = new Map<string, number>();
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  return [...counts]
    .filter(([, count]) => count >= 2)
    .map(([word, count]) => ({ word, weight: count * Math.log(pageCount / pagesWith.get(word)!) }))
    .sort((a, b) => b.weight - a.weight || (a.word < b.word ? -1 : 1))
    .slice(0, KEYWORDS)
    .map((k) => k.word);
}

function quickPage(page: IndexedPageWithUrl): QuickPage {
  const meta: QuickPage['meta'] = {};
  for (const key of resultMetaKeys) if (page.meta[key]) meta[key] = page.meta[key];
  return {
    id: page.id,
    url: page.url,
    title: page.meta.title ?? page.url,
    type: page.filters.type?.[0] ?? 'Page',
    ...(page.meta.summary ? { summary: page.meta.summary } : {}),
    meta,
  };
}

/**
 * A page's address on a site published under a path ("/community-safety/"): the index keeps
 * addresses from the site's root, as Pagefind does, and Pagefind too adds the path when it shows them.
 */
export function sitePageUrl(basePath: string, url: string): string {
  return `${basePath.replace(/\/?$/, '/')}${url.replace(/^\//, '')}`;
}

/**
 * The same word in another form, roughly as Pagefind's stemmer has it: "dogs" and "dog",
 * "parties" and "party", "barking" and "bark", "dumped" and "dump", "tipping" and "tip".
 */
export function wordStem(word: string): string {
  if (word.length <= 3) return word;
  let stem = word
    .replace(/ies$/, 'y')
    .replace(/(ss|ch|sh|x)es$/, '$1')
    .replace(/([^su])s$/, '$1');
  const suffix = /(ing|ed)$/.exec(stem);
  if (suffix && stem.length - suffix[0].length >= 3) {
    stem = stem.slice(0, -suffix[0].length);
    if (/([bdfgmnprt])\1$/.test(stem)) stem = stem.slice(0, -1);
  }
  return stem;
}

/**
 * The quick index as a SearchIndex for answerQuery, limited to pages of one type when given.
 * A word counts most in a title, then in the other names, and more in a short field than a long
 * one; a problem page counts a little more than others (typeWeights).
 */
export function quickSearchIndex(index: QuickIndex, type?: string): SearchIndex<QuickHit> {
  const words = Object.keys(index.places);
  const average = fieldWeights.map((_, field) => {
    let total = 0;
    for (let i = field; i < index.lengths.length; i += FIELDS) total += index.lengths[i]!;
    return total / Math.max(1, index.pages.length);
  });
  let textWords: Set<string> | undefined;
  const stems = new Map<string, string>();
  const stemOf = (word: string) => {
    let stem = stems.get(word);
    if (stem === undefined) stems.set(word, (stem = wordStem(word)));
    return stem;
  };
  // Every match keeps the word's first two letters, so the other words need no closer look.
  const sameStart = (a: string, b: string) =>
    a.charCodeAt(0) === b.charCodeAt(0) && a.charCodeAt(1) === b.charCodeAt(1);

  const scores = (word: string): Map<number, number> => {
    const stem = stemOf(word);
    // "noise" starts "noisy" and "smoke" starts "smoky" once their silent e goes.
    const root = stem.length > 4 ? stem.replace(/e$/, '') : stem;
    const perField = new Map<number, number>();
    for (const candidate of words) {
      if (!sameStart(candidate, word)) continue;
      const weight =
        candidate === word
          ? matchWeights.same
          : stemOf(candidate) === stem
            ? matchWeights.form
            : candidate.startsWith(word) || candidate.startsWith(root)
              ? matchWeights.start
              : 0;
      if (weight === 0) continue;
      for (const place of index.places[candidate]!.split(',')) {
        const [where, times] = place.split('*') as [string, string | undefined];
        const key = parseInt(where.slice(0, -1), 36) * FIELDS + Number(where.slice(-1));
        perField.set(key, (perField.get(key) ?? 0) + weight * (times ? Number(times) : 1));
      }
    }
    const byPage = new Map<number, number>();
    for (const [key, matched] of perField) {
      const number = Math.floor(key / FIELDS);
      if (type && index.pages[number]!.type !== type) continue;
      const field = key % FIELDS;
      // As BM25 has it: a word said five times in a summary is not five times as telling, and a
      // word in a short list of other names tells more than one in a long list.
      const length = 1 - lengthWeight + (lengthWeight * index.lengths[key]!) / average[field]!;
      byPage.set(
        number,
        (byPage.get(number) ?? 0) + (fieldWeights[field]! * matched) / (matched + saturation * length),
      );
    }
    return byPage;
  };

  const hits = (byPage: Map<number, number>): QuickHit[] =>
    [...byPage]
      .map(([number, score]) => {
        const page = index.pages[number]!;
        return { id: page.id, score: score * (typeWeights[page.type] ?? 1), page };
      })
      .sort((a, b) => b.score - a.score || (a.page.url < b.page.url ? -1 : 1));

  return {
    search: async (text) => {
      const searched = normaliseQuery(text).split(' ').filter(Boolean);
      if (searched.length === 0) return [];
      const each = searched.map(scores);
      const total = new Map<number, number>();
      for (const page of each[0]!.keys())
        if (each.every((s) => s.has(page)))
          total.set(
            page,
            each.reduce((sum, s) => sum + s.get(page)!, 0),
          );
      return hits(total);
    },
    has: async (word) => {
      const stem = stemOf(word);
      const same = (w: string) => sameStart(w, word) && (w === word || stemOf(w) === stem);
      textWords ??= new Set(index.textWords.split(' '));
      return textWords.has(word) || words.some(same) || [...textWords].some(same);
    },
    vocabulary: async () => index.vocabulary,
  };
}
