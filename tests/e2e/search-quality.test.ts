/**
 * Search quality: what councillors and residents actually type, and the page that must come in
 * the top three. Runs Pagefind's own JS API in Chromium against the built example site.
 * When a query fails, fix it with aliases in the content, not with special cases in code.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { searchOptions } from '../../src/scripts/search-options.ts';
import { openSite, type SiteSession } from '../helpers/site-session.ts';

const cases: [query: string, page: string][] = [
  ['CPN', '/powers/community-protection-notice/'],
  ['PSPO', '/powers/public-spaces-protection-order/'],
  ['ASBO', '/powers/anti-social-behaviour-order/'],
  ['CBO', '/powers/criminal-behaviour-order/'],
  ['community trigger', '/powers/asb-case-review/'],
  ['dispersal order', '/powers/dispersal-direction/'],
  ['closure order', '/powers/closure-order/'],
  ['respect order', '/powers/respect-order/'],
  ['section 215 notice', '/powers/untidy-land-notice/'],
  ['noise abatement notice', '/powers/noise-abatement-notice/'],
  ['injunction', '/powers/civil-injunction/'],
  ['alcohol free zone', '/powers/designated-public-place-order/'],
  ['loud music', '/problems/noisy-neighbours/'],
  ['noisy neighbours', '/problems/noisy-neighbours/'],
  ['dog barking all day', '/problems/barking-dog/'],
  ['boy racers', '/problems/car-meets/'],
  ['fly tipping', '/problems/fly-tipping/'],
  ['rubbish dumped', '/problems/fly-tipping/'],
  ['crack house', '/problems/drug-dealing-from-a-house/'],
  ['cuckooing', '/problems/cuckooing/'],
  ['graffiti', '/problems/graffiti/'],
  ['street drinking', '/problems/street-drinking/'],
  ['aggressive begging', '/problems/aggressive-begging/'],
  ['high hedge', '/problems/high-hedge/'],
  ['untidy garden', '/problems/untidy-garden/'],
  ['hate crime', '/problems/hate-incidents/'],
  ['noisy pub', '/problems/noisy-pub-or-club/'],
  ['mopeds', '/problems/nuisance-motorbikes/'],
  ['teenagers drinking in the park', '/problems/youths-gathering-and-drinking/'],
  ['dog poo', '/problems/dog-fouling/'],
  ['laughing gas', '/problems/nitrous-oxide/'],
  ['fireworks', '/problems/fireworks/'],
  ['domestic abuse', '/problems/domestic-abuse/'],
  ['Crimestoppers', '/contacts/crimestoppers/'],
  ['section 21 no fault eviction', '/briefings/renters-rights-act-section-21-ends/'],
  ['Renters Rights Act', '/legislation/renters-rights-act-2025/'],
];

let site: SiteSession;
let page: Page;
beforeAll(async () => {
  site = await openSite();
  const context = await site.context();
  page = await context.newPage();
  await page.goto(site.url('/search/'));
});
afterAll(async () => site?.close());

/** Runs in the page. A string, so the test runner's transform leaves its import() alone. */
const searchInPage = `async (q) => {
  const pagefind = await import('/pagefind/pagefind.js');
  await pagefind.options(${JSON.stringify(searchOptions)});
  const search = await pagefind.search(q);
  const top = await Promise.all(search.results.slice(0, 3).map((r) => r.data()));
  return top.map((d) => d.url);
}`;

async function topThree(query: string): Promise<string[]> {
  return page.evaluate(`(${searchInPage})(${JSON.stringify(query)})`) as Promise<string[]>;
}

test('there are at least 30 queries', () => {
  expect(cases.length).toBeGreaterThanOrEqual(30);
});

test.each(cases)('"%s" finds %s in the top three', async (query, expected) => {
  expect(await topThree(query)).toContain(expected);
});
