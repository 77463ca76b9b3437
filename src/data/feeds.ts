/**
 * The members' briefing feeds: every item, and one feed per kind (legislative changes and so on).
 * Addresses are absolute, from site.yaml's url, which may include a path.
 */
import { asOf } from './build-date.ts';
import { getBriefings, getSite } from './content.ts';
import { entryHref, href } from './paths.ts';
import { briefingFeedItems, briefingKindHeadings, type BriefingKind } from '../lib/briefings.ts';
import { atomFeed, feedMediaTypes, jsonFeed, rssFeed, type FeedChannel } from '../lib/feeds.ts';

export type FeedFormat = keyof typeof feedMediaTypes;

export const feedFormats: { format: FeedFormat; file: string; label: string; type: string }[] = [
  { format: 'atom', file: 'atom.xml', label: 'Atom feed', type: 'application/atom+xml' },
  { format: 'rss', file: 'rss.xml', label: 'RSS feed', type: 'application/rss+xml' },
  { format: 'json', file: 'feed.json', label: 'JSON Feed', type: 'application/feed+json' },
];

/** The path inside the site of the page a feed mirrors: the briefing, or one kind of it. */
const pagePath = (kind?: BriefingKind) => (kind ? `briefings/kind/${kind}/` : 'briefings/');

/** Site-relative links to a page's feeds, for <link rel="alternate"> and the subscribe list. */
export function feedLinks(kind?: BriefingKind) {
  const title = feedTitle(kind);
  return feedFormats.map((f) => ({ ...f, href: href(`${pagePath(kind)}${f.file}`), title: `${title} (${f.label})` }));
}

function feedTitle(kind?: BriefingKind): string {
  const site = getSite();
  return kind ? `${site.name}: ${briefingKindHeadings[kind].toLowerCase()}` : `${site.name}: members' briefing`;
}

/** The absolute address of a path the site links to (href() and entryHref() include the base). */
const absolute = (link: string) => new URL(link, getSite().url).href;

export async function feedResponse(format: FeedFormat, kind?: BriefingKind): Promise<Response> {
  const site = getSite();
  const all = await getBriefings();
  const items = briefingFeedItems(kind ? all.filter((b) => b.data.kind === kind) : all, (id) =>
    absolute(entryHref('briefings', id)),
  );
  const feedUrl = (file: string) => absolute(href(`${pagePath(kind)}${file}`));
  const channel: FeedChannel = {
    title: feedTitle(kind),
    description: kind
      ? `${briefingKindHeadings[kind]} from ${site.council}'s members' briefing on community safety.`
      : `Changes in the law, achievements and updates on scrutiny recommendations from ${site.council}'s members' briefing on community safety.`,
    siteUrl: site.url,
    pageUrl: absolute(href(pagePath(kind))),
    feedUrls: { atom: feedUrl('atom.xml'), rss: feedUrl('rss.xml'), json: feedUrl('feed.json') },
    author: site.council,
    rights: site.contentLicence,
    asOf,
  };
  const body =
    format === 'atom'
      ? atomFeed(channel, items)
      : format === 'rss'
        ? rssFeed(channel, items)
        : jsonFeed(channel, items);
  return new Response(body, { headers: { 'Content-Type': feedMediaTypes[format] } });
}
