/**
 * The phone layout, at 390 by 844 CSS pixels with JavaScript off: the answer is on the first
 * screen. Every problem page and every power in force shows its lead's tap-to-call number before
 * the reader scrolls; the home page shows its search box and the first problems; primary links
 * and buttons are at least 44 by 44 pixels; the menu opens without JavaScript.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { openSite, type SiteSession } from '../helpers/site-session.ts';
import { exampleContent } from '../helpers/paths.ts';

const screen = { width: 390, height: 844 };

/** Problem ids and the ids of powers in force, read from the content files (not from the site). */
function entries(folder: string, keep: (text: string) => boolean = () => true): string[] {
  const dir = path.join(exampleContent, 'national', folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx') && keep(readFileSync(path.join(dir, f), 'utf8')))
    .map((f) => f.replace(/\.mdx$/, ''))
    .sort();
}
const problems = entries('problems');
// The example council is in England; a Welsh-only power opens with the banner saying so instead.
const powersInForce = entries('powers', (text) => /^status: in-force$/m.test(text) && !/^extent: wales$/m.test(text));

let site: SiteSession;
let context: BrowserContext;
let page: Page;
beforeAll(async () => {
  site = await openSite();
  context = await site.context({ viewport: screen, javaScriptEnabled: false });
  page = await context.newPage();
});
afterAll(async () => site?.close());

/** The bottom edge, in CSS pixels from the top of the page, of the first element matching the selector; null when none. */
const bottomOf = (selector: string) =>
  page.evaluate((s) => document.querySelector(s)?.getBoundingClientRect().bottom ?? null, selector);

test('the content lists what this test walks through', () => {
  expect(problems.length).toBeGreaterThan(60);
  expect(powersInForce.length).toBeGreaterThan(20);
});

test.each(problems)("problem %s: the lead's number to tap is on the first screen", async (id) => {
  await page.goto(site.url(`/problems/${id}/`));
  const bottom = await bottomOf('.answer a[href^="tel:"]:not([href="tel:999"])');
  expect(bottom).not.toBeNull();
  expect(bottom!).toBeLessThanOrEqual(screen.height);
  // What to do now and what can follow are on the first screen too.
  expect((await bottomOf('.answer dd:nth-of-type(2)'))!).toBeLessThanOrEqual(screen.height);
});

test.each(powersInForce)("power %s: the lead's number to tap is on the first screen", async (id) => {
  await page.goto(site.url(`/powers/${id}/`));
  const bottom = await bottomOf('.answer a[href^="tel:"]');
  expect(bottom).not.toBeNull();
  expect(bottom!).toBeLessThanOrEqual(screen.height);
});

test('the home page shows the search box and the first problems on the first screen', async () => {
  await page.goto(site.url('/'));
  expect((await bottomOf('#search-q'))!).toBeLessThanOrEqual(screen.height);
  expect((await bottomOf('form[role="search"] button'))!).toBeLessThanOrEqual(screen.height);
  expect((await bottomOf('.problem-finder a'))!).toBeLessThanOrEqual(screen.height);
  expect(await page.textContent('.problem-finder a')).toBe('Teenagers drinking in the park');
});

test('primary links and buttons are at least 44 by 44 pixels', async () => {
  const small: string[] = [];
  for (const [url, selector] of [
    ['/', '.primary-nav__menu > summary'],
    ['/', 'form[role="search"] button'],
    ['/', '#search-q'],
    ['/', '.problem-finder a'],
    ['/problems/noisy-neighbours/', '.answer a.phone'],
    ['/powers/community-protection-notice/', '.answer a.phone'],
    ['/search/', 'section[aria-labelledby="browse-heading"] a'],
  ] as const) {
    await page.goto(site.url(url));
    const boxes = await page.$$eval(selector, (els) =>
      els.map((el) => ({ text: el.textContent?.trim().slice(0, 30) ?? '', ...el.getBoundingClientRect().toJSON() })),
    );
    expect(boxes.length, `${url} ${selector}`).toBeGreaterThan(0);
    for (const b of boxes)
      if (b.height < 44 || b.width < 44)
        small.push(`${url} ${selector} "${b.text}": ${Math.round(b.width)}x${Math.round(b.height)}`);
  }
  expect(small).toEqual([]);
});

test('the menu is folded on a phone and opens without JavaScript', async () => {
  await page.goto(site.url('/'));
  const problemsLink = page.locator('.primary-nav__menu a', { hasText: 'Problems' });
  expect(await problemsLink.isVisible()).toBe(false);
  expect((await bottomOf('.primary-nav__menu > summary'))!).toBeLessThan(120);
  await page.click('.primary-nav__menu > summary');
  expect(await problemsLink.isVisible()).toBe(true);
  await problemsLink.click();
  await page.waitForURL('**/problems/');
});
