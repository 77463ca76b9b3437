/** axe-core (WCAG 2.2 A and AA rules, and best practice) in Chromium on every page in the sitemap, at phone and desk widths. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openSite, pageTypes, type SiteSession } from '../helpers/site-session.ts';
import { sitemapPaths } from '../helpers/sitemap.ts';

const paths = [...sitemapPaths(), '/404.html'];
let site: SiteSession;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

test('the sitemap covers every page type checked elsewhere', () => {
  for (const path of Object.values(pageTypes)) if (path !== '/404.html') expect(paths).toContain(path);
});

describe.each([320, 1280])('at %i px wide', (width) => {
  let page: Page;
  beforeAll(async () => {
    page = await (await site.context({ viewport: { width, height: 800 } })).newPage();
  });

  test.each(paths)('%s has no axe violations', async (path) => {
    await page.goto(site.url(path));
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`)).toEqual([]);
  });

  test('nothing is wider than the screen (no sideways scrolling)', async () => {
    const overflowing: string[] = [];
    for (const path of paths) {
      await page.goto(site.url(path));
      if (await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)) overflowing.push(path);
    }
    expect(overflowing).toEqual([]);
  });
});
