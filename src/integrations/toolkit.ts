/**
 * The toolkit's build steps around Astro's own:
 * - before anything is built, the integrity check runs and stops the build listing every problem;
 * - after the pages are written, Pagefind indexes them for search.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { writeFileSync } from 'node:fs';
import { describeProblems, runCheck, todayInLondon } from '../node/run-check.ts';
import { buildRobots, buildSitemap } from '../lib/sitemap.ts';

export interface ToolkitOptions {
  /** Absolute path of the content folder. */
  contentDir: string;
  /** The day the build counts as today (YYYY-MM-DD). */
  asOf?: string | undefined;
  /** The address the site is published at, with its base path. */
  siteUrl: string;
}

export default function toolkit(options: ToolkitOptions): AstroIntegration {
  return {
    name: 'community-safety-toolkit',
    hooks: {
      'astro:config:setup': ({ config, command }) => {
        if (command !== 'build' && command !== 'dev') return;
        const root = fileURLToPath(config.root);
        const { problems } = runCheck(options.contentDir, root, options.asOf ?? todayInLondon());
        if (problems.length > 0) throw new ContentError(describeProblems(problems));
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        writeFileSync(new URL('sitemap.xml', dir), buildSitemap(options.siteUrl, pages.map((p) => p.pathname)));
        writeFileSync(new URL('robots.txt', dir), buildRobots(options.siteUrl));
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: fileURLToPath(dir) });
        if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`Search index: ${added.page_count} pages`);
      },
    },
  };
}

/** A content problem: the message is the whole report, so no stack trace is needed. */
class ContentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContentError';
    this.stack = `${this.name}: ${message}`;
  }
}
