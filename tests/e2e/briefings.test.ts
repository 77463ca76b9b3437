/** The members' briefing filters, "what changed" and review dates: axe, no JavaScript, phone width. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { accessibilityProblems, addAxe } from '../helpers/axe-pages.ts';
import { openSite, type SiteSession } from '../helpers/site-session.ts';

let site: SiteSession;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

const pages = {
  'briefings filtered by kind': '/briefings/kind/legislative-change/',
  'briefings of a kind with no items': '/briefings/kind/general/',
  'what changed': '/changes/',
  'review dates': '/freshness/',
};

describe.each([320, 1280])('at %i px wide', (width) => {
  test.each(Object.entries(pages))('%s (%s) has no axe violations and no sideways scrolling', async (_name, path) => {
    const context = await site.context({ viewport: { width, height: 800 } });
    await addAxe(context);
    const problems = await accessibilityProblems(await context.newPage(), site.url(path));
    await context.close();
    expect(problems).toEqual([]);
  });
});

test('the filters work without JavaScript, by keyboard, and mark the current one', async () => {
  const context = await site.context({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(site.url('/briefings/'));
  const filter = page.locator('nav[aria-label="Show items of one kind"] a', { hasText: 'Change in the law' });
  await filter.focus();
  await page.keyboard.press('Enter');
  await page.waitForURL('**/briefings/kind/legislative-change/');
  const current = await page.$$eval('nav[aria-label="Show items of one kind"] a[aria-current="page"]', (links) =>
    links.map((a) => a.textContent?.trim()),
  );
  const headings = await page.$$eval('main h3 a', (links) => links.map((a) => a.textContent));
  await context.close();
  expect(current).toEqual([expect.stringMatching(/^Change in the law \(\d+/)]);
  expect(headings).toContain('Police can now seize anti-social vehicles without a warning first');
  expect(headings).not.toContain('Example: Trowbridge Area Board to meet on street drinking');
});
