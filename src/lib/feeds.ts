/**
 * Atom 1.0 (RFC 4287), RSS 2.0 and JSON Feed 1.1 documents, written by hand: the `feed` package
 * writes JSON Feed 1.0, HTML titles and UTC dates (README, "Formats we write without a library").
 * Pure and deterministic: a feed's "updated" date is its newest item's day, never the clock, so an
 * unchanged feed is byte-for-byte the same on every build.
 *
 * Dates: an item has a day (YYYY-MM-DD), not a time. Each format needs an instant, so a day is
 * written as midnight at the start of that day in the UK (Europe/London): 00:00+01:00 in summer
 * time, 00:00+00:00 in winter. A reader in the UK sees the right day whatever the season; writing
 * midnight UTC instead would put summer items at 1 am, and a day-only value is not allowed.
 */
import { isRealIsoDate } from '../schemas/iso-date.ts';
import { escapeHtml, escapeXml, notXmlChar } from './escape.ts';
import { isInsideSite, siteRoot } from './site-url.ts';

export interface FeedCategory {
  /** A stable machine term, such as "legislative-change". */
  term: string;
  /** What readers see, such as "Change in the law". */
  label: string;
}

export interface FeedItem {
  /** The absolute address of the item's page. Also its id and guid. */
  url: string;
  title: string;
  /** The item's day in the UK, YYYY-MM-DD. */
  date: string;
  /** Plain text: one or two sentences. */
  summary: string;
  categories: readonly FeedCategory[];
}

export interface FeedChannel {
  /** The feed's title, such as "Community Safety Toolkit: members' briefing". */
  title: string;
  /** One plain sentence on what the feed carries. */
  description: string;
  /** The site's address from site.yaml (may include a path). Every address must sit under it. */
  siteUrl: string;
  /** The absolute address of the web page the feed mirrors. */
  pageUrl: string;
  /** The absolute address of this feed in each format. */
  feedUrls: { atom: string; rss: string; json: string };
  /** Who publishes it: the council. */
  author: string;
  /** The content licence. */
  rights: { name: string; url: string };
  /** Used as the feed's date only when it has no items; otherwise the newest item's day counts. */
  asOf: string;
}

/** The types each format is served as. */
export const feedMediaTypes = {
  atom: 'application/atom+xml; charset=utf-8',
  rss: 'application/rss+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
} as const;

// ---------------------------------------------------------------------------------------------
// Dates

const londonParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** Minutes London is ahead of UTC at an instant (0 in winter, 60 in summer). */
function londonOffsetAt(epochMs: number): number {
  const parts = Object.fromEntries(londonParts.formatToParts(new Date(epochMs)).map((p) => [p.type, p.value]));
  const local = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
  );
  return Math.round((local - epochMs) / 60_000);
}

function dayParts(date: string): [number, number, number] {
  if (!isRealIsoDate(date))
    throw new Error(`feeds: expected a date written as YYYY-MM-DD, found ${JSON.stringify(date)}`);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return [y, m, d];
}

/**
 * Minutes London is ahead of UTC at the midnight that starts `date` there. The clocks change at
 * 01:00 UTC, so the midnight before a spring change is still winter time and the midnight before
 * an autumn change is still summer time.
 */
export function londonMidnightOffset(date: string): number {
  const [y, m, d] = dayParts(date);
  const midnightUtc = Date.UTC(y, m - 1, d);
  const guess = londonOffsetAt(midnightUtc);
  return londonOffsetAt(midnightUtc - guess * 60_000);
}

const pad = (n: number) => String(n).padStart(2, '0');

function offsetText(minutes: number, separator: ':' | ''): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}${separator}${pad(abs % 60)}`;
}

/** RFC 3339, for Atom and JSON Feed: "2026-06-29T00:00:00+01:00" (midnight in London). */
export function rfc3339Date(date: string): string {
  dayParts(date);
  return `${date}T00:00:00${offsetText(londonMidnightOffset(date), ':')}`;
}

// RFC 822 names are fixed English tokens, not words for readers: Intl's en-GB short month for
// September is "Sept", which RFC 822 parsers refuse.
const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const monthsShort = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 822 (with a four-digit year, as RSS 2.0 allows): "Mon, 29 Jun 2026 00:00:00 +0100". */
export function rfc822Date(date: string): string {
  const [y, m, d] = dayParts(date);
  const weekday = weekdays[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]!;
  return `${weekday}, ${pad(d)} ${monthsShort[m - 1]!} ${y} 00:00:00 ${offsetText(londonMidnightOffset(date), '')}`;
}

// ---------------------------------------------------------------------------------------------
// Checks shared by every format

/** Newest first; the same day sorts by address so the order never depends on input order. */
function ordered(items: readonly FeedItem[]): FeedItem[] {
  return [...items].sort((a, b) => b.date.localeCompare(a.date) || a.url.localeCompare(b.url));
}

/** Throws, naming the field, when an address is relative or outside the site, or a date is not real. */
function checkFeed(channel: FeedChannel, items: readonly FeedItem[]): void {
  siteRoot(channel.siteUrl);
  const addresses: [string, string][] = [
    ['pageUrl', channel.pageUrl],
    ['feedUrls.atom', channel.feedUrls.atom],
    ['feedUrls.rss', channel.feedUrls.rss],
    ['feedUrls.json', channel.feedUrls.json],
    ...items.map((item, i): [string, string] => [`items[${i}].url`, item.url]),
  ];
  for (const [field, url] of addresses)
    if (!isInsideSite(channel.siteUrl, url))
      throw new Error(
        `feeds: ${field}: found ${JSON.stringify(url)}, expected an absolute address under ${siteRoot(channel.siteUrl)}`,
      );
  dayParts(channel.asOf);
  items.forEach((item) => dayParts(item.date));
}

/** The day the feed last changed: its newest item's day, or asOf when it has none. */
export function feedUpdated(channel: Pick<FeedChannel, 'asOf'>, items: readonly Pick<FeedItem, 'date'>[]): string {
  return items.reduce(
    (latest, item) => (item.date > latest ? item.date : latest),
    items.length > 0 ? items[0]!.date : channel.asOf,
  );
}

const xmlDeclaration = '<?xml version="1.0" encoding="utf-8"?>';

// ---------------------------------------------------------------------------------------------
// Atom 1.0

export function atomFeed(channel: FeedChannel, items: readonly FeedItem[]): string {
  checkFeed(channel, items);
  const e = escapeXml;
  const entries = ordered(items).map((item) =>
    [
      '  <entry>',
      `    <title type="text">${e(item.title)}</title>`,
      `    <id>${e(item.url)}</id>`,
      `    <link rel="alternate" type="text/html" href="${e(item.url)}"/>`,
      `    <published>${rfc3339Date(item.date)}</published>`,
      `    <updated>${rfc3339Date(item.date)}</updated>`,
      `    <summary type="text">${e(item.summary)}</summary>`,
      ...item.categories.map((c) => `    <category term="${e(c.term)}" label="${e(c.label)}"/>`),
      '  </entry>',
    ].join('\n'),
  );
  return [
    xmlDeclaration,
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">',
    `  <title type="text">${e(channel.title)}</title>`,
    `  <subtitle type="text">${e(channel.description)}</subtitle>`,
    `  <id>${e(channel.feedUrls.atom)}</id>`,
    `  <link rel="self" type="application/atom+xml" href="${e(channel.feedUrls.atom)}"/>`,
    `  <link rel="alternate" type="text/html" href="${e(channel.pageUrl)}"/>`,
    `  <updated>${rfc3339Date(feedUpdated(channel, items))}</updated>`,
    `  <author><name>${e(channel.author)}</name><uri>${e(siteRoot(channel.siteUrl))}</uri></author>`,
    `  <rights type="text">${e(channel.rights.name)}</rights>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------
// RSS 2.0

export function rssFeed(channel: FeedChannel, items: readonly FeedItem[]): string {
  checkFeed(channel, items);
  const e = escapeXml;
  const updated = rfc822Date(feedUpdated(channel, items));
  const entries = ordered(items).map((item) =>
    [
      '    <item>',
      `      <title>${e(item.title)}</title>`,
      `      <link>${e(item.url)}</link>`,
      `      <guid isPermaLink="true">${e(item.url)}</guid>`,
      `      <pubDate>${rfc822Date(item.date)}</pubDate>`,
      // RSS descriptions are HTML: the plain text is made HTML first, then escaped for XML.
      `      <description>${e(escapeHtml(item.summary))}</description>`,
      ...item.categories.map((c) => `      <category>${e(c.label)}</category>`),
      '    </item>',
    ].join('\n'),
  );
  return [
    xmlDeclaration,
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    `    <title>${e(channel.title)}</title>`,
    `    <link>${e(channel.pageUrl)}</link>`,
    `    <description>${e(escapeHtml(channel.description))}</description>`,
    '    <language>en-gb</language>',
    `    <copyright>${e(channel.rights.name)}</copyright>`,
    `    <pubDate>${updated}</pubDate>`,
    `    <lastBuildDate>${updated}</lastBuildDate>`,
    '    <docs>https://www.rssboard.org/rss-specification</docs>',
    `    <atom:link href="${e(channel.feedUrls.rss)}" rel="self" type="application/rss+xml"/>`,
    ...entries,
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------
// JSON Feed 1.1

export function jsonFeed(channel: FeedChannel, items: readonly FeedItem[]): string {
  checkFeed(channel, items);
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: channel.title,
    description: channel.description,
    home_page_url: channel.pageUrl,
    feed_url: channel.feedUrls.json,
    language: 'en-GB',
    authors: [{ name: channel.author, url: siteRoot(channel.siteUrl) }],
    items: ordered(items).map((item) => ({
      id: item.url,
      url: item.url,
      title: item.title,
      summary: item.summary,
      content_text: item.summary,
      date_published: rfc3339Date(item.date),
      tags: item.categories.map((c) => c.label),
    })),
  };
  // JSON cannot carry the characters XML refuses either without surprising readers; drop them alike.
  return `${JSON.stringify(feed, (_key, value: unknown) => (typeof value === 'string' ? value.replace(notXmlChar, '') : value), 2)}\n`;
}
