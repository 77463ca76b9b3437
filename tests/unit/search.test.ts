/** The search page's logic without a browser: what a query means, spelling, ranking, snippets, labels. */
import { describe, expect, test } from 'vitest';
import { normaliseQuery, planQuery } from '../../src/lib/search-query.ts';
import { closestWord, startsVocabularyWord, typosAllowed } from '../../src/lib/search-spelling.ts';
import { currentFirst, mergeByWordsMatched, readPowerStatus, type Standing } from '../../src/lib/search-ranking.ts';
import { excerptBetween, markWords, otherNamesStart, wordIndexOf } from '../../src/lib/search-excerpt.ts';
import { answerQuery, type Hit, type SearchIndex } from '../../src/lib/search-engine.ts';
import { extentNote, inSentence, powerStandingNote } from '../../src/lib/search-labels.ts';
import { resultTags } from '../../src/lib/search-tags.ts';
import { buildVocabulary } from '../../src/lib/search-vocabulary.ts';
import { firstSentence, hasMoreThanOneSentence, longerTermPowers } from '../../src/lib/answer.ts';

describe('planQuery', () => {
  test.each([
    ['who do I ring about noise', ['noise']],
    ['Who should I contact about my neighbour\u2019s dog?', ['neighbours', 'dog']],
    ['dog howling while owners at work', ['dog', 'howling', 'owners', 'work']],
    ["i've reported it again and again and nothing happens", ['reported', 'nothing', 'happens']],
    ['E-scooters on the pavement', ['escooters', 'pavement']],
    ['section 215 untidy land', ['section', '215', 'untidy', 'land']],
    ['CPN CPN', ['cpn']],
  ])('%s -> %j', (typed, words) => {
    expect(planQuery(typed).words).toEqual(words);
  });

  test('a query of stop words only keeps them all, so the reader still gets results', () => {
    expect(planQuery('who do I call').words).toEqual(['who', 'do', 'i', 'call']);
  });

  test('normalises as Pagefind does: lower case, apostrophes and inner hyphens gone', () => {
    expect(normaliseQuery("Neighbour's  FLY-TIPPING, again!")).toBe('neighbours flytipping again');
  });
});

describe('spelling', () => {
  const vocabulary = {
    cuckooing: 12,
    graffiti: 20,
    community: 80,
    trigger: 3,
    neighbours: 60,
    neighbour: 70,
    cannabis: 8,
    leylandii: 2,
    noise: 90,
    nose: 1,
  };

  test.each([
    ['cukooing', 'cuckooing'],
    ['cuckoing', 'cuckooing'],
    ['grafitti', 'graffiti'],
    ['comunity', 'community'],
    ['canabis', 'cannabis'],
    ['leylandi', 'leylandii'],
    ['neighbors', 'neighbours'],
  ])('%s -> %s', (typed, expected) => {
    expect(closestWord(typed, vocabulary)).toBe(expected);
  });

  test('a tie goes to the word on more pages: "noice" is "noise", not "nose"', () => {
    expect(closestWord('noice', vocabulary)).toBe('noise');
  });

  test('nothing near enough, a short word or a number gives no correction', () => {
    expect(closestWord('xyzzyplugh', vocabulary)).toBeUndefined();
    expect(closestWord('cpm', vocabulary)).toBeUndefined();
    expect(closestWord('2am', vocabulary)).toBeUndefined();
  });

  test('mistakes allowed grow with the word', () => {
    expect([3, 4, 9, 10].map((n) => typosAllowed('x'.repeat(n)))).toEqual([0, 1, 2, 3]);
  });

  test('the start of a vocabulary word counts as a word being typed', () => {
    expect(startsVocabularyWord('graff', vocabulary)).toBe(true);
    expect(startsVocabularyWord('gr', vocabulary)).toBe(false);
    expect(startsVocabularyWord('grof', vocabulary)).toBe(false);
  });
});

describe('mergeByWordsMatched', () => {
  test('pages with more of the words first, then by summed score, then by id', () => {
    const merged = mergeByWordsMatched([
      {
        word: 'dog',
        results: [
          { id: 'dangerous', score: 9 },
          { id: 'barking', score: 2 },
          { id: 'fouling', score: 2 },
        ],
      },
      { word: 'howling', results: [{ id: 'barking', score: 3 }] },
      {
        word: 'work',
        results: [
          { id: 'building', score: 8 },
          { id: 'barking', score: 1 },
        ],
      },
    ]);
    expect(merged.map((m) => [m.id, m.matched.join(' '), m.score])).toEqual([
      ['barking', 'dog howling work', 6],
      ['dangerous', 'dog', 9],
      ['building', 'work', 8],
      ['fouling', 'dog', 2],
    ]);
  });
});

describe('currentFirst', () => {
  const r = (
    url: string,
    score: number,
    status?: Standing['status'],
    replacedBy: string[] = [],
    matched = 1,
  ): Standing => ({ url, score, matched, status, replacedBy });
  const order = (items: Standing[]) => currentFirst(items, (x) => x).map((x) => x.url);

  test('a repealed power\u2019s replacement moves above it, whatever its score', () => {
    expect(
      order([
        r('/asbo/', 14, 'repealed', ['/injunction/']),
        r('/iso/', 3, 'repealed'),
        r('/injunction/', 0.4, 'in-force'),
      ]),
    ).toEqual(['/injunction/', '/asbo/', '/iso/']);
  });

  test('a current power that found the words as well moves above a pending one; a weak one does not', () => {
    expect(
      order([r('/respect/', 16, 'not-yet-in-force'), r('/weak/', 2, 'in-force'), r('/strong/', 9, 'in-force')]),
    ).toEqual(['/strong/', '/respect/', '/weak/']);
  });

  test('a current power with fewer of the words stays below', () => {
    expect(order([r('/old/', 5, 'repealed', [], 2), r('/new/', 5, 'in-force', [], 1)])).toEqual(['/old/', '/new/']);
  });

  test('pages that are not powers keep their places', () => {
    expect(
      order([r('/problem/', 20), r('/old/', 10, 'repealed', ['/new/']), r('/briefing/', 5), r('/new/', 1, 'in-force')]),
    ).toEqual(['/problem/', '/new/', '/briefing/', '/old/']);
  });

  test('the index meta value reads as a status only when it is one', () => {
    expect([readPowerStatus('repealed'), readPowerStatus('In force'), readPowerStatus(undefined)]).toEqual([
      'repealed',
      undefined,
      undefined,
    ]);
  });
});

describe('snippets', () => {
  const content =
    'Power. Community protection notice (CPN). A written notice that stops behaviour. The key facts. Noise and rubbish. Other names. CPN, community protection warning.';
  const words = content.split(' ');
  const at = (word: string, from = 0) => words.indexOf(word, from);

  test('come from the text after the title and before the other names', () => {
    const stop = at('Other');
    const parts = excerptBetween(
      content,
      [
        { location: at('(CPN).'), balanced_score: 100 },
        { location: at('rubbish.'), balanced_score: 1 },
        { location: at('CPN,'), balanced_score: 50 },
      ],
      at('A'),
      stop,
      6,
    );
    expect(parts?.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('')).toBe('… The key facts. Noise and [rubbish.]');
  });

  test('none when the only matches are in the title or the other names', () => {
    expect(
      excerptBetween(
        content,
        [
          { location: at('(CPN).'), balanced_score: 100 },
          { location: at('CPN,'), balanced_score: 1 },
        ],
        at('A'),
        at('Other'),
        6,
      ),
    ).toBeUndefined();
  });

  test('the summary stands in, with the searched words marked', () => {
    expect(
      markWords('A written notice that stops behaviour.', ['notice', 'behav'])
        .map((p) => (p.mark ? `[${p.text}]` : p.text))
        .join(''),
    ).toBe('A written [notice] that stops [behaviour.]');
  });

  test('where the summary and the other names start, in words', () => {
    expect(wordIndexOf(content, 'A written notice')).toBe(at('A'));
    expect(wordIndexOf(content, 'not on the page')).toBe(0);
    expect(otherNamesStart([{ id: 'other-names', location: 17 }], content, 'other-names')).toBe(17);
    expect(otherNamesStart([], content, 'other-names')).toBe(words.length);
  });
});

describe('answerQuery', () => {
  // A tiny index: each page and its words. `search` needs every word (prefixes count); `has` one whole word.
  const pages: Record<string, string[]> = {
    barking: ['dog', 'barking', 'howling', 'owners'],
    dangerous: ['dog', 'owners', 'attack'],
    building: ['work', 'builders', 'noise'],
    cuckooing: ['cuckooing', 'dealers', 'flat'],
  };
  const hit = (id: string, score: number) => ({ id, score });
  const index: SearchIndex<Hit> = {
    async search(words) {
      const wanted = words.split(' ');
      return Object.entries(pages)
        .filter(([, ws]) => wanted.every((w) => ws.some((x) => x.startsWith(w))))
        .map(([id, ws]) => hit(id, ws.length));
    },
    async has(word) {
      return Object.values(pages).some((ws) => ws.includes(word));
    },
    async vocabulary() {
      return { cuckooing: 1, dealers: 1, howling: 1, barking: 1 };
    },
  };

  test('pages with every word, when there are some', async () => {
    const answer = await answerQuery('dog owners', index);
    expect([answer.allWords, answer.results.map((r) => r.id)]).toEqual([true, ['barking', 'dangerous']]);
  });

  test('a sentence no page has whole: pages with most of its words, best first', async () => {
    const answer = await answerQuery('dog howling while owners at work', index);
    expect(answer.words).toEqual(['dog', 'howling', 'owners', 'work']);
    expect(answer.allWords).toBe(false);
    expect(answer.results.map((r) => [r.id, r.matched.length])).toEqual([
      ['barking', 3],
      ['dangerous', 2],
      ['building', 1],
    ]);
  });

  test('a typing mistake is searched as the closest word, and said so', async () => {
    const answer = await answerQuery('cukooing', index);
    expect(answer.corrections).toEqual([{ typed: 'cukooing', searched: 'cuckooing' }]);
    expect(answer.results.map((r) => r.id)).toEqual(['cuckooing']);
  });

  test('a word in no page and near none is left out and named; the rest still find pages', async () => {
    const answer = await answerQuery('xyzzyplugh dealers', index);
    expect([answer.notFound, answer.words, answer.results.map((r) => r.id)]).toEqual([
      ['xyzzyplugh'],
      ['dealers'],
      ['cuckooing'],
    ]);
  });

  test('only a word the vocabulary lacks is looked up whole', async () => {
    const looked: string[] = [];
    const counting: SearchIndex<Hit> = { ...index, has: (word) => (looked.push(word), index.has(word)) };
    const answer = await answerQuery('dog barking dealers', counting);
    expect(looked).toEqual(['dog']);
    expect(answer.results.map((r) => r.id)).toEqual(['barking', 'cuckooing', 'dangerous']);
  });

  test('the start of a word is kept as typed', async () => {
    const answer = await answerQuery('howl', index);
    expect([answer.corrections, answer.results.map((r) => r.id)]).toEqual([[], ['barking']]);
  });
});

describe('labels on search results', () => {
  test.each([
    [
      { status: 'repealed' as const, repealedOn: '2015-03-23' },
      ['Civil injunction', 'Criminal behaviour order'],
      'Repealed in 2015: replaced by civil injunction and criminal behaviour order',
    ],
    [{ status: 'repealed' as const, repealedOn: undefined }, [], 'Repealed'],
    [{ status: 'not-yet-in-force' as const, repealedOn: undefined }, [], 'Not yet in force'],
    [{ status: 'in-force' as const, repealedOn: undefined }, [], undefined],
  ])('%j replaced by %j -> %s', (power, replacedBy, note) => {
    expect(powerStandingNote(power, replacedBy)).toBe(note);
  });

  test('nation', () => {
    expect([extentNote('england'), extentNote('wales'), extentNote('england-and-wales')]).toEqual([
      'England only',
      'Wales only',
      undefined,
    ]);
  });

  test.each([
    ['a power in force everywhere has no label', {}, []],
    [
      'an English-only power on an English site says so',
      { extent: 'England only' },
      [{ text: 'England only', kind: 'extent' }],
    ],
    [
      'on a Welsh site the same power says it is not used here, once',
      { extent: 'England only', nation_note: 'Not used in Wales' },
      [{ text: 'Not used in Wales', kind: 'elsewhere' }],
    ],
    [
      'a Welsh-only power on an English site',
      { extent: 'Wales only', nation_note: 'Not used in England' },
      [{ text: 'Not used in England', kind: 'elsewhere' }],
    ],
    [
      'a repealed English power on a Welsh site keeps both its standing and the nation',
      {
        notice: 'Repealed in 2014',
        power_status: 'repealed',
        extent: 'England only',
        nation_note: 'Not used in Wales',
      },
      [
        { text: 'Repealed in 2014', kind: 'repealed' },
        { text: 'Not used in Wales', kind: 'elsewhere' },
      ],
    ],
    [
      'a notice without a status is styled as in force',
      { notice: 'Not yet in force' },
      [{ text: 'Not yet in force', kind: 'in-force' }],
    ],
  ])('result labels: %s', (_name, meta, tags) => {
    expect(resultTags(meta)).toEqual(tags);
  });

  test('titles inside a sentence keep their acronyms', () => {
    expect([inSentence('Civil injunction'), inSentence('ASBO on conviction'), inSentence('PSPO')]).toEqual([
      'civil injunction',
      'ASBO on conviction',
      'PSPO',
    ]);
  });
});

describe('buildVocabulary', () => {
  test('titles, summaries, headings and other names, with how many pages use each word', () => {
    const page = (title: string, otherNames: string) => ({
      content: `${title}. Body text never counted. Other names. ${otherNames}`,
      meta: { title, summary: 'Loud music at night.' },
      anchors: [{ id: 'other-names', text: 'Other names', location: title.split(' ').length + 4 }],
    });
    expect(
      buildVocabulary(
        [page('Noisy neighbours', 'party noise, DIY at 2am'), page('Barking dog', 'dog howling')],
        'other-names',
      ),
    ).toEqual({
      barking: 1,
      diy: 1,
      dog: 1,
      howling: 1,
      loud: 2,
      music: 2,
      names: 2,
      neighbours: 1,
      night: 2,
      noise: 1,
      noisy: 1,
      party: 1,
    });
  });
});

describe('the short answer', () => {
  test.each([
    ['The court must be satisfied. It can also order more.', 'The court must be satisfied.'],
    ['Under s. 43 the officer must warn first. Then serve.', 'Under s. 43 the officer must warn first.'],
    ['One sentence only', 'One sentence only'],
  ])('first sentence of %s', (text, first) => {
    expect(firstSentence(text)).toBe(first);
  });

  test('says when there is more than one sentence', () => {
    expect([hasMoreThanOneSentence('One. Two.'), hasMoreThanOneSentence('One.')]).toEqual([true, false]);
  });

  test('"if it goes on" names the best-fitting powers in force, at most three', () => {
    const p = (id: string, status: 'in-force' | 'repealed' | 'not-yet-in-force') => ({
      power: { id, data: { status } },
    });
    expect(
      longerTermPowers([
        p('a', 'repealed'),
        p('b', 'in-force'),
        p('c', 'not-yet-in-force'),
        p('d', 'in-force'),
        p('e', 'in-force'),
        p('f', 'in-force'),
      ]).map((r) => r.power.id),
    ).toEqual(['b', 'd', 'e']);
  });
});
