/** Reading a built site: its pages, its links, and every byte of it (Pagefind's gzip files opened). */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

export function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .map((f) => path.join(root, f))
    .filter((f) => statSync(f).isFile())
    .sort();
}

/** The site's pages. The content manager (admin/) is Decap CMS's markup, not a page: tests/build/cms.test.ts checks it. */
export function htmlPages(root: string): string[] {
  return filesUnder(root).filter((f) => f.endsWith('.html') && !path.relative(root, f).startsWith(`admin${path.sep}`));
}

/** A file's text; gzip files (Pagefind's index and fragments) are decompressed first. */
export function readAsText(file: string): string {
  const bytes = readFileSync(file);
  const body = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
  return body.toString('utf8');
}

/** Every href and src in a page. */
export function linksIn(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&'));
}

export function idsIn(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
}

/** The file a site-internal link points at, or undefined for external and special links. */
export function targetFile(
  root: string,
  page: string,
  link: string,
  siteOrigin: string,
): { file: string; hash: string } | undefined {
  if (/^(mailto:|tel:|data:|javascript:)/.test(link)) return undefined;
  const pageUrl = new URL(path.relative(root, page).split(path.sep).join('/'), `${siteOrigin}/`);
  const url = new URL(link, pageUrl);
  if (url.origin !== siteOrigin) return undefined;
  let file = path.join(root, decodeURIComponent(url.pathname));
  if (url.pathname.endsWith('/')) file = path.join(file, 'index.html');
  return { file, hash: decodeURIComponent(url.hash.slice(1)) };
}

/** Every internal link or anchor of `pages` that leads nowhere, as "page -> link", paths relative to `root`. */
export function brokenLinks(root: string, pages: readonly string[], siteOrigin: string): string[] {
  const rel = (file: string) => path.relative(root, file).split(path.sep).join('/');
  const read = (file: string) => readFileSync(file, 'utf8');
  const broken: string[] = [];
  for (const page of pages) {
    const html = read(page);
    for (const link of linksIn(html)) {
      if (link.startsWith('#')) {
        if (link.length > 1 && !idsIn(html).has(link.slice(1))) broken.push(`${rel(page)} -> ${link}`);
        continue;
      }
      const target = targetFile(root, page, link, siteOrigin);
      if (!target) continue;
      if (!existsSync(target.file)) broken.push(`${rel(page)} -> ${link}`);
      else if (target.hash && target.file.endsWith('.html') && !idsIn(read(target.file)).has(target.hash))
        broken.push(`${rel(page)} -> ${link} (no such anchor)`);
    }
  }
  return broken;
}
