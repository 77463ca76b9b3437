import { describe, expect, test } from 'vitest';
import { answerQuery } from '../../src/lib/search-engine.ts';
import {
  buildQuickIndex,
  quickSearchIndex,
  sitePageUrl,
  wordStem,
  type IndexedPageWithUrl,
  type QuickIndex,
} from '../../src/lib/search-quick.ts';

const otherNamesId = 'other-names';

/** A page as Pagefind's fragment has it: its words, headings (anchors) and other names last. */
function page(
  id: string,
  type: string,
  title: string,
  summary: string,
  body: string,
  otherNames: string[] = [],
  headings: string[] = [],
  meta: Record<string, string> = {},
): IndexedPageWithUrl {
  const words: string[] = [title, summary, body].join(' ').split(/\s+/);
  const anchors = headings.map((text, i) => ({ id: `h${i}`, text, location: i }));
  if (otherNames.length > 0) {
    anchors.push({ id: otherNamesId, text: 'Other names', location: words.length });
    words.push('Other', 'names', ...otherNames.join(', ').split(/\s+/));
  }
  return {
    id: `en-gb_${id}`,
    url: `/${type.toLowerCase()}s/${id}/`,
    content: words.join(' '),
    meta: { title, summary, ...meta },
    anchors,
    filters: { type: [type] },
  };
}

const pages = [
  page(
    'cuckooing',
    'Problem',
    'A vulnerable neighbour whose home has been taken over',
    'Strangers have moved in with a vulnerable neighbour.',
    'Cuckooing is when dealers take over a home. Report cuckooing to the police. Cuckooing harms people.',
    ['cuckooing', 'home takeover'],
    ['Key facts'],
  ),
  page(
    'closure-order',
    'Power',
    'Closure order',
    'A court order that closes problem premises.',
    'The court can close premises used for drug dealing or cuckooing.',
    ['crack house closure', 'cuckooing closure', 'premises closure order', 'shut down a house', 'section 80 order'],
    ['Key facts'],
    { power_status: 'in-force' },
  ),
  page(
    'noisy-neighbours',
    'Problem',
    'Noisy neighbours',
    'A neighbour keeps playing loud music late at night.',
    'Noise from a neighbour can be a statutory nuisance. Noise at night can be reported. Noise officers visit.',
    ['loud music', 'parties next door'],
    ['Key facts'],
  ),
  page(
    'dispersal-order',
    'Power',
    'Dispersal order',
    'An order that moved groups on.',
    'Repealed in 2014 and replaced by the dispersal direction.',
    ['section 30 dispersal'],
    ['Key facts'],
    { power_status: 'repealed', replaced_by: '/powers/dispersal-direction/', notice: 'Repealed in 2014' },
  ),
  page(
    'fly-tipping',
    'Problem',
    'Fly-tipping',
    'Rubbish dumped on land that has no licence for it.',
    'Dumped mattresses and sofas are fly-tipping. The council clears fly-tipping.',
    ['dumped rubbish', 'mattress dumped'],
    ['Key facts'],
  ),
];

const index: QuickIndex = buildQuickIndex(pages, otherNamesId);
const urls = async (query: string, type?: string) =>
  (await answerQuery(query, quickSearchIndex(index, type))).results.map((r) => r.hits[0]!.page.url);

describe('the quick index, as built', () => {
  test('keeps what a result shows, and only the labels of its metadata', () => {
    const dispersal = index.pages.find((p) => p.url === '/powers/dispersal-order/');
    expect(dispersal).toEqual({
      id: 'en-gb_dispersal-order',
      url: '/powers/dispersal-order/',
      title: 'Dispersal order',
      type: 'Power',
      summary: 'An order that moved groups on.',
      meta: { power_status: 'repealed', replaced_by: '/powers/dispersal-direction/', notice: 'Repealed in 2014' },
    });
  });

  test('the vocabulary has the words of titles, summaries, headings and other names; the rest of the text is in textWords', () => {
    expect(index.vocabulary).toMatchObject({ cuckooing: 2, neighbours: 1, takeover: 1 });
    expect(index.vocabulary).not.toHaveProperty('statutory');
    expect(index.textWords.split(' ')).toContain('statutory');
    expect(index.textWords.split(' ')).not.toContain('cuckooing');
  });

  test('a heading one page in ten or more has (a template heading) is not searched', () => {
    expect(index.places).not.toHaveProperty('key');
  });

  test("each word's places name the page, the field and its weight; every page has five field lengths", () => {
    const cuckooing = index.pages.findIndex((p) => p.url === '/problems/cuckooing/');
    const n = cuckooing.toString(36);
    // In the page's other names (field 1) and among its keywords (field 4).
    expect(index.places.cuckooing!.split(',')).toEqual(
      expect.arrayContaining([`${n}1`, expect.stringMatching(`^${n}4`)]),
    );
    // Its first keyword counts twice.
    const firstKeywords = Object.values(index.places).filter((list) => list.split(',').includes(`${n}4*2`));
    expect(firstKeywords).toHaveLength(1);
    expect(index.lengths).toHaveLength(pages.length * 5);
  });
});

describe('searching the quick index', () => {
  test('a word in a title counts more than the same word in other names', async () => {
    expect((await urls('closure'))[0]).toBe('/powers/closure-order/');
  });

  test('a page whose text is about the word comes before pages that name it once', async () => {
    expect((await urls('cuckooing'))[0]).toBe('/problems/cuckooing/');
  });

  test('another form of a word finds it: plurals, -ing, -ed, and a silent e', async () => {
    expect(await urls('mattresses')).toContain('/problems/fly-tipping/');
    expect(await urls('dumping')).toContain('/problems/fly-tipping/');
    expect((await urls('noise'))[0]).toBe('/problems/noisy-neighbours/');
  });

  test('the start of a word finds the word', async () => {
    expect(await urls('cucko')).toContain('/problems/cuckooing/');
  });

  test('a typing mistake is corrected from the vocabulary', async () => {
    const answer = await answerQuery('cukooing', quickSearchIndex(index));
    expect(answer.corrections).toEqual([{ typed: 'cukooing', searched: 'cuckooing' }]);
  });

  test('a word only in the text is a word, not a mistake: it is not corrected, and the title words still find pages', async () => {
    const answer = await answerQuery('statutory noise', quickSearchIndex(index));
    expect(answer.corrections).toEqual([]);
    expect(answer.notFound).toEqual([]);
    expect(answer.results.map((r) => r.hits[0]!.page.url)).toContain('/problems/noisy-neighbours/');
  });

  test('a type filter keeps only pages of that type', async () => {
    expect(await urls('cuckooing', 'Power')).toEqual(['/powers/closure-order/']);
  });

  test('a word on no page finds nothing', async () => {
    expect(await urls('xyzzyplugh')).toEqual([]);
  });
});

test.each([
  ['dogs', 'dog'],
  ['parties', 'party'],
  ['barking', 'bark'],
  ['dumped', 'dump'],
  ['tipping', 'tip'],
  ['boxes', 'box'],
  ['grass', 'grass'],
  ['bus', 'bus'],
])('the stem of %s is %s', (word, stem) => {
  expect(wordStem(word)).toBe(stem);
});

test("a page's address on a site published at the root or under a path", () => {
  expect(sitePageUrl('/', '/problems/graffiti/')).toBe('/problems/graffiti/');
  expect(sitePageUrl('/community-safety/', '/problems/graffiti/')).toBe('/community-safety/problems/graffiti/');
  expect(sitePageUrl('/community-safety', '/problems/graffiti/')).toBe('/community-safety/problems/graffiti/');
});
