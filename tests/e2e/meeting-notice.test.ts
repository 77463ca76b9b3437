/**
 * Public notices in Chromium: each planned meeting's notice prints on one A4 sheet, passes axe,
 * and its QR code, as the browser draws it, reads back as the meeting page's address.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import jsQR from 'jsqr';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { exampleCouncilDir } from '../helpers/paths.ts';
import { openSite, type SiteSession } from '../helpers/site-session.ts';

const planned = readdirSync(path.join(exampleCouncilDir, 'meetings'))
  .filter((f) => /^status: planned$/m.test(readFileSync(path.join(exampleCouncilDir, 'meetings', f), 'utf8')))
  .map((f) => path.basename(f, '.mdx'));

let site: SiteSession;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

test('there are planned meetings to check', () => expect(planned.length).toBeGreaterThanOrEqual(2));

test.each(planned)('the notice of %s prints on one A4 page', async (id) => {
  const context = await site.context();
  const page = await context.newPage();
  await page.goto(site.url(`/meetings/${id}/notice/`));
  const pdf = await page.pdf({ format: 'A4' });
  await context.close();
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length).toBe(1);
});

test.each(planned)('the notice of %s has no axe violations, on screen and in print', async (id) => {
  const context = await site.context({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(site.url(`/meetings/${id}/notice/`));
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
  const screen = await new AxeBuilder({ page }).withTags(tags).analyze();
  await page.emulateMedia({ media: 'print' });
  const print = await new AxeBuilder({ page }).withTags(tags).analyze();
  await context.close();
  const found = [...screen.violations, ...print.violations].map((v) => `${v.id}: ${v.help}`);
  expect(found).toEqual([]);
});

test.each(planned)('the QR code of %s, as Chromium draws it, opens the meeting page', async (id) => {
  const context = await site.context();
  const page = await context.newPage();
  await page.goto(site.url(`/meetings/${id}/notice/`));
  const image = await page.evaluate(async () => {
    const svg = document.querySelector('.qr-code svg')!;
    const img = new Image();
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 400;
    const g = canvas.getContext('2d')!;
    g.imageSmoothingEnabled = false;
    g.drawImage(img, 0, 0, 400, 400);
    return Array.from(g.getImageData(0, 0, 400, 400).data);
  });
  await context.close();
  expect(jsQR(Uint8ClampedArray.from(image), 400, 400)?.data).toBe(
    `https://community-safety.example.org/meetings/${id}/`,
  );
});
