/**
 * Links written in entry bodies to pages of the site itself are checked like front-matter
 * references: a link to a page that does not exist, or to a draft or exempt report (which has
 * no page, and whose id can name its topic), is a problem at its line and column.
 * Pure: the routes (patterns such as "reports/[id]/" from src/pages) and ids are given.
 */
import type { BodyLink } from './safe-body.ts';
import type { ContentProblem } from './problems.ts';

export interface SiteMap {
  /** The site's address, with its base path (https://example.org/community-safety/). */
  siteUrl: string | undefined;
  /** Route patterns of the site's pages, relative to the base: "", "powers/", "powers/[id]/", "contacts/[id].vcf". */
  routes: readonly string[];
  /** The entries that have a page, by the folder their pages are under: "powers" -> ids. */
  pages: ReadonlyMap<string, ReadonlySet<string>>;
  /** Reports that exist but have no page: drafts and exempt reports. */
  hiddenReports: ReadonlySet<string>;
}

/**
 * The path inside the site a link points at ("powers/x/"), or undefined for a link to another
 * website, an anchor or mailto:/tel:. A path on the site's host but outside its base path is
 * returned whole, with its leading "/".
 */
export function sitePath(url: string, pagePath: string, siteUrl: string | undefined): string | undefined {
  const trimmed = url.trim();
  if (trimmed === '' || trimmed.startsWith('#')) return undefined;
  const root = new URL(siteUrl ?? 'https://site.invalid/');
  if (!root.pathname.endsWith('/')) root.pathname += '/';
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed);
  if (hasScheme && !/^https?:/i.test(trimmed)) return undefined;
  let target: URL;
  try {
    // Resolved as a browser resolves it on the entry's page.
    target = new URL(trimmed, new URL(pagePath, root));
  } catch {
    return undefined;
  }
  if (target.origin !== root.origin) return undefined;
  const pathname = decodeURIComponent(target.pathname);
  // Outside the site's base path: kept whole (with its leading "/"), which no route matches.
  if (!pathname.startsWith(root.pathname)) return pathname;
  return pathname.slice(root.pathname.length);
}

/** Problems with the internal links of one entry's body. `pagePath` is the entry's own page ("reports/x/"), for relative links. */
export function bodyLinkProblems(
  file: string,
  pagePath: string,
  links: readonly BodyLink[],
  site: SiteMap,
): ContentProblem[] {
  return links.flatMap((link) => {
    const target = sitePath(link.url, pagePath, site.siteUrl);
    if (target === undefined) return [];
    const message = linkProblem(target, site);
    return message
      ? [{ file, field: '', line: link.line, column: link.column, message: `link to ${link.url}: ${message}` }]
      : [];
  });
}

function linkProblem(target: string, site: SiteMap): string | undefined {
  if (target.startsWith('/')) {
    const base = new URL(site.siteUrl ?? 'https://site.invalid/').pathname;
    return `found an address outside the site, which is published under ${base}; write the link relative to this page, such as ../../powers/closure-order/, so it works wherever the site is published`;
  }
  const segments = target.split('/').filter(Boolean);
  const [folder, id] = segments;
  if (folder === 'reports' && id !== undefined && site.hiddenReports.has(id))
    return `found "${id}", a draft or exempt report; expected a published or withdrawn report (a draft or exempt report has no page and must not be linked from one)`;
  if (site.routes.some((route) => matches(route, segments, site.pages))) return undefined;
  if (folder !== undefined && id !== undefined && site.pages.has(folder))
    return `found "${id}", expected the id of an entry with a page under /${folder}/`;
  return `found no page of this site at /${target}; expected a page such as /powers/closure-order/ (copy the address from the built site)`;
}

/** True when a route pattern matches the link's path; "[id]" under a folder of entries must be one of them. */
function matches(route: string, segments: readonly string[], pages: ReadonlyMap<string, ReadonlySet<string>>): boolean {
  const parts = route.split('/').filter(Boolean);
  if (parts.length !== segments.length) return false;
  return parts.every((part, i) => {
    const segment = segments[i]!;
    const param = /^\[([a-z]+)\](.*)$/i.exec(part);
    if (!param) return part === segment;
    const suffix = param[2]!;
    if (!segment.endsWith(suffix) || segment.length === suffix.length) return false;
    const value = segment.slice(0, segment.length - suffix.length);
    const ids = param[1] === 'id' && i > 0 ? pages.get(parts[i - 1]!) : undefined;
    return ids ? ids.has(value) : true;
  });
}
