/**
 * "What changed in the law": the national changelog (content/national/changelog.yaml) as every
 * council's site shows it, newest first, each change linking to the pages it touched. Pure: the
 * caller passes the changelog and a way to name each page.
 */
import type { NationalChange } from '../schemas/national-changelog.ts';

export type ChangedCollection = 'powers' | 'problems' | 'legislation';

export interface ChangedPage {
  collection: ChangedCollection;
  id: string;
  title: string;
}

export interface LawChange {
  /** The change's anchor on the page, stable while the changelog keeps its order: "change-2026-11-23-2". */
  anchor: string;
  date: string;
  kind: NationalChange['kind'];
  summary: string;
  why: string;
  pages: ChangedPage[];
}

/**
 * Newest first; changes on the same day keep the changelog's order. `titleOf` names a page; the
 * check has already refused a changelog entry that names a page that does not exist, so a missing
 * title here is a bug and throws.
 */
export function lawChanges(
  changelog: readonly NationalChange[],
  titleOf: (collection: ChangedCollection, id: string) => string | undefined,
): LawChange[] {
  const newestFirst = changelog
    .map((change, order) => ({ change, order }))
    .sort((a, b) => b.change.date.localeCompare(a.change.date) || a.order - b.order);
  const seen = new Map<string, number>();
  return newestFirst.map(({ change }) => {
    const n = (seen.get(change.date) ?? 0) + 1;
    seen.set(change.date, n);
    return {
      anchor: `change-${change.date}-${n}`,
      date: change.date,
      kind: change.kind,
      summary: change.summary.trim(),
      why: change.why.trim(),
      pages: change.entries.map((entry) => {
        const [collection, id] = entry.split('/') as [ChangedCollection, string];
        const title = titleOf(collection, id);
        if (title === undefined) throw new Error(`lawChanges: the changelog names ${entry}, which does not exist`);
        return { collection, id, title };
      }),
    };
  });
}

/** The changes on or after a day (for "in the last 90 days"). */
export function lawChangesSince(changes: readonly LawChange[], since: string): LawChange[] {
  return changes.filter((c) => c.date >= since);
}
