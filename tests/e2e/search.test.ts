/** Search in Chromium through the real search page and Pagefind index. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openSite, type SiteSession } from '../helpers/site-session.ts';
import { exampleDist } from '../helpers/paths.ts';
import { resultPaths, searchSettled } from '../helpers/search-page.ts';

let site: SiteSession;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

async function topResults(query: string, type = ''): Promise<string[]> {
  const context = await site.context();
  const page = await context.newPage();
  const params = new URLSearchParams({ q: query, ...(type ? { type } : {}) });
  await page.goto(site.url(`/search/?${params}`));
  // Results arrive in steps (the quick index's, then Pagefind's): wait for the whole list.
  await searchSettled(page);
  const hrefs = await resultPaths(page);
  await context.close();
  expect(new Set(hrefs).size, `a page listed twice: ${hrefs.join(', ')}`).toBe(hrefs.length);
  return hrefs;
}

test('an acronym finds its power first: CPN', async () => {
  const results = await topResults('CPN');
  expect(results[0]).toBe('/powers/community-protection-notice/');
});

/** The words of a built page's main content, read from dist/ (not from the search index). */
const pageText = (pathname: string) => {
  const html = readFileSync(path.join(exampleDist, pathname, 'index.html'), 'utf8');
  const main = /<main[\s\S]*?<\/main>/.exec(html)?.[0] ?? html;
  return main
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/\s+/g, ' ');
};

test('"ASB" finds pages that say anti-social behaviour', async () => {
  const results = await topResults('ASB');
  expect(results).toHaveLength(20);
  // The power whose name is the acronym first; the Act and powers named in full come too.
  expect(results[0]).toBe('/powers/asb-case-review/');
  expect(results).toEqual(
    expect.arrayContaining([
      '/powers/anti-social-behaviour-order/',
      '/powers/civil-injunction/',
      '/legislation/anti-social-behaviour-crime-and-policing-act-2014/',
      '/problems/asb-reported-again-nothing-happens/',
    ]),
  );
  for (const result of results) expect(pageText(result), result).toMatch(/\bASB\b|anti-social behaviour/i);
});

test('typing in the box searches as you type and announces the count', async () => {
  const context = await site.context();
  const page = await context.newPage();
  await page.goto(site.url('/search/'));
  await page.waitForFunction(() => !document.querySelector<HTMLSelectElement>('#search-type')?.hidden);
  await page.fill('#search-input', 'PSPO');
  await page.waitForFunction(() => /result/.test(document.querySelector('#search-status')?.textContent ?? ''));
  const status = await page.textContent('#search-status');
  const first = await page.$eval('#search-results a', (a) => new URL((a as HTMLAnchorElement).href).pathname);
  await context.close();
  expect(status).toMatch(/^\d+ results? for "PSPO"/);
  expect(first).toBe('/powers/public-spaces-protection-order/');
});

test('the type filter keeps only the kind of page asked for', async () => {
  // The example's pages whose indexed text has a word starting "beg" (Pagefind stems "begging" to
  // "beg" and matches words that start with it: beg, began, beggars, begging), found by reading
  // dist/ outside data-pagefind-ignore. Compared as sets, so a change in ranking alone does not fail it.
  const sorted = (list: string[]) => [...list].sort();
  expect(sorted(await topResults('begging'))).toEqual([
    '/briefings/crime-and-policing-act-2026-first-commencement/',
    '/legislation/crime-and-policing-act-2026-commencement-1/',
    '/legislation/crime-and-policing-act-2026/',
    '/legislation/crime-and-security-act-2010/',
    '/legislation/criminal-justice-bill-2023/',
    '/powers/defacement-removal-notice/',
    '/powers/housing-injunction/',
    '/powers/respect-order/',
    '/powers/youth-injunction/',
    '/problems/aggressive-begging/',
    '/problems/rough-sleeping-and-tents/',
    '/problems/street-drinking/',
    '/reports/example-withdrawn-town-centre-pspo-review/',
  ]);
  expect(sorted(await topResults('begging', 'Power'))).toEqual([
    '/powers/defacement-removal-notice/',
    '/powers/housing-injunction/',
    '/powers/respect-order/',
    '/powers/youth-injunction/',
  ]);
  expect(sorted(await topResults('begging', 'Problem'))).toEqual([
    '/problems/aggressive-begging/',
    '/problems/rough-sleeping-and-tents/',
    '/problems/street-drinking/',
  ]);
  expect(await topResults('begging', 'Scrutiny report')).toEqual([
    '/reports/example-withdrawn-town-centre-pspo-review/',
  ]);
});

test('a search with no match says so', async () => {
  const context = await site.context();
  const page = await context.newPage();
  await page.goto(site.url('/search/?q=xyzzyplugh'));
  await page.waitForFunction(() => /No results/.test(document.querySelector('#search-status')?.textContent ?? ''));
  const status = await page.textContent('#search-status');
  const results = await page.$$('#search-results a');
  await context.close();
  expect(status).toBe(
    'No page has the word xyzzyplugh. No results for "xyzzyplugh". Try other words, or browse the lists below.',
  );
  expect(results).toHaveLength(0);
});

/** The caption (type and labels) of one page's result for a query. */
async function captionOf(query: string, path: string): Promise<string | undefined> {
  const context = await site.context();
  const page = await context.newPage();
  await page.goto(site.url(`/search/?${new URLSearchParams({ q: query })}`));
  await searchSettled(page);
  const captions = await page.$$eval('#search-results li', (items) =>
    items.map(
      (li) => [new URL(li.querySelector('a')!.href).pathname, li.querySelector('.caption')?.textContent ?? ''] as const,
    ),
  );
  await context.close();
  return captions.find(([href]) => href === path)?.[1];
}

test("results label a power the council's nation does not use, and one used only in its nation", async () => {
  // The example council is in England.
  const welsh = await captionOf('prohibited conduct possession', '/powers/possession-for-anti-social-behaviour-wales/');
  expect(welsh).toContain('Not used in England');
  expect(welsh).not.toContain('Wales only');
  const english = await captionOf('absolute ground', '/powers/absolute-ground-for-possession/');
  expect(english).toContain('England only');
  expect(english).not.toContain('Not used in');
});

test('the first results come from the quick index before Pagefind has loaded, and stay in place when its results follow', async () => {
  const context = await site.context();
  const page = await context.newPage();
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/pagefind/pagefind.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(site.url('/search/?q=fly+tipping'));
  await page.waitForFunction(() => document.querySelectorAll('#search-results > li').length > 0);
  const first = await resultPaths(page);
  const busy = await page.getAttribute('#search-results', 'aria-busy');
  const status = await page.textContent('#search-status');
  release();
  await searchSettled(page);
  const all = await resultPaths(page);
  await context.close();
  expect(busy).toBe('true');
  expect(status).toMatch(
    /^\d+ results? for "fly tipping"(, best 10 shown)?\. Looking in the full text of every page for more\.$/,
  );
  expect(first.slice(0, 3)).toContain('/problems/fly-tipping/');
  expect(all.slice(0, first.length)).toEqual(first);
  expect(new Set(all).size).toBe(all.length);
});

test('when Pagefind cannot load, the quick index still answers and the page says the full text was not searched', async () => {
  const context = await site.context();
  const page = await context.newPage();
  await page.route('**/pagefind/pagefind.js', (route) => route.abort());
  await page.goto(site.url('/search/?q=noisy+neighbours'));
  await searchSettled(page);
  const results = await resultPaths(page);
  const status = await page.textContent('#search-status');
  await context.close();
  expect(results[0]).toBe('/problems/noisy-neighbours/');
  expect(status).toMatch(/results? for "noisy neighbours"\. The full text of the pages could not be searched/);
});

test('a word only in the text of pages (not in any title, name, heading or summary) is searched, not corrected', async () => {
  const quick = JSON.parse(readFileSync(path.join(exampleDist, 'search/quick-index.json'), 'utf8')) as {
    textWords: string;
    vocabulary: Record<string, number>;
  };
  const word = quick.textWords.split(' ').find((w) => w.length >= 9 && /^[a-z]+$/.test(w))!;
  expect(word, 'a long word only in page text').toBeDefined();
  expect(quick.vocabulary).not.toHaveProperty(word);
  const context = await site.context();
  const page = await context.newPage();
  await page.goto(site.url(`/search/?${new URLSearchParams({ q: word })}`));
  await searchSettled(page);
  const results = await resultPaths(page);
  const status = await page.textContent('#search-status');
  await context.close();
  expect(status).not.toContain('Showing results for');
  expect(results.length, `${word}: ${status}`).toBeGreaterThan(0);
  for (const result of results) expect(pageText(result).toLowerCase(), result).toContain(word.slice(0, 6));
});
