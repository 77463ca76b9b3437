import { describe, expect, test } from 'vitest';
import {
  actOfUrl,
  citationLinks,
  citationProblems,
  parseReference,
  provisionOfUrl,
  provisionUrl,
  sameProvision,
  yearInName,
  type KnownActs,
} from '../../src/lib/citations.ts';
import { powerSchema, type Power } from '../../src/schemas/power.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import { validPower } from './factories.ts';

describe('parseReference', () => {
  test.each([
    ['s48(1)', { kind: 'section', number: '48' }],
    ['s48', { kind: 'section', number: '48' }],
    ['s92A', { kind: 'section', number: '92A' }],
    ['s33ZA(1)', { kind: 'section', number: '33ZA' }],
    ['s3(2)(a)', { kind: 'section', number: '3' }],
    ['s76(6)-(7)', { kind: 'section', number: '76' }],
    ['s86(2), (5), (6)', { kind: 'section', number: '86' }],
    ['s80(2A)', { kind: 'section', number: '80' }],
    ['Sch 4', { kind: 'schedule', number: '4' }],
    ['Sch 4 para 3', { kind: 'schedule', number: '4', paragraph: '3' }],
    ['Sch 4 para 1(2)(d)', { kind: 'schedule', number: '4', paragraph: '1' }],
    ['Sch 2 Ground 7A', { kind: 'schedule', number: '2' }],
    ['Sch 4 Part 2 para 5', { kind: 'schedule', number: '4', paragraph: '5' }],
    ['reg 2', { kind: 'regulation', number: '2' }],
    ['art 2(3)', { kind: 'article', number: '2' }],
  ])('%s', (text, expected) => {
    expect(parseReference(text)).toEqual(expected);
  });

  test.each([
    'section 48',
    's 48',
    '48',
    'S48',
    'ss43-58',
    's48(1',
    'Sch four',
    'Schedule 4',
    'para 3',
    '',
    's48 and s49',
  ])('refuses %j', (text) => {
    expect(parseReference(text)).toBeUndefined();
  });
});

describe('legislation.gov.uk addresses', () => {
  test.each([
    ['https://www.legislation.gov.uk/ukpga/2014/12/section/48', 'ukpga/2014/12', '2014'],
    ['https://www.legislation.gov.uk/ukpga/2014/12/part/4/chapter/1', 'ukpga/2014/12', '2014'],
    ['https://www.legislation.gov.uk/ukpga/1996/37/contents', 'ukpga/1996/37', '1996'],
    ['https://legislation.gov.uk/ukpga/2014/12', 'ukpga/2014/12', '2014'],
    ['https://www.legislation.gov.uk/cy/ukpga/2014/12/section/43', 'ukpga/2014/12', '2014'],
    ['https://www.legislation.gov.uk/ukpga/Geo6/12-13-14/55/part/I', 'ukpga/Geo6/12-13-14/55', undefined],
    ['https://www.legislation.gov.uk/uksi/2017/1050/regulation/2', 'uksi/2017/1050', '2017'],
  ])('actOfUrl(%s)', (url, path, year) => {
    expect(actOfUrl(url)).toEqual({ path, ...(year ? { year } : {}) });
  });

  test.each(['https://www.gov.uk/government/publications/x', 'https://www.legislation.gov.uk/', 'not a url'])(
    'actOfUrl refuses %s',
    (url) => {
      expect(actOfUrl(url)).toBeUndefined();
    },
  );

  test.each([
    ['https://www.legislation.gov.uk/ukpga/2014/12/section/48', 'ukpga/2014/12', { kind: 'section', number: '48' }],
    [
      'https://www.legislation.gov.uk/ukpga/1990/43/section/92A/2014-10-19',
      'ukpga/1990/43',
      { kind: 'section', number: '92A' },
    ],
    [
      'https://www.legislation.gov.uk/ukpga/2014/12/section/30/2017-12-15/data.html',
      'ukpga/2014/12',
      { kind: 'section', number: '30' },
    ],
    [
      'https://www.legislation.gov.uk/ukpga/1990/43/section/59/enacted',
      'ukpga/1990/43',
      { kind: 'section', number: '59' },
    ],
    [
      'https://www.legislation.gov.uk/ukpga/2014/12/schedule/4?view=plain',
      'ukpga/2014/12',
      { kind: 'schedule', number: '4' },
    ],
    [
      'https://www.legislation.gov.uk/ukpga/2002/30/schedule/4/paragraph/1',
      'ukpga/2002/30',
      { kind: 'schedule', number: '4', paragraph: '1' },
    ],
    [
      'https://www.legislation.gov.uk/ukpga/Vict/34-35/56/section/2',
      'ukpga/Vict/34-35/56',
      { kind: 'section', number: '2' },
    ],
    [
      'https://www.legislation.gov.uk/uksi/2017/1050/regulation/2',
      'uksi/2017/1050',
      { kind: 'regulation', number: '2' },
    ],
  ])('provisionOfUrl(%s)', (url, path, provision) => {
    expect(provisionOfUrl(url)).toEqual({ act: expect.objectContaining({ path }), provision });
  });

  test.each([
    'https://www.legislation.gov.uk/ukpga/2014/12/contents',
    'https://www.legislation.gov.uk/ukpga/2014/12/part/4/chapter/1',
    'https://www.legislation.gov.uk/ukpga/2014/12/notes/division/5/4',
    'https://www.legislation.gov.uk/ukpga/2014/12',
    'https://www.cps.gov.uk/legal-guidance/criminal-behaviour-orders',
  ])('provisionOfUrl refuses %s, which is not one section or schedule', (url) => {
    expect(provisionOfUrl(url)).toBeUndefined();
  });

  test.each([
    [
      { path: 'ukpga/2014/12' },
      { kind: 'section', number: '48' },
      'https://www.legislation.gov.uk/ukpga/2014/12/section/48',
    ],
    [
      { path: 'ukpga/2014/12' },
      { kind: 'schedule', number: '4' },
      'https://www.legislation.gov.uk/ukpga/2014/12/schedule/4',
    ],
    [
      { path: 'ukpga/2014/12' },
      { kind: 'schedule', number: '4', paragraph: '3' },
      'https://www.legislation.gov.uk/ukpga/2014/12/schedule/4/paragraph/3',
    ],
    [
      { path: 'uksi/2017/1050' },
      { kind: 'regulation', number: '2' },
      'https://www.legislation.gov.uk/uksi/2017/1050/regulation/2',
    ],
    [
      { path: 'ukpga/Geo6/12-13-14/55' },
      { kind: 'section', number: '4' },
      'https://www.legislation.gov.uk/ukpga/Geo6/12-13-14/55/section/4',
    ],
  ] as const)('provisionUrl builds %j %j', (act, provision, url) => {
    expect(provisionUrl(act, provision)).toBe(url);
  });

  test.each([
    [{ kind: 'section', number: '92A' }, { kind: 'section', number: '92A' }, true],
    [{ kind: 'section', number: '92a' }, { kind: 'section', number: '92A' }, true],
    [{ kind: 'section', number: '85' }, { kind: 'section', number: '58' }, false],
    [{ kind: 'section', number: '4' }, { kind: 'schedule', number: '4' }, false],
    [{ kind: 'schedule', number: '4', paragraph: '3' }, { kind: 'schedule', number: '4' }, true],
    [{ kind: 'schedule', number: '4', paragraph: '3' }, { kind: 'schedule', number: '4', paragraph: '2' }, false],
    [{ kind: 'schedule', number: '4' }, { kind: 'schedule', number: '4', paragraph: '2' }, false],
  ] as const)('sameProvision(%j, %j) is %s', (reference, shown, expected) => {
    expect(sameProvision(reference, shown)).toBe(expected);
  });

  test.each([
    ['LASPO 2012', '2012'],
    ['Legal Aid, Sentencing and Punishment of Offenders Act 2012', '2012'],
    ["Magistrates' Courts Act 1980", '1980'],
    ['The Environmental Offences (Fixed Penalties) (England) Regulations 2017', '2017'],
    ['Civil Procedure Rules', undefined],
  ])('yearInName(%s)', (name, year) => {
    expect(yearInName(name)).toBe(year);
  });
});

const power = (changes: Record<string, unknown> = {}): Power => powerSchema.parse({ ...validPower(), ...changes });
const file = 'content/national/powers/community-protection-notice.mdx';
const lines = (p: Power, known?: KnownActs) => citationProblems(file, p, known).map(formatProblem);
const laspo = { act: 'LASPO 2012', ref: 's85(1)', url: 'https://www.legislation.gov.uk/ukpga/2012/10/section/85' };

describe('citationProblems', () => {
  test('the factory power cites every key fact and passes', () => {
    expect(lines(power())).toEqual([]);
  });

  test('a key fact without a section is refused, naming the file and the field', () => {
    const { breach: _, ...rest } = validPower().citations;
    expect(lines(power({ citations: rest }))).toEqual([
      `${file}: citations.breach: missing: expected the section this fact comes from, such as "s43(1)"; every key fact of a statutory power in force or not yet in force needs a citation`,
    ]);
  });

  test('an empty list counts as no citation', () => {
    expect(lines(power({ citations: { ...validPower().citations, appeal: [] } }))).toEqual([
      `${file}: citations.appeal: missing: expected the section this fact comes from, such as "s43(1)"; every key fact of a statutory power in force or not yet in force needs a citation`,
    ]);
  });

  test.each([
    ['a null fact needs none', { consultation: null }, []],
    [
      'a repealed power needs none',
      { status: 'repealed', repealedOn: '2014-10-20', replacedBy: ['x'], citations: {} },
      [],
    ],
    ['a voluntary tool needs none', { statutory: false, legislation: undefined, citations: {} }, []],
  ])('%s', (_name, changes, expected) => {
    expect(lines(power(changes as Record<string, unknown>))).toEqual(expected);
  });

  test('a not-yet-in-force power needs them too, and may say a section is not confirmed', () => {
    const base = validPower().citations;
    expect(lines(power({ status: 'not-yet-in-force', citations: { ...base, breach: undefined } }))).toHaveLength(1);
    expect(
      lines(
        power({
          status: 'not-yet-in-force',
          citations: { ...base, breach: [{ basis: 'not-confirmed', title: 'Section not read' }] },
        }),
      ),
    ).toEqual([]);
  });

  test.each([
    [
      'a reference that cannot be read',
      { breach: ['section 48'] },
      `citations.breach[0]: found "section 48", expected a section or schedule such as "s48(1)", "s76(6)-(7)", "Sch 4 para 3", "reg 3" or "art 2"`,
    ],
    [
      'a ref that cannot be read',
      { breach: [{ ref: 'section 85', act: 'LASPO 2012', url: laspo.url }] },
      `citations.breach[0].ref: found "section 85", expected a section or schedule such as "s48(1)", "s76(6)-(7)", "Sch 4 para 3", "reg 3" or "art 2"`,
    ],
    [
      'another Act without its address',
      { breach: [{ act: 'LASPO 2012', ref: 's85(1)' }] },
      'citations.breach[0].url: missing: expected the address of s85(1) of LASPO 2012 on legislation.gov.uk',
    ],
    [
      'an address that is not a section',
      { breach: [{ ...laspo, url: 'https://www.legislation.gov.uk/ukpga/2012/10/contents' }] },
      'citations.breach[0].url: found "https://www.legislation.gov.uk/ukpga/2012/10/contents", expected the address of a section or schedule on legislation.gov.uk, such as https://www.legislation.gov.uk/ukpga/2012/10/section/85',
    ],
    [
      'an address of another section',
      { breach: [{ ...laspo, url: 'https://www.legislation.gov.uk/ukpga/2012/10/section/58' }] },
      'citations.breach[0].url: found section 58 in the address, expected section 85 to match ref "s85(1)"',
    ],
    [
      'an address of an Act of another year than the one named',
      { breach: [{ ...laspo, url: 'https://www.legislation.gov.uk/ukpga/2010/10/section/85' }] },
      'citations.breach[0].url: found a section of ukpga/2010/10, an Act of 2010, expected an Act of 2012 as act "LASPO 2012" names',
    ],
    [
      'an Act named without its year',
      { breach: [{ ...laspo, act: 'LASPO' }] },
      'citations.breach[0].act: found "LASPO", expected the Act\'s name with its year, such as "LASPO 2012" or "Crime and Disorder Act 1998"',
    ],
    [
      "a section of another Act given as the power's own",
      { breach: [{ ref: 's85(1)', url: laspo.url }] },
      'citations.breach[0].url: found a section of ukpga/2012/10, expected a section or schedule of the Act the power names (ukpga/2014/12, from legislation.url); to cite another Act, add act with its name',
    ],
    [
      'an object with neither ref nor basis',
      { breach: [{ url: laspo.url }] },
      'citations.breach[0]: missing: expected ref (a section, such as "s48(1)") or basis and title (for case law, court rules or guidance)',
    ],
    [
      'a basis without its title',
      { breach: [{ basis: 'case-law' }] },
      'citations.breach[0].title: missing: expected the name of the case, rules or guidance',
    ],
    [
      '"not confirmed" on a power in force',
      { breach: [{ basis: 'not-confirmed', title: 'Not read' }] },
      'citations.breach[0].basis: found "not-confirmed", expected a section or another source: a power in force must say where each key fact comes from (list what is unconfirmed under uncertain)',
    ],
  ])('refuses %s', (_name, changes, expected) => {
    expect(lines(power({ citations: { ...validPower().citations, ...changes } }))).toEqual([`${file}: ${expected}`]);
  });

  test('another Act named by a legislation entry must be that Act', () => {
    const known: KnownActs = new Map([
      ['LASPO 2012', { path: 'ukpga/2012/10', file: 'content/national/legislation/laspo.mdx' }],
    ]);
    const wrong = { ...laspo, url: 'https://www.legislation.gov.uk/ukpga/2012/11/section/85' };
    expect(lines(power({ citations: { ...validPower().citations, breach: [wrong] } }), known)).toEqual([
      `${file}: citations.breach[0].url: found a section of ukpga/2012/11, expected one of ukpga/2012/10, the Act content/national/legislation/laspo.mdx gives for "LASPO 2012"`,
    ]);
    expect(lines(power({ citations: { ...validPower().citations, breach: [laspo] } }), known)).toEqual([]);
  });

  test("a dated version of the power's own section is accepted", () => {
    const dated = { ref: 's48(1)', url: 'https://www.legislation.gov.uk/ukpga/2014/12/section/48/2014-10-20' };
    expect(lines(power({ citations: { ...validPower().citations, breach: [dated] } }))).toEqual([]);
  });

  test("citing the power's own sections needs the Act's address", () => {
    const p = power({ legislation: { act: 'Some Act 2014', sections: 's1', url: 'https://example.org/act' } });
    expect(lines(p)).toEqual([
      `${file}: legislation.url: found "https://example.org/act", expected an address on legislation.gov.uk, such as https://www.legislation.gov.uk/ukpga/2014/12, so that citations can link to its sections`,
    ]);
  });
});

describe('citationLinks', () => {
  test('links each fact to its sections, another Act by its own address, and other sources by name', () => {
    const p = power({
      citations: {
        ...validPower().citations,
        breach: ['s48(1)', 'Sch 4 para 3', laspo],
        appeal: [
          {
            basis: 'court-rules',
            title: 'Civil Procedure Rules, Part 52',
            url: 'https://www.justice.gov.uk/courts/procedure-rules/civil/rules/part52',
          },
        ],
      },
    });
    const links = citationLinks(p);
    expect(links.breach).toEqual([
      { basis: 'Law', label: 's48(1)', href: 'https://www.legislation.gov.uk/ukpga/2014/12/section/48' },
      {
        basis: 'Law',
        label: 'Sch 4 para 3',
        href: 'https://www.legislation.gov.uk/ukpga/2014/12/schedule/4/paragraph/3',
      },
      { basis: 'Law', label: 'LASPO 2012 s85(1)', href: 'https://www.legislation.gov.uk/ukpga/2012/10/section/85' },
    ]);
    expect(links.appeal).toEqual([
      {
        basis: 'Court rules',
        label: 'Civil Procedure Rules, Part 52',
        href: 'https://www.justice.gov.uk/courts/procedure-rules/civil/rules/part52',
      },
    ]);
    expect(links.consultation).toBeUndefined();
  });

  test('a source with no address is shown without a link', () => {
    const p = power({
      status: 'not-yet-in-force',
      citations: { ...validPower().citations, breach: [{ basis: 'not-confirmed', title: 'Section not read' }] },
    });
    expect(citationLinks(p).breach).toEqual([{ basis: 'Not confirmed', label: 'Section not read' }]);
  });
});
