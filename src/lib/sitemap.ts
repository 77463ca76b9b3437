/** sitemap.xml and robots.txt from the list of built pages. Sorted, so builds are reproducible. */

import { escapeXml } from './escape.ts';

/** The content manager's folder: not a page for readers or search engines. */
export const ADMIN_PATH = 'admin/';

/** @param pathnames page paths relative to the site's base, such as "powers/cpn/" ("" for the home page). */
export function buildSitemap(siteUrl: string, pathnames: readonly string[]): string {
  const urls = [...new Set(pathnames)]
    .filter((p) => !/^404\/?$/.test(p) && !p.startsWith(ADMIN_PATH))
    .map((p) => new URL(p, siteUrl).href)
    .sort();
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls.map((u) => `  <url><loc>${escapeXml(u)}</loc></url>`),
    '</urlset>',
    '',
  ].join('\n');
}

export function buildRobots(siteUrl: string): string {
  return `User-agent: *\nDisallow: ${new URL(ADMIN_PATH, siteUrl).pathname}\nAllow: /\nSitemap: ${new URL('sitemap.xml', siteUrl).href}\n`;
}
