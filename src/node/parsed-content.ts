/**
 * The content folder read from disk and parsed with the schemas, for command-line tools that need
 * whole entries (the digest). It reads with the same reader as `npm run check`, and, like
 * src/data/content.ts for the site, it never returns a draft or exempt report.
 * Run the integrity check first: this throws on the first entry that does not parse.
 */
import type { z } from 'zod';
import { collections, collectionNames, type CollectionName } from '../schemas/collections.ts';
import type { Report } from '../schemas/report.ts';
import { isPublicReport } from '../lib/public-reports.ts';
import { siteSchema, type Site } from '../schemas/site.ts';
import { readContent } from './read-content.ts';
import type { ContentLayout } from './build-settings.ts';

export type ParsedEntries = {
  [C in CollectionName]: { id: string; data: z.output<(typeof collections)[C]['schema']> }[];
};

export interface ParsedContent {
  site: Site;
  entries: ParsedEntries;
}

export function readParsedContent(layout: ContentLayout, projectRoot: string): ParsedContent {
  const { snapshot, problems } = readContent(layout, projectRoot);
  if (problems.length > 0) throw new Error(`${problems[0]!.file}: ${problems[0]!.message}`);
  const entries = Object.fromEntries(collectionNames.map((name) => [name, []])) as unknown as ParsedEntries;
  for (const raw of snapshot.entries) {
    const result = (collections[raw.collection].schema as z.ZodType).safeParse(raw.data);
    if (!result.success) throw new Error(`${raw.file}: does not pass its schema; run npm run check`);
    (entries[raw.collection] as { id: string; data: unknown }[]).push({ id: raw.id, data: result.data });
  }
  entries.reports = entries.reports.filter((r) => isPublicReport(r.data as Report));
  return { site: siteSchema.parse(snapshot.site.data), entries };
}
