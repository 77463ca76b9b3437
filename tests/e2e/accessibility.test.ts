/** axe-core (WCAG 2.2 A and AA rules) in Chromium on one page of every type, at phone and desk widths. */
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openSite, pageTypes, type SiteSession } from '../helpers/site-session.ts';

let site: SiteSession;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

const widths = [320, 1280];

describe.each(widths)('at %i px wide', (width) => {
  test.each(Object.entries(pageTypes))('%s (%s) has no axe violations', async (_type, path) => {
    const context = await site.context({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    await page.goto(site.url(path));
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    const violations = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`);
    await context.close();
    expect(violations).toEqual([]);
  });
});

test('nothing is wider than a 320 px screen (no sideways scrolling)', async () => {
  const context = await site.context({ viewport: { width: 320, height: 800 } });
  const page = await context.newPage();
  const overflowing: string[] = [];
  for (const [type, path] of Object.entries(pageTypes)) {
    await page.goto(site.url(path));
    const wide = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    if (wide) overflowing.push(type);
  }
  await context.close();
  expect(overflowing).toEqual([]);
});
