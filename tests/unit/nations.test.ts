/** England and Wales: the per-nation law of a power, a council's nation, and the rules that join them. */
import { describe, expect, test } from 'vitest';
import { powerSchema, type Power } from '../../src/schemas/power.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import { appliesIn, currentPowersHere, isInForceHere, powerInNation, rankForNation } from '../../src/lib/nations.ts';
import { checkContent } from '../../src/lib/integrity.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import { inWords } from '../../src/node/problem-words.ts';
import type { ContentSnapshot, RawEntry } from '../../src/lib/snapshot.ts';
import { validPower, validProblem } from './factories.ts';

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

const welshSource = [{ title: 'Welsh regulations', url: 'https://www.legislation.gov.uk/wsi/2008/663/made' }];

/** A fixed penalty whose Welsh amount and start date differ from England's. */
const penalty = () => ({
  ...validPower(),
  fixedPenalty: 'Up to £500 (England).',
  inForceFrom: '2016-05-09',
  nations: { wales: { fixedPenalty: '£75 to £150 (Wales).', inForceFrom: '2017-10-25', sources: welshSource } },
});

/** A power used in England only, pointing Wales to its own route. */
const englishOnly = () => ({
  ...validPower(),
  title: 'Absolute ground',
  extent: 'england',
  nations: {
    wales: {
      doesNotApply: { since: '2022-12-01', note: 'Occupation contracts replaced it.', use: ['welsh-possession'] },
      sources: welshSource,
    },
  },
});

/** A power used in Wales only. */
const welshOnly = () => ({
  ...validPower(),
  title: 'Welsh possession',
  extent: 'wales',
  nations: {
    england: { doesNotApply: { note: 'This is Welsh law.', use: ['absolute-ground'] }, sources: welshSource },
  },
});

const parse = (raw: unknown): Power => powerSchema.parse(raw);

describe('the nations field of a power', () => {
  test('a power with the same law in both nations needs no nations field', () => {
    expect(parse(validPower()).nations).toEqual({});
  });

  test('a nation outside the extent must say why the power is not used there', () => {
    expect(messages(powerSchema.safeParse({ ...validPower(), extent: 'england' }))).toEqual([
      'nations.wales.doesNotApply: missing: extent is england, so say why the power is not used in Wales and what is used there instead',
    ]);
  });

  test('a nation inside the extent cannot say the power does not apply there', () => {
    const raw = { ...validPower(), nations: { wales: { doesNotApply: { note: 'Not here.' }, sources: welshSource } } };
    expect(messages(powerSchema.safeParse(raw))).toEqual([
      'nations.wales.doesNotApply: found a note, but extent (england-and-wales) includes Wales; expected doesNotApply only for a nation outside the extent',
    ]);
  });

  test('a nation outside the extent sets no other facts', () => {
    const raw = englishOnly();
    const result = powerSchema.safeParse({
      ...raw,
      nations: { wales: { ...raw.nations.wales, fixedPenalty: '£50.' } },
    });
    expect(messages(result)).toEqual([
      'nations.wales.fixedPenalty: found a value, but the power is not used in Wales (extent is england); expected only doesNotApply and sources',
    ]);
  });

  test("an override that repeats the power's own value is refused", () => {
    const raw = { ...validPower(), nations: { wales: { fixedPenalty: 'Up to £100.', sources: welshSource } } };
    expect(messages(powerSchema.safeParse(raw))).toEqual([
      "nations.wales.fixedPenalty: found the same value as fixedPenalty; expected it only where Wales's law differs",
    ]);
  });

  test('every nation entry needs a source, and unknown fields are refused', () => {
    const raw = { ...validPower(), nations: { wales: { fixedPenalty: '£75.', penalty: '£75.' } } };
    expect(messages(powerSchema.safeParse(raw))).toEqual([
      'nations.wales.sources: Invalid input: expected array, received undefined',
      'nations.wales: Unrecognized key: "penalty"',
    ]);
  });
});

describe("a council's nation", () => {
  const site = {
    council: 'Example Council',
    place: 'Example',
    name: 'Toolkit',
    description: 'A toolkit.',
    url: 'https://example.org/',
    localAuthorityCode: 'W06000015',
    policeForces: ['South Wales Police'],
    nation: 'wales',
    contentLicence: { name: 'OGL', url: 'https://example.org/ogl' },
    sourceUrl: 'https://example.org/src',
    corrections: { email: 'a@example.org', team: 'Team' },
    accessibility: {
      lastTested: '2026-11-01',
      testedBy: 'us',
      statementPrepared: '2026-11-01',
      statementReviewed: '2026-11-01',
    },
  };

  test('a Welsh council with a Welsh code is valid', () => {
    expect(siteSchema.parse(site).nation).toBe('wales');
  });

  test.each([
    [
      'W06000015',
      'england',
      'nation: found "england", but localAuthorityCode W06000015 is a council in Wales; expected "wales"',
    ],
    [
      'E06000054',
      'wales',
      'nation: found "wales", but localAuthorityCode E06000054 is a council in England; expected "england"',
    ],
  ])('code %s with nation %s is refused', (code, nation, message) => {
    expect(messages(siteSchema.safeParse({ ...site, localAuthorityCode: code, nation }))).toEqual([message]);
  });

  test('the nation is required', () => {
    const { nation: _nation, ...rest } = site;
    expect(messages(siteSchema.safeParse(rest))).toEqual(['nation: expected "england" or "wales"']);
  });
});

describe('powerInNation', () => {
  test('a Welsh council sees the Welsh facts, each differing field listed, with England one step away', () => {
    const seen = powerInNation(parse(penalty()), 'wales');
    expect(seen.fixedPenalty).toBe('£75 to £150 (Wales).');
    expect(seen.inForceFrom).toBe('2017-10-25');
    expect(seen.legalTest).toBe('Persistent, unreasonable conduct that harms quality of life.');
    expect(seen.inNation).toEqual({
      nation: 'wales',
      differing: ['inForceFrom', 'fixedPenalty'],
      sources: welshSource,
      other: {
        nation: 'england',
        facts: { inForceFrom: '2016-05-09', fixedPenalty: 'Up to £500 (England).' },
        sources: [],
      },
    });
  });

  test("an English council sees the power's own facts, with Wales one step away", () => {
    const seen = powerInNation(parse(penalty()), 'england');
    expect(seen.fixedPenalty).toBe('Up to £500 (England).');
    expect(seen.inNation.differing).toEqual(['inForceFrom', 'fixedPenalty']);
    expect(seen.inNation.other).toEqual({
      nation: 'wales',
      facts: { inForceFrom: '2017-10-25', fixedPenalty: '£75 to £150 (Wales).' },
      sources: welshSource,
    });
    expect(seen.inNation.notHere).toBeUndefined();
  });

  test('a power the same in both nations has nothing different', () => {
    const seen = powerInNation(parse(validPower()), 'wales');
    expect(seen.inNation).toEqual({
      nation: 'wales',
      differing: [],
      sources: [],
      other: { nation: 'england', facts: {}, sources: [] },
    });
  });

  test("a power not used in the council's nation says why and what to use", () => {
    const seen = powerInNation(parse(englishOnly()), 'wales');
    expect(seen.inNation.notHere).toEqual({
      since: '2022-12-01',
      note: 'Occupation contracts replaced it.',
      use: ['welsh-possession'],
    });
    expect(seen.inNation.other.notThere).toBeUndefined();
    expect(appliesIn(seen, 'wales')).toBe(false);
  });

  test('seen from the nation that uses it, the other nation\'s "not used" note is one step away', () => {
    const seen = powerInNation(parse(englishOnly()), 'england');
    expect(seen.inNation.notHere).toBeUndefined();
    expect(seen.inNation.other.notThere).toEqual({
      since: '2022-12-01',
      note: 'Occupation contracts replaced it.',
      use: ['welsh-possession'],
    });
  });
});

describe('currentPowersHere', () => {
  test("keeps powers in force or still to come that the council's nation uses, in the order given", () => {
    const entry = (id: string, raw: unknown, nation: 'england' | 'wales') => ({
      id,
      data: powerInNation(parse(raw), nation),
    });
    const powers = [
      entry('in-force', validPower(), 'wales'),
      entry(
        'repealed',
        { ...validPower(), status: 'repealed', repealedOn: '2015-10-20', replacedBy: ['in-force'] },
        'wales',
      ),
      entry('english-only', englishOnly(), 'wales'),
      entry('coming', { ...validPower(), status: 'not-yet-in-force' }, 'wales'),
      entry('welsh-only', welshOnly(), 'wales'),
    ];
    expect(currentPowersHere(powers).map((p) => p.id)).toEqual(['in-force', 'coming', 'welsh-only']);
  });
});

describe('isInForceHere', () => {
  test("keeps only powers in force that the council's nation uses, in the order given", () => {
    const entry = (id: string, raw: unknown, nation: 'england' | 'wales') => ({
      id,
      data: powerInNation(parse(raw), nation),
    });
    const powers = [
      entry('in-force', validPower(), 'wales'),
      entry(
        'repealed',
        { ...validPower(), status: 'repealed', repealedOn: '2015-10-20', replacedBy: ['in-force'] },
        'wales',
      ),
      entry('english-only', englishOnly(), 'wales'),
      entry('coming', { ...validPower(), status: 'not-yet-in-force' }, 'wales'),
      entry('welsh-only', welshOnly(), 'wales'),
    ];
    expect(powers.filter(isInForceHere).map((p) => p.id)).toEqual(['in-force', 'welsh-only']);
  });
});

describe('rankForNation', () => {
  const powers = [
    { id: 'absolute-ground', data: powerInNation(parse(englishOnly()), 'wales') },
    { id: 'welsh-possession', data: powerInNation(parse(welshOnly()), 'wales') },
    { id: 'community-protection-notice', data: powerInNation(parse(validPower()), 'wales') },
  ];
  const ranked = powers.map((power, i) => ({ power, why: `reason ${i + 1}` }));

  test("keeps the order of the powers the council's nation uses and sets the others apart with what to use", () => {
    const { here, elsewhere } = rankForNation(ranked, powers);
    expect(here.map((r) => r.power.id)).toEqual(['welsh-possession', 'community-protection-notice']);
    expect(elsewhere.map((r) => [r.power.id, r.why, r.instead])).toEqual([
      ['absolute-ground', 'reason 1', [{ id: 'welsh-possession', title: 'Welsh possession' }]],
    ]);
  });

  test('an unknown power to use instead fails loudly', () => {
    expect(() => rankForNation(ranked, powers.slice(0, 1))).toThrow(
      'absolute-ground nations.wales.doesNotApply.use: no power with id "welsh-possession"',
    );
  });
});

describe('the integrity check across entries', () => {
  const site = {
    council: 'Example Council',
    place: 'Example',
    name: 'Toolkit',
    description: 'A toolkit.',
    url: 'https://example.org/',
    localAuthorityCode: 'E06000054',
    nation: 'england',
    contentLicence: { name: 'OGL', url: 'https://example.org/ogl' },
    sourceUrl: 'https://example.org/src',
    corrections: { email: 'a@example.org', team: 'Team' },
    accessibility: {
      lastTested: '2026-11-01',
      testedBy: 'us',
      statementPrepared: '2026-11-01',
      statementReviewed: '2026-11-01',
    },
  };
  const entry = (collection: RawEntry['collection'], id: string, data: unknown): RawEntry => ({
    collection,
    layer: 'national',
    id,
    data,
    file: `content/national/${collection}/${id}.mdx`,
  });
  const snapshot = (entries: RawEntry[]): ContentSnapshot => ({
    entries,
    overlays: [],
    site: { file: 'content/councils/example/site.yaml', data: site },
    partnership: { file: 'content/councils/example/partnership.yaml', data: undefined },
    councilServices: { file: 'content/councils/example/services.yaml', data: {} },
    nationalServices: {
      file: 'content/national/services.yaml',
      data: { 'council-asb': { name: 'ASB team', description: 'Nuisance.' } },
    },
    nationalChangelog: { file: 'content/national/changelog.yaml', data: undefined },
    roles: { file: 'content/councils/example/roles.yaml', data: undefined },
    commonComplaints: { file: 'content/national/common-complaints.yaml', data: undefined },
    contentDir: 'content',
    council: 'example',
  });
  const nationLines = (entries: RawEntry[]) =>
    checkContent(snapshot(entries), { asOf: '2026-11-30' })
      .map((p) => formatProblem(inWords(p, { contentDir: 'content', council: 'example' })))
      .filter((line) => line.includes('nations.') || line.includes('is not used in'));
  const problem = (ids: string[]) => ({ ...validProblem(), powers: ids.map((power) => ({ power, why: 'It fits.' })) });

  test('powers named as used instead must exist and be used in that nation', () => {
    const bad = {
      ...englishOnly(),
      nations: {
        wales: {
          doesNotApply: { note: 'No.', use: ['welsh-posession', 'community-protection-notice-two'] },
          sources: welshSource,
        },
      },
    };
    const englandOnlyToo = {
      ...validPower(),
      extent: 'england',
      nations: { wales: { doesNotApply: { note: 'Not in Wales.' }, sources: welshSource } },
    };
    expect(
      nationLines([
        entry('powers', 'absolute-ground', bad),
        entry('powers', 'welsh-possession', welshOnly()),
        entry('powers', 'community-protection-notice-two', englandOnlyToo),
      ]),
    ).toEqual([
      'content/national/powers/absolute-ground.mdx: nations.wales.doesNotApply.use[0]: found "welsh-posession", expected the id of an entry in content/national/powers/ (did you mean "welsh-possession"?)',
      'content/national/powers/absolute-ground.mdx: nations.wales.doesNotApply.use[1]: found "community-protection-notice-two", whose extent is england; expected a power used in Wales',
    ]);
  });

  test('a problem that offers a power not used in a nation must also offer what that nation uses', () => {
    const powers = [
      entry('powers', 'absolute-ground', englishOnly()),
      entry('powers', 'welsh-possession', welshOnly()),
    ];
    expect(nationLines([...powers, entry('problems', 'nuisance-tenants', problem(['absolute-ground']))])).toEqual([
      'content/national/problems/nuisance-tenants.mdx: powers[0].power: "absolute-ground" is not used in Wales; expected the problem to rank what is used there instead too: "welsh-possession"',
    ]);
    expect(
      nationLines([...powers, entry('problems', 'nuisance-tenants', problem(['absolute-ground', 'welsh-possession']))]),
    ).toEqual([]);
  });
});
