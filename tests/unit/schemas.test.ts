import { describe, expect, test } from 'vitest';
import { isoDate, isRealIsoDate } from '../../src/schemas/common.ts';
import { contactSchema } from '../../src/schemas/contact.ts';
import { powerSchema } from '../../src/schemas/power.ts';
import { reportSchema } from '../../src/schemas/report.ts';
import { validContact, validPower, validReport } from './factories.ts';

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

describe('isoDate', () => {
  test.each([
    ['2026-11-23', '2026-11-23'],
    [new Date('2014-10-20T00:00:00Z'), '2014-10-20'],
    ['2024-02-29', '2024-02-29'],
  ])('accepts %s', (input, expected) => {
    expect(isoDate.parse(input)).toBe(expected);
  });

  test.each(['2026-02-30', '2025-02-29', '23/11/2026', '2026-13-01', '2026-1-5', 'soon', ''])('rejects %j', (input) => {
    const result = isoDate.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('expected a real date written as YYYY-MM-DD');
  });

  test('isRealIsoDate knows leap years', () => {
    expect(isRealIsoDate('2000-02-29')).toBe(true);
    expect(isRealIsoDate('1900-02-29')).toBe(false);
  });
});

describe('power schema rules', () => {
  test('a complete current power is valid', () => {
    expect(powerSchema.safeParse(validPower()).success).toBe(true);
  });

  test('a repealed power needs its repeal date and what replaced it', () => {
    const result = powerSchema.safeParse({ ...validPower(), status: 'repealed' });
    expect(messages(result)).toEqual([
      'repealedOn: missing: a repealed power needs the date it was repealed',
      'replacedBy: missing: a repealed power needs replacedBy (the power or powers that replaced it)',
    ]);
  });

  test('a repealed power with a date and replacement is valid', () => {
    const result = powerSchema.safeParse({
      ...validPower(),
      status: 'repealed',
      repealedOn: '2014-10-20',
      replacedBy: ['public-spaces-protection-order'],
    });
    expect(result.success).toBe(true);
  });

  test('a statutory power needs a legislation.gov.uk source', () => {
    const result = powerSchema.safeParse({
      ...validPower(),
      sources: [{ title: 'A blog', url: 'https://example.org/blog' }],
    });
    expect(messages(result)).toEqual([
      'sources: expected at least one source on legislation.gov.uk for a statutory power',
    ]);
  });

  test('a look-alike host is not legislation.gov.uk', () => {
    const result = powerSchema.safeParse({
      ...validPower(),
      sources: [{ title: 'Fake', url: 'https://legislation.gov.uk.example.org/x' }],
    });
    expect(messages(result)).toEqual([
      'sources: expected at least one source on legislation.gov.uk for a statutory power',
    ]);
  });

  test('a voluntary tool needs no legislation', () => {
    const { legislation: _unused, ...rest } = validPower();
    const result = powerSchema.safeParse({
      ...rest,
      statutory: false,
      sources: [{ title: 'Guide', url: 'https://example.org/abc' }],
    });
    expect(result.success).toBe(true);
  });

  test('a statutory power without legislation is refused', () => {
    const { legislation: _unused, ...rest } = validPower();
    expect(messages(powerSchema.safeParse(rest))).toContain(
      'legislation: missing: a statutory power needs its legislation (act, sections, url)',
    );
  });

  test('an unknown field is an error, not silently dropped', () => {
    const result = powerSchema.safeParse({ ...validPower(), sumary: 'typo' });
    expect(result.error?.issues).toEqual([
      expect.objectContaining({
        code: 'unrecognized_keys',
        path: [],
        keys: ['sumary'],
        message: 'Unrecognized key: "sumary"',
      }),
    ]);
  });

  test('facts that may not apply must still be stated, as null', () => {
    const { fixedPenalty: _unused, ...rest } = validPower();
    expect(messages(powerSchema.safeParse(rest))).toEqual([
      'fixedPenalty: Invalid input: expected string, received undefined',
    ]);
  });
});

describe('report schema rules', () => {
  test('an exempt report needs its Schedule 12A paragraph', () => {
    const result = reportSchema.safeParse({ ...validReport(), status: 'exempt' });
    expect(messages(result)).toEqual([
      'exemptParagraph: missing: an exempt report needs the Schedule 12A paragraph that exempts it (1 to 7)',
    ]);
  });

  test.each([
    [0, 'exemptParagraph: Too small: expected number to be >=1'],
    [8, 'exemptParagraph: Too big: expected number to be <=7'],
    [2.5, 'exemptParagraph: Invalid input: expected int, received number'],
  ])('Schedule 12A paragraph %s is refused', (paragraph, message) => {
    expect(
      messages(reportSchema.safeParse({ ...validReport(), status: 'exempt', exemptParagraph: paragraph })),
    ).toEqual([message]);
  });

  test('a published report needs its publication date, or its meeting date when the paper gives only that', () => {
    const result = reportSchema.safeParse({ ...validReport(), dates: {} });
    expect(messages(result)).toEqual([
      'dates.published: missing: a published report needs its publication date, or the date of the committee meeting in dates.committee when the paper gives only that',
    ]);
    expect(reportSchema.safeParse({ ...validReport(), dates: { committee: '2011-03-24' } }).success).toBe(true);
  });

  test('cross-field rules run even when another field is wrong, so one check lists every problem', () => {
    const result = reportSchema.safeParse({ ...validReport(), dates: {}, kind: 'review' });
    expect(messages(result)).toEqual([
      'kind: Invalid option: expected one of "task-group"|"committee"|"annual-scrutiny"|"follow-up"',
      'dates.published: missing: a published report needs its publication date, or the date of the committee meeting in dates.committee when the paper gives only that',
    ]);
  });

  test('a withdrawn report needs the reason', () => {
    expect(messages(reportSchema.safeParse({ ...validReport(), status: 'withdrawn' }))).toEqual([
      'withdrawnReason: missing: a withdrawn report needs the reason',
    ]);
  });
});

describe('contact schema rules', () => {
  test('a contact needs some way to reach it', () => {
    const { phone: _unused, ...rest } = validContact();
    expect(messages(contactSchema.safeParse(rest))).toEqual([
      'phone: missing: a contact needs at least one of phone, email or web',
    ]);
  });

  test('an email address must look like one', () => {
    expect(messages(contactSchema.safeParse({ ...validContact(), email: 'not-an-email' }))).toEqual([
      'email: expected an email address',
    ]);
  });
});
