/** The route patterns of the site's pages, read from src/pages, for checking links in bodies. */
import { readdirSync } from 'node:fs';
import path from 'node:path';

/** "powers/[id].astro" -> "powers/[id]/", "powers/index.astro" -> "powers/", "contacts/[id].vcf.ts" -> "contacts/[id].vcf". */
export function siteRoutes(projectRoot: string): string[] {
  const pagesDir = path.join(projectRoot, 'src/pages');
  return readdirSync(pagesDir, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(path.sep).join('/'))
    .flatMap((file) => {
      if (file.endsWith('.astro')) {
        const route = file.slice(0, -'.astro'.length);
        return [route === 'index' ? '' : route.endsWith('/index') ? route.slice(0, -'index'.length) : `${route}/`];
      }
      if (file.endsWith('.ts')) return [file.slice(0, -'.ts'.length)];
      return [];
    })
    .sort();
}
