/** Every page asks only its own host, stores nothing, and breaks none of its own Content-Security-Policy. */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openSite, pageTypes, type SiteSession } from '../helpers/site-session.ts';

let site: SiteSession;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

test('pages request nothing from other hosts, set no cookies, use no storage and break no CSP rule', async () => {
  const context = await site.context();
  const page = await context.newPage();
  const foreign: string[] = [];
  const own = new URL(site.url('/')).host;
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol.startsWith('http') && url.host !== own) foreign.push(r.url());
  });
  const violations: string[] = [];
  await page.exposeFunction('reportCspViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportCspViolation: (v: string) => void }).reportCspViolation(
        `${e.violatedDirective} ${e.blockedURI}`,
      ),
    );
  });
  const storage: string[] = [];
  for (const path of [...Object.values(pageTypes), '/search/?q=noise']) {
    await page.goto(site.url(path));
    if (path.includes('?q='))
      await page.waitForFunction(() => /result/.test(document.querySelector('#search-status')?.textContent ?? ''));
    const used = await page.evaluate(() => ({
      cookie: document.cookie,
      local: localStorage.length,
      session: sessionStorage.length,
    }));
    if (used.cookie || used.local || used.session) storage.push(`${path}: ${JSON.stringify(used)}`);
  }
  const cookies = await context.cookies();
  await context.close();
  expect(foreign).toEqual([]);
  expect(violations).toEqual([]);
  expect(storage).toEqual([]);
  expect(cookies).toEqual([]);
});

test('the search page runs with its CSP in force (Pagefind loads and answers)', async () => {
  const context = await site.context();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(site.url('/search/?q=CPN'));
  await page.waitForFunction(() => document.querySelectorAll('#search-results a').length > 0);
  await context.close();
  expect(errors).toEqual([]);
});
