/** Reading the addresses out of built feeds and emails, and finding the files they point at. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import type { XmlElement } from './xml.ts';

/** The site's address from a content folder's site.yaml, with a trailing slash. */
export function siteUrlOf(contentDir: string): string {
  const site = yaml.load(readFileSync(path.join(contentDir, 'site.yaml'), 'utf8')) as { url: string };
  return site.url.endsWith('/') ? site.url : `${site.url}/`;
}

/** Front matter of every briefing in a content folder, by id. */
export function briefingsIn(contentDir: string): { id: string; title: string; kind: string; date: string }[] {
  const dir = path.join(contentDir, 'briefings');
  return readdirSync(dir)
    .filter((f) => /\.mdx?$/.test(f))
    .map((f) => {
      const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path.join(dir, f), 'utf8'))![1]!;
      const data = yaml.load(front, { schema: yaml.CORE_SCHEMA }) as { title: string; kind: string; date: string };
      return { id: f.replace(/\.mdx?$/, ''), title: data.title, kind: data.kind, date: data.date };
    });
}

/** Every address in an XML feed: href attributes and the text of link, id, guid and uri elements. */
export function addressesInXml(root: XmlElement): string[] {
  const found: string[] = [];
  const walk = (el: XmlElement) => {
    if (el.attrs.href) found.push(el.attrs.href);
    if (['link', 'id', 'guid', 'uri'].includes(el.local) && el.text.trim()) found.push(el.text.trim());
    el.children.forEach(walk);
  };
  walk(root);
  return found;
}

/** Every address in a JSON Feed. */
export function addressesInJson(feed: {
  home_page_url?: string;
  feed_url?: string;
  authors?: { url?: string }[];
  items: { id: string; url?: string }[];
}): string[] {
  return [
    feed.home_page_url,
    feed.feed_url,
    ...(feed.authors ?? []).map((a) => a.url),
    ...feed.items.flatMap((i) => [i.id, i.url]),
  ].filter((u): u is string => typeof u === 'string');
}

/**
 * The built file an absolute address points at, or why it cannot: an address outside the site,
 * or no such file. Fragments must name an id on the page.
 */
export function unresolved(dist: string, siteUrl: string, address: string): string | undefined {
  if (!address.startsWith(siteUrl)) return `${address}: not under ${siteUrl}`;
  const [pathPart, fragment] = address.slice(siteUrl.length).split('#') as [string, string | undefined];
  const relative = decodeURIComponent(pathPart);
  const file = path.join(dist, relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative);
  if (!existsSync(file)) return `${address}: no file ${path.relative(dist, file)}`;
  if (fragment && !readFileSync(file, 'utf8').includes(` id="${fragment}"`))
    return `${address}: no id "${fragment}" on the page`;
  return undefined;
}
