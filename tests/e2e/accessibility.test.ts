/** axe-core (WCAG 2.2 A and AA rules, and best practice) in Chromium on every page in the sitemap, at phone and desk widths. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openSite, pageTypes, type SiteSession } from '../helpers/site-session.ts';
import { sitemapPaths } from '../helpers/sitemap.ts';
import { councilDist } from '../helpers/paths.ts';

const paths = [...sitemapPaths(), '/404.html'];
let site: SiteSession;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

test('the sitemap covers every page type checked elsewhere', () => {
  for (const path of Object.values(pageTypes)) if (path !== '/404.html') expect(paths).toContain(path);
});

const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const violationsOf = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(axeTags).analyze()).violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`);

describe.each([320, 1280])('at %i px wide', (width) => {
  let page: Page;
  beforeAll(async () => {
    page = await (await site.context({ viewport: { width, height: 800 } })).newPage();
  });

  test.each(paths)('%s has no axe violations', async (path) => {
    await page.goto(site.url(path));
    expect(await violationsOf(page)).toEqual([]);
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

/**
 * The other bundled councils share every page template with the example, so one page of each type
 * is checked for each of them (their own content fills the templates differently), at both widths.
 */
const councilSamples: Record<string, Record<string, string>> = {
  plymouth: {
    contact: '/contacts/plymouth-community-homes/',
    area: '/areas/st-peter-and-the-waterfront/',
    'area powers': '/areas/st-peter-and-the-waterfront/powers/',
    report: '/reports/serious-violence-duty-scrutiny-2024/',
    briefing: '/briefings/serious-violence-duty-scrutiny-july-2024/',
    meeting: '/meetings/st-peter-and-the-waterfront-night-time-disorder-2027-02/',
    'power with a local note': '/powers/absolute-ground-for-possession/',
    'problem with a local note': '/problems/nuisance-tenants/',
  },
  medway: {
    contact: '/contacts/medway-council-housing/',
    area: '/areas/river/',
    'area powers': '/areas/river/powers/',
    briefing: '/briefings/alcohol-orders-extended-january-2022/',
    meeting: '/meetings/river-street-drinking-2027-03/',
    'power with a local note': '/powers/public-spaces-protection-order/',
    'problem with a local note': '/problems/street-drinking/',
  },
};
const sharedSamples = {
  home: '/',
  'problems index': '/problems/',
  'powers index': '/powers/',
  'powers comparison': '/powers/compare/',
  'legislation timeline': '/legislation/',
  legislation: '/legislation/crime-and-disorder-act-1998/',
  'who to call': '/contacts/',
  'pocket card': '/contacts/card/',
  'areas index': '/areas/',
  partnership: '/partnership/',
  'reports index': '/reports/',
  tracker: '/reports/tracker/',
  'briefings index': '/briefings/',
  'meetings index': '/meetings/',
  figures: '/figures/',
  changes: '/changes/',
  'what changed in the law': '/changes/law/',
  search: '/search/',
  accessibility: '/accessibility/',
  freshness: '/freshness/',
  'not found': '/404.html',
};

describe.each(Object.keys(councilSamples))("%s's site, one page of each type", (council) => {
  const samples = Object.entries({ ...sharedSamples, ...councilSamples[council] });
  let councilSite: SiteSession;
  const pages = new Map<number, Page>();
  beforeAll(async () => {
    councilSite = await openSite(councilDist(council));
    for (const width of [320, 1280]) pages.set(width, await (await councilSite.context({ viewport: { width, height: 800 } })).newPage());
  });
  afterAll(async () => councilSite?.close());

  test('every sampled page is in its sitemap', () => {
    const inSitemap = sitemapPaths(councilDist(council));
    expect(samples.map(([, path]) => path).filter((path) => path !== '/404.html' && !inSitemap.includes(path))).toEqual([]);
  });

  test.each(samples.flatMap(([type, path]) => [320, 1280].map((width) => [type, path, width] as const)))('%s (%s) at %i px has no axe violations and nothing wider than the screen', async (_type, path, width) => {
    const page = pages.get(width)!;
    await page.goto(councilSite.url(path));
    expect(await violationsOf(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)).toBe(false);
  });
});
