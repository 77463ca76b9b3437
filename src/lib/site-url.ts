/**
 * Absolute addresses on the published site, for feeds and emails that leave the site. The site's
 * address comes from site.yaml and may include a path ("https://example.org/community-safety/").
 */

/** The site's address with exactly one trailing slash, so relative paths resolve under it. */
export function siteRoot(siteUrl: string): string {
  let url: URL;
  try {
    url = new URL(siteUrl);
  } catch {
    throw new Error(`siteRoot: expected an absolute web address, found ${JSON.stringify(siteUrl)}`);
  }
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname = `${url.pathname}/`;
  return url.href;
}

/**
 * The absolute address of a path inside the site: absoluteUrl("https://x.org/cs/", "briefings/a/")
 * is "https://x.org/cs/briefings/a/". The path is relative to the site's root, so it must not start
 * with "/" (which would drop the site's own path).
 */
export function absoluteUrl(siteUrl: string, pathInSite: string): string {
  if (pathInSite.startsWith('/') || /^[a-z][a-z0-9+.-]*:/i.test(pathInSite))
    throw new Error(
      `absoluteUrl: expected a path inside the site such as "briefings/", found ${JSON.stringify(pathInSite)}`,
    );
  return new URL(pathInSite, siteRoot(siteUrl)).href;
}

/** True when `url` is an absolute address at or under the site's root. */
export function isInsideSite(siteUrl: string, url: string): boolean {
  try {
    return new URL(url).href.startsWith(siteRoot(siteUrl));
  } catch {
    return false;
  }
}
