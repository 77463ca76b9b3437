/**
 * axe-core checks run straight in the page, several pages at a time.
 *
 * AxeBuilder.analyze() sends the whole axe-core source (over 500 kB) into the page on every call,
 * then opens a blank page, sends it again there and merges the results in it: about three times
 * as long as the check itself. Here axe-core goes into every document a context opens, before the
 * page's own scripts, and each check is one axe.run with the same tags: the same rules, so the
 * same violations.
 */
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import type { BrowserContext, Page } from 'playwright-core';
import type { SiteSession } from './site-session.ts';

/** The axe-core that @axe-core/playwright itself would inject (it is that package's dependency). */
const axeSource: string = createRequire(import.meta.resolve('@axe-core/playwright'))('axe-core').source;

/** WCAG 2.0, 2.1 and 2.2 A and AA, and Deque's best practice. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Puts axe-core into every document the context's pages open, for accessibilityProblems. */
export async function addAxe(context: BrowserContext): Promise<void> {
  await context.addInitScript(axeSource);
}

/** Browser pages at one width with axe-core in every document, lent to one test at a time. */
export class AxePagePool {
  private readonly free: Page[] = [];
  private readonly waiting: ((page: Page) => void)[] = [];

  static async open(site: SiteSession, width: number, size: number): Promise<AxePagePool> {
    const context = await site.context({ viewport: { width, height: 800 } });
    await addAxe(context);
    const pool = new AxePagePool();
    for (let i = 0; i < size; i++) pool.free.push(await context.newPage());
    return pool;
  }

  async use<T>(work: (page: Page) => Promise<T>): Promise<T> {
    const page = this.free.pop() ?? (await new Promise<Page>((resolve) => this.waiting.push(resolve)));
    try {
      return await work(page);
    } finally {
      const next = this.waiting.shift();
      if (next) next(page);
      else this.free.push(page);
    }
  }
}

/**
 * Everything wrong with the page at this URL: one line per axe violation (rule, what it asks,
 * the first three elements), and a line if anything is wider than the screen.
 */
export async function accessibilityProblems(page: Page, url: string): Promise<string[]> {
  await page.goto(url);
  return page.evaluate(async (values) => {
    const problems: string[] = [];
    const { scrollWidth } = document.documentElement;
    if (scrollWidth > window.innerWidth)
      problems.push(
        `wider than the screen: ${scrollWidth} px of content in a ${window.innerWidth} px window (sideways scrolling)`,
      );
    const axe = (window as unknown as { axe: { run: (context: Document, options: RunOptions) => Promise<AxeResults> } })
      .axe;
    // Only violations need every element listed; passes and the rest keep one each.
    const { violations } = await axe.run(document, { runOnly: { type: 'tag', values }, resultTypes: ['violations'] });
    for (const v of violations)
      problems.push(
        `${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join('; ')})`,
      );
    return problems;
  }, axeTags);
}
