/**
 * What a typed search means: the words worth searching for. Councillors type sentences ("who do I
 * ring about my neighbour's music at 2am"); Pagefind wants every word on one page, so the words
 * that carry no meaning come out first. Pure: the search island and the tests share it.
 */

/**
 * Common English words that say nothing about the problem, and contractions as the search box
 * receives them (apostrophes removed, as Pagefind removes them: "i've" is "ive").
 */
const stopWords = new Set(
  `a about above after again against all am an and any are as at be because been before being below
  between both but by can could did do does down during each few for from further had has have
  having he her here hers herself him himself his how i if in into is it its itself just me more most
  my myself no nor not now of off on once only or other our ours ourselves out over own same she
  should so some such than that the their theirs them themselves then there these they this those
  through to too under until up very was we were what when where which while who whom why will with
  would you your yours yourself yourselves ive im id ill youre youve theyre theyve dont doesnt didnt
  cant cannot wont isnt arent wasnt werent hasnt havent shouldnt couldnt wouldnt thats whats theres
  lets keep keeps kept getting get gets got really also still every ever always just please anyone
  someone something anything thing things lot lots`.split(/\s+/),
);

/**
 * How councillors ask "who do I contact": the question, not the problem. Without this, "who do I
 * ring about noise" finds the page about alarms ringing.
 */
const askingPhrases = [
  /\bwho (?:do|should|can|could|would) (?:i|we|you|they|residents?) (?:ring|call|phone|contact|tell|report (?:it |this |that )?to|speak to|talk to|go to|complain to)\b/g,
  /\bwho (?:to|is best to) (?:ring|call|phone|contact|tell|report to|speak to|complain to)\b/g,
  /\bhow (?:do|can|should) (?:i|we|you) (?:report|complain about|get help with|deal with|stop)\b/g,
  /\bwhat (?:can|should|could) (?:i|we|you|be) (?:do|done)(?: about)?\b/g,
  /\bwho (?:deals with|handles|is responsible for|leads on)\b/g,
];

export interface PlannedQuery {
  /** The words to search for, in the order typed, each once. */
  words: string[];
  /** Words left out because they carry no meaning here. */
  ignored: string[];
}

/** Lower case, apostrophes and hyphens inside words removed (as Pagefind does), one space between words. */
export function normaliseQuery(text: string): string {
  return text
    .toLocaleLowerCase('en-GB')
    .normalize('NFKC')
    .replace(/[\u2018\u2019'`]/g, '')
    .replace(/(\p{L})[-\u2010\u2011](?=\p{L})/gu, '$1')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The words worth searching for. When every word is a stop word ("who do I call"), all of them
 * are kept: the reader typed something and should get results for it.
 */
export function planQuery(text: string): PlannedQuery {
  let normal = normaliseQuery(text);
  for (const phrase of askingPhrases) normal = normal.replace(phrase, ' ');
  const typed = unique(normal.split(/\s+/).filter(Boolean));
  const words = typed.filter((w) => !stopWords.has(w));
  if (words.length === 0) {
    const all = unique(normaliseQuery(text).split(/\s+/).filter(Boolean));
    return { words: all, ignored: [] };
  }
  return { words, ignored: typed.filter((w) => stopWords.has(w)) };
}

export function isStopWord(word: string): boolean {
  return stopWords.has(word);
}

function unique(words: string[]): string[] {
  return [...new Set(words)];
}
