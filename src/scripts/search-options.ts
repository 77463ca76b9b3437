/**
 * Pagefind options shared by the search page and the search-quality tests. Term frequency is
 * switched off so a long background page that repeats a word many times does not outrank the
 * page whose title or aliases name it: headings and aliases carry the weight (see PageHeader).
 */
export const searchOptions = {
  excerptLength: 24,
  ranking: { termFrequency: 0 },
} as const;
