/** The legislation timeline: oldest first, each item with the powers it created, changed or repealed. */
import type { Legislation } from '../schemas/legislation.ts';
import type { Power } from '../schemas/power.ts';
import { resolveIds } from './powers.ts';
import type { WithId } from './types.ts';

export interface TimelineItem<L, P> {
  date: string;
  entry: L;
  changes: { verb: 'Created' | 'Changed' | 'Repealed'; power: P }[];
}

export function buildTimeline<L extends WithId<Legislation>, P extends WithId<Power>>(
  legislation: readonly L[],
  powers: readonly P[],
): TimelineItem<L, P>[] {
  return [...legislation]
    .sort((a, b) => a.data.date.localeCompare(b.data.date) || a.data.title.localeCompare(b.data.title))
    .map((entry) => ({
      date: entry.data.date,
      entry,
      changes: [
        ...resolveIds(entry.data.introduces, powers, `${entry.id} introduces`).map((power) => ({
          verb: 'Created' as const,
          power,
        })),
        ...resolveIds(entry.data.amends, powers, `${entry.id} amends`).map((power) => ({
          verb: 'Changed' as const,
          power,
        })),
        ...resolveIds(entry.data.repeals, powers, `${entry.id} repeals`).map((power) => ({
          verb: 'Repealed' as const,
          power,
        })),
      ],
    }));
}
