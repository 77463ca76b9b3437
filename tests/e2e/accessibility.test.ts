/**
 * axe-core (WCAG 2.2 A and AA rules, and best practice) in Chromium on every page in the sitemap, at
 * phone and desk widths, and nothing on any of them wider than the screen. Each page at each width
 * is its own test, so a failure names the page and the width; a few pages work at once, since
 * Chromium can use both cores while this process waits.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { accessibilityProblems, AxePagePool } from '../helpers/axe-pages.ts';
import { openSite, pageTypes, type SiteSession } from '../helpers/site-session.ts';
import { sitemapPaths } from '../helpers/sitemap.ts';
import { councilDist } from '../helpers/paths.ts';

/** Pages checked at once at each width: Chromium can use the second core while one waits. */
const pagesAtOnce = 3;
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
  let pool: AxePagePool;
  beforeAll(async () => {
    pool = await AxePagePool.open(site, width, pagesAtOnce);
  });

  test.concurrent.for(paths)('%s has no axe violations and nothing wider than the screen', async (path, { expect }) => {
    expect(await pool.use((page) => accessibilityProblems(page, site.url(path)))).toEqual([]);
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
  const pools = new Map<number, AxePagePool>();
  beforeAll(async () => {
    councilSite = await openSite(councilDist(council));
    for (const width of [320, 1280]) pools.set(width, await AxePagePool.open(councilSite, width, pagesAtOnce));
  });
  afterAll(async () => councilSite?.close());

  test('every sampled page is in its sitemap', () => {
    const inSitemap = sitemapPaths(councilDist(council));
    expect(samples.map(([, path]) => path).filter((path) => path !== '/404.html' && !inSitemap.includes(path))).toEqual(
      [],
    );
  });

  test.concurrent.for(samples.flatMap(([type, path]) => [320, 1280].map((width) => [type, path, width] as const)))(
    '%s (%s) at %i px has no axe violations and nothing wider than the screen',
    async ([, path, width], { expect }) => {
      expect(await pools.get(width)!.use((page) => accessibilityProblems(page, councilSite.url(path)))).toEqual([]);
    },
  );
});
