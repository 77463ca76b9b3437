/**
 * The toolkit's build steps around Astro's own:
 * - before anything is built, the integrity check runs and stops the build listing every problem;
 * - after the pages are written, the sitemap and robots.txt.
 * The search index is built after Astro exits, by scripts/build.ts (npm run build).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { describeProblems, runCheck } from '../node/run-check.ts';
import { todayInLondon } from '../node/clock.ts';
import { councilProblem, type ContentLayout } from '../node/build-settings.ts';
import { buildRobots, buildSitemap } from '../lib/sitemap.ts';

export interface ToolkitOptions {
  /** The content root and the council being built. */
  layout: ContentLayout;
  /** The day the build counts as today (YYYY-MM-DD). */
  asOf?: string | undefined;
  /** The address the site is published at, with its base path. */
  siteUrl: string;
}

export default function toolkit(options: ToolkitOptions): AstroIntegration {
  return {
    name: 'community-safety-toolkit',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const root = fileURLToPath(config.root);
        const unknownCouncil = councilProblem(options.layout.root, options.layout.council);
        if (unknownCouncil) throw new ContentError(unknownCouncil);
        const { problems } = runCheck(options.layout, root, options.asOf ?? todayInLondon());
        // Under npm run edit the site must start even when a saved entry has a problem, so the
        // officer can put it right in the CMS; the problems are printed instead.
        if (problems.length > 0 && command === 'dev' && process.env.CST_EDIT_PROXY)
          logger.warn(`Content problems (npm run check lists them too):\n${describeProblems(problems)}`);
        else if (problems.length > 0) throw new ContentError(describeProblems(problems));
      },
      'astro:build:done': ({ dir, pages, logger }) => {
        writeFileSync(
          new URL('sitemap.xml', dir),
          buildSitemap(
            options.siteUrl,
            pages.map((p) => p.pathname),
          ),
        );
        writeFileSync(new URL('robots.txt', dir), buildRobots(options.siteUrl));
        logger.info('Pages written. The search index is built next by npm run build (scripts/build.ts).');
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
