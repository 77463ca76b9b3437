/** Serves the built example site and opens Chromium on it, once per test file. */
import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { exampleDist } from './paths.ts';
import { serveStatic, type RunningServer } from './static-server.ts';

export interface SiteSession {
  url: (path: string) => string;
  context: (options?: BrowserContextOptions) => Promise<BrowserContext>;
  close: () => Promise<void>;
}

export async function openSite(root = exampleDist): Promise<SiteSession> {
  const server: RunningServer = await serveStatic(root);
  const browser: Browser = await launchBrowser();
  return {
    url: (path) => `${server.url}${path}`,
    context: (options) => browser.newContext(options),
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** One page of each type in the example site. */
export const pageTypes: Record<string, string> = {
  home: '/',
  'problems index': '/problems/',
  problem: '/problems/noisy-neighbours/',
  'powers index': '/powers/',
  power: '/powers/community-protection-notice/',
  'repealed power': '/powers/anti-social-behaviour-order/',
  'not yet in force power': '/powers/respect-order/',
  'powers comparison': '/powers/compare/',
  'legislation timeline': '/legislation/',
  legislation: '/legislation/anti-social-behaviour-crime-and-policing-act-2014/',
  'who to call': '/contacts/',
  contact: '/contacts/wiltshire-council-community-safety/',
  'areas index': '/areas/',
  area: '/areas/chippenham/',
  partnership: '/partnership/',
  'reports index': '/reports/',
  report: '/reports/partnerships-task-group-2011/',
  'briefings index': '/briefings/',
  briefing: '/briefings/crime-and-policing-act-2026-royal-assent/',
  'meetings index': '/meetings/',
  meeting: '/meetings/trowbridge-street-drinking-2026-12/',
  'meeting notice': '/meetings/devizes-nitrous-oxide-2027-03/notice/',
  search: '/search/',
  accessibility: '/accessibility/',
  freshness: '/freshness/',
  'not found': '/404.html',
};
