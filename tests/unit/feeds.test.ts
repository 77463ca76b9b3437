import { describe, expect, test } from 'vitest';
import { escapeHtml, escapeXml } from '../../src/lib/escape.ts';
import {
  atomFeed,
  feedUpdated,
  jsonFeed,
  londonMidnightOffset,
  rfc3339Date,
  rfc822Date,
  rssFeed,
  type FeedChannel,
  type FeedItem,
} from '../../src/lib/feeds.ts';
import { absoluteUrl, isInsideSite, siteRoot } from '../../src/lib/site-url.ts';
import { briefingFeedItems, countByKind, groupByMonth } from '../../src/lib/briefings.ts';
import { atomNs, child, children, parseXml, textOf } from '../helpers/xml.ts';

const site = 'https://example.org/community-safety/';

const channel = (overrides: Partial<FeedChannel> = {}): FeedChannel => ({
  title: "Toolkit: members' briefing",
  description: 'News & changes <for> "members"',
  siteUrl: site,
  pageUrl: `${site}briefings/`,
  feedUrls: { atom: `${site}briefings/atom.xml`, rss: `${site}briefings/rss.xml`, json: `${site}briefings/feed.json` },
  author: 'Example Council',
  rights: {
    name: 'Open Government Licence v3.0',
    url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
  },
  asOf: '2026-11-23',
  ...overrides,
});

const item = (overrides: Partial<FeedItem> = {}): FeedItem => ({
  url: `${site}briefings/an-item/`,
  title: 'Fines rise from £100 to £500 & more',
  date: '2026-06-29',
  summary: 'Tricky text: <b>not bold</b>, AT&T, "quotes" and \'apostrophes\'.',
  categories: [{ term: 'legislative-change', label: 'Change in the law' }],
  ...overrides,
});

describe('escaping', () => {
  test.each([
    ['a & b', 'a &amp; b'],
    ['<script>', '&lt;script&gt;'],
    ['say "hi"', 'say &quot;hi&quot;'],
    ['&amp; already', '&amp;amp; already'],
    ["it's £5", "it's £5"],
    ['bell\u0007 and nul\u0000 dropped', 'bell and nul dropped'],
    ['lone \uD800 surrogate', 'lone  surrogate'],
    ['emoji 🚓 kept', 'emoji 🚓 kept'],
    ['tab\tnewline\n kept', 'tab\tnewline\n kept'],
  ])('escapeXml(%j)', (input, output) => expect(escapeXml(input)).toBe(output));

  test('escapeHtml turns text into HTML that shows the same text', () => {
    expect(escapeHtml('A < B & "C"')).toBe('A &lt; B &amp; &quot;C&quot;');
  });

  test('hostile titles and summaries survive a strict XML parser unchanged, in Atom and RSS', () => {
    const hostile = item({ title: ']]> </title><evil/> & &amp; <![CDATA[', summary: 'Ends with <' });
    const atom = parseXml(atomFeed(channel(), [hostile]));
    const entry = child(atom, 'entry', atomNs);
    expect(textOf(entry, 'title', atomNs)).toBe(hostile.title);
    expect(textOf(entry, 'summary', atomNs)).toBe(hostile.summary);
    const rss = parseXml(rssFeed(channel(), [hostile]));
    const rssItem = child(child(rss, 'channel'), 'item');
    expect(textOf(rssItem, 'title')).toBe(hostile.title);
    // The RSS description is HTML: after XML decoding it is the text escaped once as HTML.
    expect(textOf(rssItem, 'description')).toBe('Ends with &lt;');
  });

  test('JSON Feed carries the text as written', () => {
    const feed = JSON.parse(jsonFeed(channel(), [item()])) as { items: { title: string; summary: string }[] };
    expect(feed.items[0]!.title).toBe(item().title);
    expect(feed.items[0]!.summary).toBe(item().summary);
  });
});

describe('absolute addresses', () => {
  test.each([
    ['https://example.org/community-safety/', 'briefings/a/', 'https://example.org/community-safety/briefings/a/'],
    ['https://example.org/community-safety', 'briefings/a/', 'https://example.org/community-safety/briefings/a/'],
    ['https://example.org', 'changes/', 'https://example.org/changes/'],
    ['https://example.org/', '', 'https://example.org/'],
    ['https://example.org/cs/', 'reports/r/#recommendation-R5', 'https://example.org/cs/reports/r/#recommendation-R5'],
  ])('absoluteUrl(%s, %s)', (siteUrl, path, url) => expect(absoluteUrl(siteUrl, path)).toBe(url));

  test('a path starting with "/" is refused, since it would drop the site\'s own path', () => {
    expect(() => absoluteUrl(site, '/briefings/')).toThrow('expected a path inside the site');
    expect(() => absoluteUrl(site, 'https://elsewhere.example/')).toThrow('expected a path inside the site');
  });

  test('siteRoot adds the trailing slash and drops query and fragment', () => {
    expect(siteRoot('https://example.org/cs?x=1#top')).toBe('https://example.org/cs/');
    expect(() => siteRoot('example.org')).toThrow('expected an absolute web address');
  });

  test.each([
    ['https://example.org/community-safety/briefings/', true],
    ['https://example.org/community-safety/', true],
    ['https://example.org/other/', false],
    ['https://example.org/community-safety-old/', false],
    ['/community-safety/briefings/', false],
    ['http://example.org/community-safety/', false],
  ])('isInsideSite(%s) is %s', (url, inside) => expect(isInsideSite(site, url)).toBe(inside));

  test.each([
    ['item', { items: [item({ url: '/community-safety/briefings/an-item/' })] }, 'items[0].url'],
    ['item outside', { items: [item({ url: 'https://example.org/briefings/an-item/' })] }, 'items[0].url'],
    ['page', { channel: channel({ pageUrl: 'briefings/' }) }, 'pageUrl'],
    ['self link', { channel: channel({ feedUrls: { ...channel().feedUrls, rss: '/rss.xml' } }) }, 'feedUrls.rss'],
  ])('a relative or outside address (%s) stops every format, naming the field', (_name, input, field) => {
    const c = 'channel' in input ? input.channel! : channel();
    const items = 'items' in input ? input.items! : [item()];
    for (const build of [atomFeed, rssFeed, jsonFeed]) expect(() => build(c, items)).toThrow(field);
  });

  test('every address in every format is absolute and under the site, path included', () => {
    const items = [item(), item({ url: `${site}briefings/second/`, date: '2026-01-26' })];
    const atom = atomFeed(channel(), items);
    const rss = rssFeed(channel(), items);
    const json = jsonFeed(channel(), items);
    const urls = [
      ...atom.matchAll(/href="([^"]+)"|<id>([^<]+)<\/id>|<uri>([^<]+)<\/uri>/g),
      ...rss.matchAll(/<link>([^<]+)<\/link>|<guid[^>]*>([^<]+)<\/guid>|href="([^"]+)"/g),
    ]
      .map((m) => m[1] ?? m[2] ?? m[3]!)
      .concat([...json.matchAll(/"(?:id|url|home_page_url|feed_url)": "([^"]+)"/g)].map((m) => m[1]!));
    expect(urls.length).toBeGreaterThan(15);
    for (const url of urls) expect(url.startsWith(site), url).toBe(true);
  });
});

describe('dates', () => {
  test.each([
    // winter: London is on GMT, midnight is 00:00 UTC
    ['2026-01-26', '2026-01-26T00:00:00+00:00', 'Mon, 26 Jan 2026 00:00:00 +0000'],
    // summer: midnight in London is 23:00 UTC the day before, written with the +01:00 offset
    ['2026-06-29', '2026-06-29T00:00:00+01:00', 'Mon, 29 Jun 2026 00:00:00 +0100'],
    // the clocks go forward at 01:00 UTC on 29 March 2026: that day's midnight is still GMT
    ['2026-03-29', '2026-03-29T00:00:00+00:00', 'Sun, 29 Mar 2026 00:00:00 +0000'],
    ['2026-03-30', '2026-03-30T00:00:00+01:00', 'Mon, 30 Mar 2026 00:00:00 +0100'],
    // the clocks go back at 01:00 UTC on 25 October 2026: that day's midnight is still BST
    ['2026-10-25', '2026-10-25T00:00:00+01:00', 'Sun, 25 Oct 2026 00:00:00 +0100'],
    ['2026-10-26', '2026-10-26T00:00:00+00:00', 'Mon, 26 Oct 2026 00:00:00 +0000'],
    ['2024-02-29', '2024-02-29T00:00:00+00:00', 'Thu, 29 Feb 2024 00:00:00 +0000'],
    ['2026-12-31', '2026-12-31T00:00:00+00:00', 'Thu, 31 Dec 2026 00:00:00 +0000'],
  ])('%s is %s (RFC 3339) and %s (RFC 822)', (day, rfc3339, rfc822) => {
    expect(rfc3339Date(day)).toBe(rfc3339);
    expect(rfc822Date(day)).toBe(rfc822);
  });

  test('each written instant is midnight in London and names the same day there', () => {
    for (const day of ['2026-01-26', '2026-03-29', '2026-03-30', '2026-06-29', '2026-10-25', '2026-10-26']) {
      const instant = new Date(rfc3339Date(day));
      const inLondon = new Intl.DateTimeFormat('en-CA', {
        timeZone: 'Europe/London',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }).format(instant);
      expect(inLondon).toBe(`${day}, 00:00`);
      expect(new Date(rfc822Date(day)).getTime()).toBe(instant.getTime());
    }
  });

  test.each([['2026-02-30'], ['26-06-29'], ['2026-6-29'], ['']])('%j is refused', (bad) => {
    expect(() => rfc3339Date(bad)).toThrow('expected a date written as YYYY-MM-DD');
    expect(() => rfc822Date(bad)).toThrow('expected a date written as YYYY-MM-DD');
  });

  test('offsets', () => {
    expect(londonMidnightOffset('2026-07-01')).toBe(60);
    expect(londonMidnightOffset('2026-12-01')).toBe(0);
  });

  test('a feed is dated by its newest item, not the clock; an empty feed by asOf', () => {
    expect(
      feedUpdated({ asOf: '2026-11-23' }, [{ date: '2026-01-01' }, { date: '2026-06-29' }, { date: '2025-12-31' }]),
    ).toBe('2026-06-29');
    expect(feedUpdated({ asOf: '2026-11-23' }, [])).toBe('2026-11-23');
  });
});

describe('Atom', () => {
  const items = [item({ url: `${site}briefings/older/`, date: '2026-01-26', title: 'Older' }), item()];
  const feed = parseXml(atomFeed(channel(), items));

  test('is an Atom feed with the elements RFC 4287 requires', () => {
    expect(feed.local).toBe('feed');
    expect(feed.uri).toBe(atomNs);
    expect(feed.attrs.lang).toBe('en-GB');
    expect(textOf(feed, 'id', atomNs)).toBe(`${site}briefings/atom.xml`);
    expect(textOf(feed, 'title', atomNs)).toBe("Toolkit: members' briefing");
    expect(textOf(feed, 'updated', atomNs)).toBe('2026-06-29T00:00:00+01:00');
    expect(textOf(child(feed, 'author', atomNs), 'name', atomNs)).toBe('Example Council');
    const links = children(feed, 'link', atomNs).map((l) => `${l.attrs.rel} ${l.attrs.href}`);
    expect(links).toEqual([`self ${site}briefings/atom.xml`, `alternate ${site}briefings/`]);
  });

  test('entries come newest first with id, link, dates, summary and category', () => {
    const entries = children(feed, 'entry', atomNs);
    expect(entries.map((e) => textOf(e, 'title', atomNs))).toEqual([item().title, 'Older']);
    const first = entries[0]!;
    expect(textOf(first, 'id', atomNs)).toBe(item().url);
    expect(child(first, 'link', atomNs).attrs.href).toBe(item().url);
    expect(textOf(first, 'published', atomNs)).toBe('2026-06-29T00:00:00+01:00');
    expect(textOf(first, 'updated', atomNs)).toBe('2026-06-29T00:00:00+01:00');
    expect(child(first, 'category', atomNs).attrs).toMatchObject({
      term: 'legislative-change',
      label: 'Change in the law',
    });
  });

  test('an empty feed is still valid and dated by asOf', () => {
    const empty = parseXml(atomFeed(channel(), []));
    expect(children(empty, 'entry', atomNs)).toEqual([]);
    expect(textOf(empty, 'updated', atomNs)).toBe('2026-11-23T00:00:00+00:00');
  });

  test('is the same for the same input, whatever order items come in', () => {
    expect(atomFeed(channel(), [...items].reverse())).toBe(atomFeed(channel(), items));
  });
});

describe('RSS', () => {
  const feed = parseXml(
    rssFeed(channel(), [item(), item({ url: `${site}briefings/older/`, date: '2026-01-26', title: 'Older' })]),
  );
  const rssChannel = child(feed, 'channel');

  test('is RSS 2.0 with a channel title, link, description and self link', () => {
    expect(feed.local).toBe('rss');
    expect(feed.attrs.version).toBe('2.0');
    expect(textOf(rssChannel, 'title')).toBe("Toolkit: members' briefing");
    expect(textOf(rssChannel, 'link', '')).toBe(`${site}briefings/`);
    expect(textOf(rssChannel, 'description')).toBe('News &amp; changes &lt;for&gt; &quot;members&quot;');
    expect(textOf(rssChannel, 'lastBuildDate')).toBe('Mon, 29 Jun 2026 00:00:00 +0100');
    expect(child(rssChannel, 'link', atomNs).attrs).toMatchObject({ rel: 'self', href: `${site}briefings/rss.xml` });
  });

  test('items have a permalink guid and an RFC 822 date', () => {
    const [first, second] = children(rssChannel, 'item');
    expect(textOf(first!, 'link')).toBe(item().url);
    expect(child(first!, 'guid').attrs.isPermaLink).toBe('true');
    expect(textOf(first!, 'guid')).toBe(item().url);
    expect(textOf(first!, 'pubDate')).toBe('Mon, 29 Jun 2026 00:00:00 +0100');
    expect(textOf(second!, 'pubDate')).toBe('Mon, 26 Jan 2026 00:00:00 +0000');
    expect(textOf(first!, 'category')).toBe('Change in the law');
  });
});

describe('JSON Feed', () => {
  const feed = JSON.parse(jsonFeed(channel(), [item()])) as Record<string, unknown> & {
    items: Record<string, unknown>[];
  };

  test('is JSON Feed 1.1 with the required fields', () => {
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.title).toBe("Toolkit: members' briefing");
    expect(feed.home_page_url).toBe(`${site}briefings/`);
    expect(feed.feed_url).toBe(`${site}briefings/feed.json`);
    expect(feed.language).toBe('en-GB');
  });

  test('items have an id, a URL, text and an RFC 3339 date', () => {
    expect(feed.items[0]).toMatchObject({
      id: item().url,
      url: item().url,
      content_text: item().summary,
      date_published: '2026-06-29T00:00:00+01:00',
      tags: ['Change in the law'],
    });
  });
});

describe('briefings', () => {
  const entry = (id: string, date: string, kind: 'legislative-change' | 'meeting' | 'achievement', title = id) => ({
    id,
    data: { title, date, kind, summary: ` Summary of ${id}. ` },
  });
  const entries = [
    entry('b', '2026-05-01', 'meeting'),
    entry('a', '2026-06-29', 'legislative-change'),
    entry('c', '2026-05-13', 'legislative-change'),
    entry('d', '2025-11-10', 'achievement'),
  ];

  test('groupByMonth: newest month first, newest item first', () => {
    expect(groupByMonth(entries).map((g) => `${g.month}: ${g.items.map((i) => i.id).join(' ')}`)).toEqual([
      '2026-06: a',
      '2026-05: c b',
      '2025-11: d',
    ]);
    expect(groupByMonth([])).toEqual([]);
  });

  test('countByKind counts every kind, with zeros', () => {
    expect(countByKind(entries)).toEqual({
      'legislative-change': 2,
      achievement: 1,
      'recommendation-update': 0,
      meeting: 1,
      general: 0,
    });
  });

  test('briefingFeedItems: absolute addresses, kind as category, trimmed summary', () => {
    const items = briefingFeedItems(entries, (id) => absoluteUrl(site, `briefings/${id}/`));
    expect(items[0]).toEqual({
      url: `${site}briefings/a/`,
      title: 'a',
      date: '2026-06-29',
      summary: 'Summary of a.',
      categories: [{ term: 'legislative-change', label: 'Change in the law' }],
    });
    expect(items.map((i) => i.date)).toEqual(['2026-06-29', '2026-05-13', '2026-05-01', '2025-11-10']);
  });
});
