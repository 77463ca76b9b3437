/** Keyboard: the skip link comes first, is visible when focused, and moves focus to the content. */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openSite, pageTypes, type SiteSession } from '../helpers/site-session.ts';

let site: SiteSession;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

test('Tab reaches the skip link first, and Enter moves focus to main', async () => {
  const context = await site.context();
  const page = await context.newPage();
  await page.goto(site.url('/powers/community-protection-notice/'));
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => ({
    text: document.activeElement?.textContent,
    left: document.activeElement?.getBoundingClientRect().left,
  }));
  expect(focused.text).toBe('Skip to main content');
  expect(focused.left).toBeGreaterThanOrEqual(0);
  await page.keyboard.press('Enter');
  const active = await page.evaluate(() => document.activeElement?.id);
  await context.close();
  expect(active).toBe('main');
});

test('the main navigation is reachable by Tab and shows a visible focus style', async () => {
  const context = await site.context();
  const page = await context.newPage();
  await page.goto(site.url('/'));
  const seen: string[] = [];
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { text: el.textContent?.trim() ?? '', background: style.backgroundColor };
    });
    seen.push(`${info.text}|${info.background}`);
  }
  await context.close();
  const problems = seen.find((s) => s.startsWith('Problems|'));
  expect(problems).toBeDefined();
  expect(problems).toContain('rgb(255, 221, 0)'); // the yellow focus colour
});

test('search works by keyboard alone: type, Enter, Tab to the first result', async () => {
  const context = await site.context();
  const page = await context.newPage();
  await page.goto(site.url('/search/'));
  await page.waitForFunction(() => !document.querySelector<HTMLSelectElement>('#search-type')?.hidden);
  await page.focus('#search-input');
  await page.keyboard.type('community trigger');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelectorAll('#search-results a').length > 0);
  await page.keyboard.press('Tab'); // type filter
  await page.keyboard.press('Tab'); // search button
  await page.keyboard.press('Tab'); // first result
  const focused = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
  const results = await page.$$eval('#search-results a', (links) =>
    links.slice(0, 3).map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
  await context.close();
  expect(new URL(focused).pathname).toBe(results[0]);
  expect(results).toContain('/powers/asb-case-review/');
});

test.each(Object.entries(pageTypes))(
  '%s: every element Tab reaches shows a visible focus indicator',
  async (_type, path) => {
    const context = await site.context();
    const page = await context.newPage();
    await page.goto(site.url(path));
    const invisible: string[] = [];
    const seen = new Set<string>();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const focused = getComputedStyle(el);
        const outline = focused.outlineStyle !== 'none' && parseFloat(focused.outlineWidth) >= 2;
        const shadow = focused.boxShadow !== 'none';
        const yellow = focused.backgroundColor === 'rgb(255, 221, 0)';
        const box = el.getBoundingClientRect();
        return {
          key: `${el.tagName} ${el.textContent?.trim().slice(0, 40)} ${box.top + window.scrollY}`,
          visible: outline || shadow || yellow,
          inView: box.width > 0 && box.height > 0,
        };
      });
      if (!info) break;
      if (seen.has(info.key)) break;
      seen.add(info.key);
      if (!info.visible || !info.inView) invisible.push(info.key);
    }
    await context.close();
    expect(seen.size).toBeGreaterThan(3);
    expect(invisible).toEqual([]);
  },
);
