/** Content pages are complete without JavaScript; the search page points to the A to Z lists. */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openSite, pageTypes, type SiteSession } from '../helpers/site-session.ts';

let site: SiteSession;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

test.each(Object.entries(pageTypes).filter(([type]) => type !== 'search'))(
  '%s renders its content with JavaScript off',
  async (_type, path) => {
    const context = await site.context({ javaScriptEnabled: false });
    const page = await context.newPage();
    // Scripts the page runs; the home page's prefetch of the search page's files runs nothing.
    const requests: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') requests.push(r.url());
    });
    const response = await page.goto(site.url(path));
    expect(response?.status()).toBe(200);
    const h1 = await page.textContent('h1');
    const mainText = (await page.textContent('main')) ?? '';
    await context.close();
    expect(h1?.trim().length).toBeGreaterThan(3);
    expect(mainText.length).toBeGreaterThan(200);
    expect(requests).toEqual([]);
  },
);

test('the problem finder on the home page works as plain links', async () => {
  const context = await site.context({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(site.url('/'));
  await page.click('.problem-finder a:text("Noisy neighbours")');
  await page.waitForURL('**/problems/noisy-neighbours/');
  const lead = await page.textContent('#lead-heading + .contact-card');
  await context.close();
  expect(lead).toMatch(/\d{3}/); // a phone number to ring
});

test('without JavaScript the search page says it cannot use the typed words, and links to the problem finder and the A to Z lists', async () => {
  const context = await site.context({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(site.url('/'));
  await page.fill('#search-q', 'dog howling');
  await page.press('#search-q', 'Enter');
  await page.waitForURL('**/search/?q=dog+howling');
  const browse = await page.$$eval('section[aria-labelledby="browse-heading"] a', (links) =>
    links.map((a) => a.textContent),
  );
  const notice = await page.textContent('noscript');
  await page.click(
    'section[aria-labelledby="browse-heading"] a:text("The problem finder, commonest complaints first")',
  );
  const finder = await page.isVisible('#job-complaint');
  await context.close();
  expect(browse).toEqual(
    expect.arrayContaining([
      'The problem finder, commonest complaints first',
      'Problems A to Z',
      'Powers A to Z',
      'Who to call',
    ]),
  );
  // Any run of whitespace reads as one space, as a browser shows it.
  expect(notice?.replaceAll(/\s+/g, ' ')).toContain('cannot use the words you typed');
  expect(finder).toBe(true);
});
