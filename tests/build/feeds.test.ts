/**
 * The members' briefing feeds and pages in the example site built by the global setup: the feeds
 * are well-formed Atom, RSS and JSON Feed, carry exactly the expected items, use absolute
 * addresses that resolve to built files, and carry nothing of draft or exempt reports.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from 'feedsmith';
import { describe, expect, test } from 'vitest';
import { addressesInJson, addressesInXml, briefingsIn, siteUrlOf, unresolved } from '../helpers/feed-links.ts';
import { exampleCouncilDir, exampleDist } from '../helpers/paths.ts';
import { atomNs, child, children, parseXml, textOf } from '../helpers/xml.ts';

const contentDir = exampleCouncilDir;
const siteUrl = siteUrlOf(contentDir);
const briefings = briefingsIn(contentDir);
const kinds = ['legislative-change', 'achievement', 'recommendation-update', 'meeting', 'general'];
const read = (file: string) => readFileSync(path.join(exampleDist, file), 'utf8');

/** Every feed: the whole briefing and one per kind, in three formats. */
const feeds = [undefined, ...kinds].map((kind) => {
  const dir = kind ? `briefings/kind/${kind}/` : 'briefings/';
  const expected = briefings.filter((b) => !kind || b.kind === kind);
  return { kind: kind ?? 'all', dir, expected };
});

describe.each(feeds)('the $kind feeds', ({ dir, expected }) => {
  const titles = [...expected]
    .sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title))
    .map((b) => b.title);

  test('Atom: well-formed, with one entry per expected briefing, newest first', () => {
    const feed = parseXml(read(`${dir}atom.xml`));
    expect(feed.local).toBe('feed');
    expect(feed.uri).toBe(atomNs);
    expect(textOf(feed, 'id', atomNs)).toBe(`${siteUrl}${dir}atom.xml`);
    const entries = children(feed, 'entry', atomNs);
    expect(entries.map((e) => textOf(e, 'title', atomNs)).sort()).toEqual([...titles].sort());
    const dates = entries.map((e) => textOf(e, 'updated', atomNs));
    for (const d of dates) expect(d).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\+0[01]:00$/);
    expect([...dates].sort().reverse()).toEqual(dates);
    for (const e of entries) expect(textOf(e, 'id', atomNs)).toBe(child(e, 'link', atomNs).attrs.href);
  });

  test('RSS: well-formed RSS 2.0 with the same items and RFC 822 dates', () => {
    const rss = parseXml(read(`${dir}rss.xml`));
    expect(rss.local).toBe('rss');
    expect(rss.attrs.version).toBe('2.0');
    const items = children(child(rss, 'channel'), 'item');
    expect(items.map((i) => textOf(i, 'title')).sort()).toEqual([...titles].sort());
    for (const i of items)
      expect(textOf(i, 'pubDate')).toMatch(
        /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} [A-Z][a-z]{2} \d{4} 00:00:00 \+0[01]00$/,
      );
  });

  test('JSON Feed: version 1.1 with the same items', () => {
    const json = JSON.parse(read(`${dir}feed.json`)) as {
      version: string;
      items: { title: string; date_published: string }[];
    };
    expect(json.version).toBe('https://jsonfeed.org/version/1.1');
    expect(json.items.map((i) => i.title)).toEqual(titles);
  });

  test('a feed reader we did not write (feedsmith) reads all three formats with the same items', () => {
    const atom = parseAtomFeed(read(`${dir}atom.xml`));
    const rss = parseRssFeed(read(`${dir}rss.xml`));
    const json = parseJsonFeed(JSON.parse(read(`${dir}feed.json`)));
    const text = (t: unknown) => (typeof t === 'string' ? t : (t as { value?: string } | undefined)?.value);
    expect((atom.entries ?? []).map((e) => text(e.title))).toEqual(titles);
    expect((rss.items ?? []).map((i) => i.title)).toEqual(titles);
    expect((json.items ?? []).map((i) => i.title)).toEqual(titles);
    for (const e of atom.entries ?? []) expect(e.links?.[0]?.href).toMatch(/^https?:\/\//);
  });

  test('every address is absolute, under the site address, and resolves to a built file', () => {
    const addresses = [
      ...addressesInXml(parseXml(read(`${dir}atom.xml`))),
      ...addressesInXml(parseXml(read(`${dir}rss.xml`))),
      ...addressesInJson(JSON.parse(read(`${dir}feed.json`))),
    ];
    expect(addresses.length).toBeGreaterThanOrEqual(8 + 6 * expected.length);
    expect(addresses.map((a) => unresolved(exampleDist, siteUrl, a)).filter(Boolean)).toEqual([]);
  });
});

test('the example has briefings of several kinds, so the feeds above test something', () => {
  expect(briefings.length).toBeGreaterThanOrEqual(8);
  expect(briefings.filter((b) => b.kind === 'legislative-change').length).toBeGreaterThanOrEqual(3);
  expect(new Set(briefings.map((b) => b.kind)).size).toBeGreaterThanOrEqual(3);
});

describe('no draft or exempt material in any feed', () => {
  const secrets = [
    'CANARY-DRAFT-7f3a',
    'CANARY-EXEMPT-9c2e',
    'example-draft-case-review-scrutiny',
    'example-exempt-cuckooing-case-review',
  ];
  const files = feeds.flatMap(({ dir }) => ['atom.xml', 'rss.xml', 'feed.json'].map((f) => `${dir}${f}`));

  test('the draft and exempt reports exist in the content, carrying the canaries', () => {
    const reports = ['example-draft-case-review-scrutiny', 'example-exempt-cuckooing-case-review']
      .map((id) => readFileSync(path.join(contentDir, 'reports', `${id}.mdx`), 'utf8'))
      .join('\n');
    expect(reports).toContain('CANARY-DRAFT-7f3a');
    expect(reports).toContain('CANARY-EXEMPT-9c2e');
  });

  test.each(files)('%s', (file) => {
    const text = read(file);
    expect(text.length).toBeGreaterThan(300);
    expect(secrets.filter((s) => text.includes(s))).toEqual([]);
  });
});

/** The links marked current in the filter navigation (not the site's main navigation). */
function currentFilters(html: string): string[] {
  const nav = /<nav class="briefing-filter" aria-label="Show items of one kind"[\s\S]*?<\/nav>/.exec(html);
  if (!nav) throw new Error('no filter navigation on the page');
  return [...nav[0].matchAll(/<a href="([^"]+)"[^>]*aria-current="page"/g)].map((m) => m[1]!);
}

describe('the briefing pages', () => {
  test('the index lists every item, grouped by month, with filter links and feed links', () => {
    const html = read('briefings/index.html');
    for (const b of briefings) expect(html).toContain(`href="/briefings/${b.id}/"`);
    expect(html).toMatch(/<h2 id="month-2026-06"[^>]*>June 2026<\/h2>/);
    expect(currentFilters(html)).toEqual(['/briefings/']);
    for (const f of ['atom.xml', 'rss.xml', 'feed.json'])
      expect(html).toMatch(
        new RegExp(`<link rel="alternate" type="[^"]+" title="[^"]+" href="/briefings/${f.replace('.', '\\.')}"`),
      );
  });

  test.each(kinds)('the %s page exists, marks its own filter link as current and lists only its items', (kind) => {
    const file = `briefings/kind/${kind}/index.html`;
    expect(existsSync(path.join(exampleDist, file))).toBe(true);
    const html = read(file);
    expect(currentFilters(html)).toEqual([`/briefings/kind/${kind}/`]);
    for (const b of briefings) expect(html.includes(`href="/briefings/${b.id}/"`), b.id).toBe(b.kind === kind);
    expect(html).toContain(`href="/briefings/kind/${kind}/atom.xml"`);
  });

  test('the head links of every briefing page point at feeds that exist', () => {
    for (const file of ['briefings/index.html', ...kinds.map((k) => `briefings/kind/${k}/index.html`)]) {
      const hrefs = [...read(file).matchAll(/<link rel="alternate" [^>]*href="([^"]+)"/g)].map((m) => m[1]!);
      expect(hrefs.length, file).toBeGreaterThanOrEqual(3);
      for (const href of hrefs) expect(existsSync(path.join(exampleDist, href)), `${file} -> ${href}`).toBe(true);
    }
  });
});

describe('what changed', () => {
  test('the page lists recommendation updates of the last 90 days with links to their anchors', () => {
    const html = read('changes/index.html');
    // As of 2026-12-01 the window starts on 2026-09-02; R5's update of 2026-09-08 is inside it.
    expect(html).toContain('datetime="2026-09-02"');
    expect(html).toContain('href="/reports/example-annual-crime-and-disorder-scrutiny-2025/#recommendation-R5"');
    expect(html).toContain('Progress update: complete');
  });

  test('nothing from before the window', () => {
    // R5's first update (2026-03-23) and the responses of 2026-01-20 are older than 90 days.
    expect(read('changes/index.html')).not.toContain('datetime="2026-01-20"');
  });
});
