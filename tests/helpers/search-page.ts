/** Waiting on the search page (src/scripts/search.ts) in Chromium. */
import type { Page } from 'playwright-core';

/**
 * Waits until the search has finished: the quick index's results, then Pagefind's. The results
 * list is `aria-busy="true"` from the moment a search starts until Pagefind has answered.
 */
export async function searchSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('#search-results')?.getAttribute('aria-busy') === 'false');
}

/** The paths of the results listed, in order. */
export async function resultPaths(page: Page): Promise<string[]> {
  return page.$$eval('#search-results > li a', (links) =>
    links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
}
