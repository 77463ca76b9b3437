/** The members' briefing: items by month and by kind, and as feed items. Pure. */
import { briefingKinds, type Briefing } from '../schemas/briefing.ts';
import type { FeedItem } from './feeds.ts';
import { briefingKindLabels } from './labels.ts';

export type BriefingKind = (typeof briefingKinds)[number];

export interface BriefingEntry {
  id: string;
  data: Pick<Briefing, 'title' | 'date' | 'kind' | 'summary'>;
}

/** Newest first; items of the same day by title, so the order never depends on file order. */
export function newestFirst<T extends BriefingEntry>(items: readonly T[]): T[] {
  return [...items].sort(
    (a, b) => b.data.date.localeCompare(a.data.date) || a.data.title.localeCompare(b.data.title, 'en-GB'),
  );
}

export interface MonthGroup<T> {
  /** YYYY-MM */
  month: string;
  items: T[];
}

/** Items grouped by calendar month, newest month first and newest item first within it. */
export function groupByMonth<T extends BriefingEntry>(items: readonly T[]): MonthGroup<T>[] {
  const groups: MonthGroup<T>[] = [];
  for (const item of newestFirst(items)) {
    const month = item.data.date.slice(0, 7);
    const last = groups.at(-1);
    if (last?.month === month) last.items.push(item);
    else groups.push({ month, items: [item] });
  }
  return groups;
}

/** How many items of each kind, every kind present (zero when none). */
export function countByKind(items: readonly BriefingEntry[]): Record<BriefingKind, number> {
  const counts = Object.fromEntries(briefingKinds.map((k) => [k, 0])) as Record<BriefingKind, number>;
  for (const item of items) counts[item.data.kind] += 1;
  return counts;
}

/** Briefing items as feed items; `urlOf` gives each item's absolute page address. */
export function briefingFeedItems(items: readonly BriefingEntry[], urlOf: (id: string) => string): FeedItem[] {
  return newestFirst(items).map((b) => ({
    url: urlOf(b.id),
    title: b.data.title,
    date: b.data.date,
    summary: b.data.summary.trim(),
    categories: [{ term: b.data.kind, label: briefingKindLabels[b.data.kind] }],
  }));
}

/** Headings for sections of a list grouped by kind ("Changes in the law"), in reading order. */
export const briefingKindHeadings: Record<BriefingKind, string> = {
  'legislative-change': 'Changes in the law',
  achievement: 'Achievements',
  'recommendation-update': 'Scrutiny recommendations',
  meeting: 'Meetings',
  general: 'Other news',
};
