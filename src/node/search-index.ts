/**
 * Builds the Pagefind search index of a built site, in its own step after `astro build` has exited
 * (scripts/build.ts). Run apart, the build's peak memory is the larger of Astro's and Pagefind's,
 * not their sum: Pagefind holds every indexed word in memory while it works (bench/RESULTS.md).
 */
import path from 'node:path';
import * as pagefind from 'pagefind';

export interface IndexedSite {
  pages: number;
}

export async function buildSearchIndex(siteDir: string): Promise<IndexedSite> {
  const { index, errors } = await pagefind.createIndex({});
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${siteDir}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: path.join(siteDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}
