/** An area's local priorities, each with the national problem page it names, for the area page. */
import type { WithId } from './types.ts';

export interface PriorityLink {
  title: string;
  /** The problem the priority names, with its title (its id when no such problem is published). */
  problem?: { id: string; title: string };
}

export function priorityLinks(
  priorities: readonly { title: string; problem?: string | undefined }[],
  problems: readonly WithId<{ title: string }>[],
): PriorityLink[] {
  const titles = new Map(problems.map((p) => [p.id, p.data.title]));
  return priorities.map(({ title, problem }) =>
    problem ? { title, problem: { id: problem, title: titles.get(problem) ?? problem } } : { title },
  );
}
