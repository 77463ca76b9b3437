/** The content review dates page's data: one call. */
import { asOf } from './build-date.ts';
import { getAllPublicEntries, getSite } from './content.ts';
import { dueNext, staleEntries } from '../lib/freshness.ts';
import { groupInOrder } from '../lib/group.ts';
import { collectionNames } from '../schemas/collections.ts';

/** Entries past their review date, by collection and longest overdue first, and the ten due next. */
export async function freshnessPage() {
  const period = getSite().reviewPeriodDays;
  const entries = (await getAllPublicEntries()).map((e) => ({
    collection: e.collection,
    id: e.id,
    title: e.data.title,
    reviewed: e.data.reviewed,
    reviewBy: e.data.reviewBy,
  }));
  const stale = staleEntries(entries, period, asOf);
  return {
    asOf,
    period,
    stale,
    groups: groupInOrder(stale, (e) => e.collection, collectionNames),
    next: dueNext(entries, period, asOf, 10),
  };
}
