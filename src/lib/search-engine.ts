/**
 * How the search page answers what a councillor types, whatever the index behind it (Pagefind in
 * the browser, a fake one in the unit tests):
 *   1. leave out words that carry no meaning ("who do I ring about", "the", "my");
 *   2. look each word up on its own; a word in the site's vocabulary is in some page, so only
 *      the others are looked up whole. A word in no page is either the start of a longer word
 *      (kept: the reader may still be typing), a typing mistake (searched as the closest word in
 *      the vocabulary: "cukooing" as "cuckooing"), or left out;
 *   3. rank pages by how many of the words they have, then by their summed score (one search
 *      per word, merged): pages with every word come first, and when no page has every word,
 *      the pages with most of them.
 * Pure apart from the index it is given.
 */
import { planQuery } from './search-query.ts';
import { closestWord, startsVocabularyWord, type Vocabulary } from './search-spelling.ts';
import { mergeByWordsMatched } from './search-ranking.ts';

/** One page found by the index, with Pagefind's score. */
export interface Hit {
  id: string;
  score: number;
}

export interface SearchIndex<H extends Hit> {
  /** Pages that have every word, best first (prefixes count: "graff" finds "graffiti"). */
  search: (words: string) => Promise<readonly H[]>;
  /** Whether some page has this word itself (or a form of it such as a plural), not only longer words it starts. */
  has: (word: string) => Promise<boolean>;
  /** The site's vocabulary: words of pages' titles, summaries, headings and other names. */
  vocabulary: () => Promise<Vocabulary>;
}

export interface Correction {
  typed: string;
  searched: string;
}

export interface AnsweredResult<H extends Hit> {
  /** The index's hit for the page; in "most words" mode, one per word matched. */
  hits: H[];
  id: string;
  /** The searched words the page has. */
  matched: string[];
}

export interface Answer<H extends Hit> {
  /** The words searched for, after corrections. */
  words: string[];
  /** Words searched as a different word because the typed one is in no page. */
  corrections: Correction[];
  /** Typed words in no page and near no word of the vocabulary: left out. */
  notFound: string[];
  /** True when every result has every word; false when results have most of them. */
  allWords: boolean;
  results: AnsweredResult<H>[];
}

export async function answerQuery<H extends Hit>(text: string, index: SearchIndex<H>): Promise<Answer<H>> {
  const { words: typed } = planQuery(text);
  if (typed.length === 0) return { words: [], corrections: [], notFound: [], allWords: true, results: [] };

  // Each word's own search runs alongside the whole-word look-up of a word the vocabulary lacks: when
  // every word is known, as it usually is, the ranking needs nothing more.
  const vocabulary = await index.vocabulary();
  const looked = await Promise.all(
    typed.map(async (word) => {
      const [found, hits] = await Promise.all([word in vocabulary || index.has(word), index.search(word)]);
      return { word, found, hits };
    }),
  );
  const unknown = looked.filter((l) => !l.found).map((l) => l.word);
  const searched = new Map(looked.map((l) => [l.word, l.hits]));

  const corrections: Correction[] = [];
  const notFound: string[] = [];
  let words = typed;
  if (unknown.length > 0) {
    words = typed.flatMap((word) => {
      if (!unknown.includes(word) || startsVocabularyWord(word, vocabulary)) return [word];
      const closest = closestWord(word, vocabulary);
      if (closest) {
        corrections.push({ typed: word, searched: closest });
        return [closest];
      }
      notFound.push(word);
      return [];
    });
    words = [...new Set(words)];
  }
  if (words.length === 0) return { words, corrections, notFound, allWords: true, results: [] };

  const perWord = await Promise.all(words.map((word) => searched.get(word) ?? index.search(word)));
  if (words.length === 1)
    return {
      words,
      corrections,
      notFound,
      allWords: true,
      results: perWord[0]!.map((hit) => ({ hits: [hit], id: hit.id, matched: words })),
    };
  const hitsById = new Map<string, H[]>();
  perWord.forEach((hits) => hits.forEach((hit) => hitsById.set(hit.id, [...(hitsById.get(hit.id) ?? []), hit])));
  const merged = mergeByWordsMatched(words.map((word, i) => ({ word, results: perWord[i]! })));
  const allWords = merged[0]?.matched.length === words.length;
  return {
    words,
    corrections,
    notFound,
    allWords,
    results: merged.map((m) => ({ hits: hitsById.get(m.id)!, id: m.id, matched: m.matched })),
  };
}
