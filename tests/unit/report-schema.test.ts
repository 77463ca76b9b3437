import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { recommendationAnchor, reportDate, reportSchema } from '../../src/schemas/report.ts';
import { responsePeriodsSchema } from '../../src/schemas/response-periods.ts';
import { rolesSchema } from '../../src/schemas/roles.ts';
import { formatProblem, problemsFromIssue, type SchemaIssue } from '../../src/lib/problems.ts';
import { validReport } from './factories.ts';

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);
const withRec = (rec: Record<string, unknown>) => ({
  ...validReport(),
  recommendations: [{ id: 'a', text: 'Do it.', ...rec }],
});

describe('the report model holds real papers', () => {
  test('a report shaped like a real paper, every field used, parses as written', () => {
    const file = readFileSync(
      new URL(
        '../fixtures/scrutiny-examples/councils/scrutiny-examples/reports/shaped-community-safety-review-2022.mdx',
        import.meta.url,
      ),
      'utf8',
    );
    const data = reportSchema.parse(yaml.load(/^---\n([\s\S]*?)\n---/.exec(file)![1]!));
    expect(data.dates).toEqual({
      scoped: '2022',
      published: '2022-09',
      committee: '2022-09-14',
      responseRequested: '2022-09-20',
      decision: '2022-11-09',
      callInDeadline: '2022-11-16',
    });
    expect(data.chair).toBeUndefined();
    expect(data.recommendations.map((r) => r.id)).toEqual(['CSC/2012/01', '1(a)', '1(b)', '2', '3']);
    expect(data.recommendations[1]!.subItems.map((s) => [s.id, s.response?.decision])).toEqual([
      ['i', 'accepted'],
      ['ii', 'rejected'],
      [undefined, 'deferred'],
    ]);
    expect(data.recommendations[0]!.updates[0]).toEqual({
      date: '2023-02',
      text: 'Waiting for the partnership board to approve the summary.',
      status: 'paused',
      rag: 'amber',
    });
  });

  test('a chair, owner, lead officer and partnership may be left out', () => {
    const { chair: _c, partnership: _p, ...rest } = validReport();
    expect(reportSchema.safeParse({ ...rest, recommendations: [{ id: 'a', text: 'Do it.' }] }).success).toBe(true);
  });

  test.each([
    ['a', 'a'],
    ['R1', 'R1'],
    ['1(a)', '1-a'],
    ['CSC/2012/01', 'CSC-2012-01'],
    ['SR (25/26) 01', 'SR-25-26-01'],
    ['a)', 'a'],
  ])('label %j has the page address #recommendation-%s', (id, anchor) => {
    expect(reportSchema.safeParse(withRec({ id })).success).toBe(true);
    expect(recommendationAnchor(id)).toBe(anchor);
  });

  test.each([
    [1, 'recommendations.0.id: expected a short label such as "a", "1(a)" or "CSC/2012/01"'],
    ['()', 'recommendations.0.id: expected a label with at least one letter or digit, such as "1(a)"'],
    ['a\nb', 'recommendations.0.id: expected a label on one line'],
    [
      'x'.repeat(41),
      'recommendations.0.id: expected a short label of at most 40 characters, such as "1(a)" or "CSC/2012/01"',
    ],
  ])('label %j is refused', (id, message) => {
    expect(messages(reportSchema.safeParse(withRec({ id })))).toEqual([message]);
  });

  test('a response needs at least its decision, date or text', () => {
    expect(messages(reportSchema.safeParse(withRec({ response: {} })))).toEqual([
      'recommendations.0.response: expected at least the decision, the date or the text of the response; leave response out when none is known',
    ]);
    expect(reportSchema.safeParse(withRec({ response: { date: '2025-12-02' } })).success).toBe(true);
  });

  test.each(['accepted', 'partly-accepted', 'rejected', 'noted', 'deferred'])(
    'the decision %s is allowed',
    (decision) => {
      expect(reportSchema.safeParse(withRec({ response: { decision } })).success).toBe(true);
    },
  );

  test('a report is known by its publication date, or else its meeting', () => {
    expect(reportDate({ dates: { published: '2019-09', committee: '2019-09-12' } })).toBe('2019-09');
    expect(reportDate({ dates: { committee: '2011-03-24' } })).toBe('2011-03-24');
    expect(reportDate({ dates: {} })).toBeUndefined();
  });
});

describe('response periods and roles', () => {
  const sources = [{ title: 'LGA 2000 s9FE', url: 'https://www.legislation.gov.uk/ukpga/2000/22/section/9FE' }];

  test('a period is confirmed only with a length, and an unconfirmed one says why', () => {
    expect(messages(responsePeriodsSchema.safeParse({ partner: { confirmed: true, sources } }))).toEqual([
      'partner.confirmed: found true, expected false when no period (months or days) is given',
    ]);
    expect(messages(responsePeriodsSchema.safeParse({ executive: { months: 2, confirmed: false, sources } }))).toEqual([
      'executive.note: missing: say what is not confirmed, so the page can tell readers',
    ]);
    expect(
      messages(responsePeriodsSchema.safeParse({ executive: { months: 2, confirmed: true, sources: [] } })),
    ).toEqual(['executive.sources: expected at least one source for the rule']);
    expect(responsePeriodsSchema.parse({})).toEqual({});
  });

  test('roles: a title and a kind, by kebab-case id', () => {
    expect(
      rolesSchema.parse({ 'head-of-community-safety': { title: 'Head of Community Safety', kind: 'officer' } }),
    ).toEqual({ 'head-of-community-safety': { title: 'Head of Community Safety', kind: 'officer', aliases: [] } });
    const badKey = rolesSchema.safeParse({ 'Head of CS': { title: 'x', kind: 'officer' } });
    expect(
      problemsFromIssue('roles.yaml', badKey.error!.issues[0] as SchemaIssue, () => []).map(formatProblem),
    ).toEqual([
      'roles.yaml: Head of CS: found the id "Head of CS": expected a role id in kebab-case, such as "head-of-community-safety"',
    ]);
    expect(messages(rolesSchema.safeParse({ csp: { title: 'CSP', kind: 'partnership' } }))).toEqual([
      'csp.kind: Invalid option: expected one of "officer"|"cabinet-member"|"body"',
    ]);
  });
});
