/**
 * Draft and exempt reports are kept out of Astro's content layer altogether, so nothing of them
 * (their text, their id, an image only they use) can be compiled into the site. The integrity
 * check reads them from disk on its own (src/node/read-content.ts), so they are still checked.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';

const frontMatter = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** The file names in a reports folder whose status is not published or withdrawn (or cannot be read). */
export function hiddenReportFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /\.mdx?$/.test(name))
    .filter((name) => {
      try {
        const match = frontMatter.exec(readFileSync(path.join(dir, name), 'utf8'));
        const status = (yaml.load(match?.[1] ?? '', { schema: yaml.CORE_SCHEMA }) as { status?: unknown } | null)
          ?.status;
        return status !== 'published' && status !== 'withdrawn';
      } catch {
        return true; // unreadable: the check names its problem and stops the build
      }
    })
    .sort();
}
