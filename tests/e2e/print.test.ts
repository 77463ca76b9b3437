/** Print media in Chromium: the meeting pack and a power page become clean A4 handouts. */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openSite, type SiteSession } from '../helpers/site-session.ts';

let site: SiteSession;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

// A4 (210 mm) less 15 mm margins each side is 180 mm: 680 CSS pixels wide; 267 mm tall is 1009 px.
const a4 = { width: 680, height: 1009 };

test('the meeting pack prints with the agenda on page one and sections on new pages', async () => {
  const context = await site.context({ viewport: a4 });
  const page = await context.newPage();
  await page.goto(site.url('/meetings/trowbridge-street-drinking-2026-12/'));
  await page.emulateMedia({ media: 'print' });
  const layout = await page.evaluate(() => {
    const agenda = document.querySelector('table.agenda')!.getBoundingClientRect();
    return {
      navHidden: getComputedStyle(document.querySelector('.primary-nav')!).display === 'none',
      agendaBottom: agenda.bottom + window.scrollY,
      breaks: [...document.querySelectorAll('.page-break')].map((el) => getComputedStyle(el).breakBefore),
    };
  });
  await context.close();
  expect(layout.navHidden).toBe(true);
  expect(layout.agendaBottom).toBeLessThan(a4.height);
  expect(layout.breaks.length).toBeGreaterThanOrEqual(2);
  expect(layout.breaks.every((b) => b === 'page')).toBe(true);
});

test('printed links show their address', async () => {
  const context = await site.context({ viewport: a4 });
  const page = await context.newPage();
  await page.goto(site.url('/powers/community-protection-notice/'));
  await page.emulateMedia({ media: 'print' });
  const after = await page.evaluate(() => {
    const link = document.querySelector<HTMLAnchorElement>(
      'main a[href^="https://www.legislation.gov.uk"]:not(.fact-sources a)',
    )!;
    // A key fact's section ("s48(1)") is enough on paper; its address would swamp the handout.
    const citation = document.querySelector<HTMLAnchorElement>('main .fact-sources a')!;
    return {
      content: getComputedStyle(link, '::after').content,
      href: link.getAttribute('href'),
      citation: getComputedStyle(citation, '::after').content,
    };
  });
  await context.close();
  expect(after.content).toBe(`" (${after.href})"`);
  expect(after.citation).toBe('none');
});

async function pdfPages(path: string): Promise<number> {
  const context = await site.context();
  const page = await context.newPage();
  await page.goto(site.url(path));
  const pdf = await page.pdf({ format: 'A4' });
  await context.close();
  return pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
}

test('the pocket card of contacts prints on one A4 sheet', async () => {
  expect(await pdfPages('/contacts/card/')).toBe(1);
});

test('the comparison of current powers prints on A4 landscape pages', async () => {
  const context = await site.context();
  const page = await context.newPage();
  await page.goto(site.url('/powers/compare/'));
  const pdf = await page.pdf({ preferCSSPageSize: true });
  await context.close();
  const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
  expect(box).not.toBeNull();
  expect(Number(box![1])).toBeGreaterThan(Number(box![2])); // wider than tall
});
