/**
 * Spelling for search: the closest word in the site's vocabulary (the words of its titles, other
 * names, headings and summaries, written at build time) to a word that is not in the index.
 * "cukooing" becomes "cuckooing", "grafitti" becomes "graffiti". Pure.
 */
import leven from 'leven';

/** Each vocabulary word with how many indexed pages use it in a title, other name, heading or summary. */
export type Vocabulary = Readonly<Record<string, number>>;

/** The most typing mistakes forgiven in a word of this length: short words must be nearly right. */
export function typosAllowed(word: string): number {
  if (word.length <= 3) return 0;
  if (word.length <= 4) return 1;
  if (word.length <= 9) return 2;
  return 3;
}

/**
 * The vocabulary word closest to `word`, or undefined when none is near enough. Ties go to the
 * word with the same first letter (people rarely mistype the first letter), then to the word on
 * more pages, then to the nearer length, then A to Z, so the answer never depends on file order.
 */
export function closestWord(word: string, vocabulary: Vocabulary): string | undefined {
  const allowed = typosAllowed(word);
  if (allowed === 0 || /\d/.test(word)) return undefined;
  let best: { word: string; distance: number; key: [number, number, number, string] } | undefined;
  for (const [candidate, pages] of Object.entries(vocabulary)) {
    if (candidate === word || Math.abs(candidate.length - word.length) > allowed) continue;
    const distance = leven(word, candidate, { maxDistance: allowed + 1 });
    if (distance > allowed) continue;
    const key: [number, number, number, string] = [
      candidate[0] === word[0] ? 0 : 1,
      -pages,
      Math.abs(candidate.length - word.length),
      candidate,
    ];
    if (!best || distance < best.distance || (distance === best.distance && compareKeys(key, best.key) < 0))
      best = { word: candidate, distance, key };
  }
  return best?.word;
}

/** True when `word` is the start of a vocabulary word (three letters or more): the reader is still typing it. */
export function startsVocabularyWord(word: string, vocabulary: Vocabulary): boolean {
  if (word.length < 3) return false;
  return Object.keys(vocabulary).some((candidate) => candidate.length > word.length && candidate.startsWith(word));
}

function compareKeys(a: [number, number, number, string], b: [number, number, number, string]): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2] || (a[3] < b[3] ? -1 : a[3] > b[3] ? 1 : 0);
}
