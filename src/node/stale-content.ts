/**
 * Entries past their review date, read from the content folder on disk for `npm run check`.
 * Every file with a review date counts, draft and exempt reports included: the check is for
 * editors, not the public. Entries whose dates cannot be read are left to the integrity check,
 * which reports them as problems.
 */
import { isRealIsoDate } from '../schemas/iso-date.ts';
import { siteSchema } from '../schemas/site.ts';
import { staleEntries, type Reviewable, type StaleEntry } from '../lib/freshness.ts';
import { readContent } from './read-content.ts';
import type { ContentLayout } from './build-settings.ts';

export interface ReviewableFile extends Reviewable {
  /** Path relative to the project root. */
  file: string;
}

function reviewDates(file: string, data: unknown): ReviewableFile | undefined {
  const { reviewed, reviewBy } = (data ?? {}) as { reviewed?: unknown; reviewBy?: unknown };
  if (typeof reviewed !== 'string' || !isRealIsoDate(reviewed)) return undefined;
  if (reviewBy !== undefined && (typeof reviewBy !== 'string' || !isRealIsoDate(reviewBy))) return undefined;
  return { file, reviewed, ...(reviewBy === undefined ? {} : { reviewBy }) };
}

/** The site's review period from site.yaml, or the schema's default when it sets none. */
function reviewPeriod(siteData: unknown): number {
  const raw = (siteData as { reviewPeriodDays?: unknown } | undefined)?.reviewPeriodDays;
  const parsed = siteSchema.shape.reviewPeriodDays.safeParse(raw);
  return parsed.success ? parsed.data : siteSchema.shape.reviewPeriodDays.parse(undefined);
}

export function findStaleContent(
  layout: ContentLayout,
  projectRoot: string,
  asOf: string,
): StaleEntry<ReviewableFile>[] {
  const { snapshot } = readContent(layout, projectRoot);
  const files = [
    ...snapshot.entries.map((e) => reviewDates(e.file, e.data)),
    ...snapshot.overlays.map((o) => reviewDates(o.file, o.data)),
    reviewDates(snapshot.partnership.file, snapshot.partnership.data),
  ].filter((f): f is ReviewableFile => f !== undefined);
  return staleEntries(files, reviewPeriod(snapshot.site.data), asOf);
}
