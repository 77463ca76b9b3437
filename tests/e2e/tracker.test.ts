/**
 * The recommendation tracker in Chromium, on real papers and papers shaped like them: axe at 320
 * and 1280 px, no sideways scrolling of the page on a phone, rows as cards with their labels, RAG
 * in words, and A4 landscape print.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildScrutinyExamples, examplesDist, scrutinyExamplesTree } from '../helpers/scrutiny-examples.ts';
import { accessibilityProblems, addAxe } from '../helpers/axe-pages.ts';
import { openSite, type SiteSession } from '../helpers/site-session.ts';

const dist = examplesDist('scrutiny-examples-e2e');
const paths = [
  '/reports/tracker/',
  '/reports/tracker/rag/amber/',
  '/reports/tracker/status/partly-accepted/',
  '/reports/tracker/owner/example-head-of-community-safety/',
  '/reports/tracker/year/2022/',
  '/reports/shaped-community-safety-review-2022/',
  '/reports/shaped-community-safety-review-2022/committee/',
  '/reports/maidstone-safety-in-the-town-centre-2023/',
];
let site: SiteSession;
beforeAll(async () => {
  const build = await buildScrutinyExamples(scrutinyExamplesTree('scrutiny-examples-e2e-tree'), dist);
  if (build.code !== 0) throw new Error(`The scrutiny examples did not build:\n${build.output}`);
  site = await openSite(dist);
});
afterAll(async () => site?.close());

describe.each([320, 1280])('at %i px wide', (width) => {
  let page: Page;
  beforeAll(async () => {
    const context = await site.context({ viewport: { width, height: 800 } });
    await addAxe(context);
    page = await context.newPage();
  });

  test.each(paths)('%s has no axe violations and no sideways scrolling of the page', async (path) => {
    expect(await accessibilityProblems(page, site.url(path))).toEqual([]);
  });

  test('each row shows its columns: as cards with their labels on a phone, as a table on a desk', async () => {
    await page.goto(site.url('/reports/tracker/'));
    const cell = await page.evaluate(() => {
      const td = document.querySelector('table.tracker tbody td[data-label="Lead officer"]')!;
      return { display: getComputedStyle(td).display, label: getComputedStyle(td, '::before').content };
    });
    if (width === 320) {
      expect(cell.display).toBe('block');
      expect(cell.label).toContain('Lead officer');
    } else expect(cell.display).toBe('table-cell');
  });
});

test('RAG is written as a word beside its mark, never shown by colour alone', async () => {
  const context = await site.context({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(site.url('/reports/tracker/rag/amber/'));
  const tags = await page.locator('.rag').allInnerTexts();
  await context.close();
  expect(tags.length).toBeGreaterThan(0);
  for (const tag of tags) expect(tag).toBe('RAG: Amber');
});

test.each(['/reports/tracker/', '/reports/shaped-community-safety-review-2022/committee/'])(
  '%s prints on A4 landscape pages',
  async (path) => {
    const context = await site.context();
    const page = await context.newPage();
    await page.goto(site.url(path));
    const pdf = await page.pdf({ preferCSSPageSize: true });
    await context.close();
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
    expect(box).not.toBeNull();
    expect(Number(box![1])).toBeGreaterThan(Number(box![2]));
  },
);
