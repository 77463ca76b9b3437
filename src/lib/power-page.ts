/** What a power's page tells the site search about it, worked out from the power alone. */
import type { Power } from '../schemas/power.ts';
import { extentNote, powerStandingNote } from './search-labels.ts';

/** The search index's fields for a power's page. `replacedBy`: the titles and addresses of the powers that replaced it. */
export function powerSearchMeta(
  power: Pick<Power, 'summary' | 'status' | 'repealedOn' | 'extent'>,
  replacedBy: readonly { title: string; href: string }[],
) {
  return {
    summary: power.summary,
    power_status: power.status,
    notice: powerStandingNote(
      power,
      replacedBy.map((r) => r.title),
    ),
    extent: extentNote(power.extent),
    replaced_by: replacedBy.map((r) => r.href).join(' ') || undefined,
  };
}

/**
 * Where a power's page ranks in search. A power in force is what a councillor most often needs; one
 * not yet in force is searched for by name; a repealed one is history.
 */
export function powerSearchRank(status: Power['status']): 'primary' | 'standard' | 'background' {
  return status === 'in-force' ? 'primary' : status === 'repealed' ? 'background' : 'standard';
}
