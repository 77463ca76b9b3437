/** Plain functions over powers and problems: grouping, ordering and the links between them. */
import type { Power, PowerStatus } from '../schemas/power.ts';
import type { Problem, ProblemGroup } from '../schemas/problem.ts';
import { problemGroups } from '../schemas/problem.ts';
import { byTitle } from './format.ts';
import type { WithId } from './types.ts';

const statusOrder: PowerStatus[] = ['in-force', 'not-yet-in-force', 'repealed'];

/** Powers grouped by status (in force first), A to Z within each group; empty groups left out. */
export function groupPowersByStatus<T extends WithId<Power>>(
  powers: readonly T[],
): { status: PowerStatus; powers: T[] }[] {
  return statusOrder
    .map((status) => ({
      status,
      powers: powers.filter((p) => p.data.status === status).sort((a, b) => byTitle(a.data, b.data)),
    }))
    .filter((group) => group.powers.length > 0);
}

/** Problems grouped in the problem finder's order, A to Z within each group; empty groups left out. */
export function groupProblems<T extends WithId<Problem>>(
  problems: readonly T[],
): { group: ProblemGroup; problems: T[] }[] {
  return problemGroups
    .map((group) => ({
      group,
      problems: problems.filter((p) => p.data.group === group).sort((a, b) => byTitle(a.data, b.data)),
    }))
    .filter((g) => g.problems.length > 0);
}

/** The problems a power fits, with the reason and its rank there (1 = best fit), best rank first. */
export function problemsForPower<T extends WithId<Problem>>(
  powerId: string,
  problems: readonly T[],
): { problem: T; why: string; rank: number }[] {
  return problems
    .flatMap((problem) => {
      const index = problem.data.powers.findIndex((p) => p.power === powerId);
      return index === -1 ? [] : [{ problem, why: problem.data.powers[index]!.why, rank: index + 1 }];
    })
    .sort((a, b) => a.rank - b.rank || byTitle(a.problem.data, b.problem.data));
}

// Pages resolve ids against the same whole-collection arrays thousands of times in a build, so
// each array is indexed once. Arrays are never changed after they are indexed (pages only read).
const indexes = new WeakMap<readonly { id: string }[], Map<string, { id: string }>>();
function indexById<T extends { id: string }>(entries: readonly T[]): Map<string, T> {
  let byId = indexes.get(entries);
  if (!byId) indexes.set(entries, (byId = new Map(entries.map((e) => [e.id, e]))));
  return byId as Map<string, T>;
}

/** Looks up entries by id, failing loudly: the integrity check should make a miss impossible. */
export function resolveIds<T extends { id: string }>(
  ids: readonly string[],
  entries: readonly T[],
  field: string,
): T[] {
  const byId = indexById(entries);
  return ids.map((id) => {
    const found = byId.get(id);
    if (!found) throw new Error(`${field}: no entry with id "${id}"`);
    return found;
  });
}

/** A power's heading: its title, with its abbreviation when it has one: "Public spaces protection order (PSPO)". */
export function headingOf(power: Pick<Power, 'title' | 'shortName'>): string {
  const short = power.shortName.trim();
  const isAbbreviation = /^[A-Z]{2,6}s?$/.test(short);
  return !isAbbreviation || power.title.includes(short) ? power.title : `${power.title} (${short})`;
}
