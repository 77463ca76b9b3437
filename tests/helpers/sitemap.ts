/** The paths of every page in the built site's sitemap. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { exampleDist } from './paths.ts';

export function sitemapPaths(root = exampleDist): string[] {
  const xml = readFileSync(path.join(root, 'sitemap.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}
