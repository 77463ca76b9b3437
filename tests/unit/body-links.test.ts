import { describe, expect, test } from 'vitest';
import { bodyLinkProblems, sitePath, type SiteMap } from '../../src/lib/body-links.ts';

const site: SiteMap = {
  siteUrl: 'https://example.org/community-safety/',
  routes: [
    '',
    'powers/',
    'powers/[id]/',
    'reports/[id]/',
    'reports/[id]/committee/',
    'contacts/[id].vcf',
    'reports/tracker/owner/[owner]/',
  ],
  pages: new Map([
    ['powers', new Set(['closure-order'])],
    ['reports', new Set(['published-report'])],
    ['contacts', new Set(['police'])],
  ]),
  hiddenReports: new Set(['secret-review']),
};
const messages = (url: string, page = 'reports/published-report/') =>
  bodyLinkProblems('r.mdx', page, [{ line: 3, column: 5, url }], site).map(
    (p) => `${p.line}:${p.column}: ${p.message}`,
  );

describe('links in bodies', () => {
  test.each([
    ['/community-safety/powers/closure-order'],
    ['../../powers/closure-order/#test'],
    ['../../powers/closure-order/'],
    ['/community-safety/powers/closure-order/'],
    ['https://example.org/community-safety/powers/'],
    ['/community-safety/reports/published-report/committee/'],
    ['/community-safety/contacts/police.vcf'],
    ['/community-safety/reports/tracker/owner/anyone/'],
    ['https://www.gov.uk/guidance'],
    ['mailto:asb@example.org'],
    ['#recommendation-1'],
    ['/community-safety/'],
  ])('%s is fine', (url) => {
    expect(messages(url)).toEqual([]);
  });

  test.each([
    [
      '/powers/closure-order/',
      '3:5: link to /powers/closure-order/: found an address outside the site, which is published under /community-safety/; write the link relative to this page, such as ../../powers/closure-order/, so it works wherever the site is published',
    ],
    [
      '/community-safety/reports/secret-review/',
      '3:5: link to /community-safety/reports/secret-review/: found "secret-review", a draft or exempt report; expected a published or withdrawn report (a draft or exempt report has no page and must not be linked from one)',
    ],
    [
      '../secret-review/',
      '3:5: link to ../secret-review/: found "secret-review", a draft or exempt report; expected a published or withdrawn report (a draft or exempt report has no page and must not be linked from one)',
    ],
    [
      'https://example.org/community-safety/reports/secret-review/',
      '3:5: link to https://example.org/community-safety/reports/secret-review/: found "secret-review", a draft or exempt report; expected a published or withdrawn report (a draft or exempt report has no page and must not be linked from one)',
    ],
    [
      '../../powers/closure-orders/',
      '3:5: link to ../../powers/closure-orders/: found "closure-orders", expected the id of an entry with a page under /powers/',
    ],
    [
      '../../no-such-page/',
      '3:5: link to ../../no-such-page/: found no page of this site at /no-such-page/; expected a page such as /powers/closure-order/ (copy the address from the built site)',
    ],
  ])('%s is a problem', (url, expected) => {
    expect(messages(url)).toEqual([expected]);
  });
});

test('on a site published at the root of its host, a link from the root is fine', () => {
  const atRoot = { ...site, siteUrl: 'https://example.org/' };
  expect(
    bodyLinkProblems('r.mdx', 'reports/a/', [{ line: 1, column: 1, url: '/powers/closure-order/' }], atRoot),
  ).toEqual([]);
  expect(
    bodyLinkProblems('r.mdx', 'reports/a/', [{ line: 1, column: 1, url: '/reports/secret-review/' }], atRoot),
  ).toHaveLength(1);
});

test.each([
  ['/community-safety/powers/x/', 'reports/a/', 'powers/x/'],
  ['/powers/x/', 'reports/a/', '/powers/x/'],
  ['x/', 'reports/a/', 'reports/a/x/'],
  ['https://other.example.com/powers/x/', 'reports/a/', undefined],
  ['tel:+441234', 'reports/a/', undefined],
])('sitePath(%s from %s) is %s', (url, page, expected) => {
  expect(sitePath(url, page, site.siteUrl)).toBe(expected);
});
