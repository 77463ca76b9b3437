/**
 * A power as a council in one nation sees it: that nation's law in the power's own fields, and
 * what is different in the other nation one step away. Pure: the caller says which nation.
 */
import type { Power } from '../schemas/power.ts';
import { nationFields, nationsIn, type DoesNotApply, type Nation, type NationField } from '../schemas/nation.ts';

export const nationNames: Record<Nation, string> = { england: 'England', wales: 'Wales' };

export function otherNation(nation: Nation): Nation {
  return nation === 'england' ? 'wales' : 'england';
}

export type NationFacts = Partial<Pick<Power, NationField>>;

/** What a council in one nation needs to know about a power's law there and in the other nation. */
export interface NationView {
  /** The council's nation. */
  nation: Nation;
  /** Set when the power is not used in the council's nation: why, and what is used instead. */
  notHere?: DoesNotApply;
  /** The fields whose value differs between the two nations (both use the power). */
  differing: NationField[];
  /** Where the council's nation's differing facts come from. */
  sources: Power['sources'];
  /** The other nation: its facts for the differing fields, or why it does not use the power. */
  other: { nation: Nation; facts: NationFacts; notThere?: DoesNotApply; sources: Power['sources'] };
}

export type PowerInNation = Power & { inNation: NationView };

/** True when the power can be used in the nation (its extent covers it). */
export function appliesIn(power: Pick<Power, 'extent'>, nation: Nation): boolean {
  return nationsIn[power.extent].includes(nation);
}

/** The power's facts in one nation: its own fields, with that nation's overrides laid over them. */
function factsIn(power: Power, nation: Nation, fields: readonly NationField[]): NationFacts {
  const law = power.nations[nation];
  return Object.fromEntries(fields.map((f) => [f, law?.[f] !== undefined ? law[f] : power[f]]));
}

/**
 * The power as a council in `nation` sees it. Where the power is used there, its fields carry
 * that nation's law; where it is not, they keep the law of the nation that uses it and
 * `inNation.notHere` says why. Either way `inNation.other` holds what the other nation has.
 */
export function powerInNation(power: Power, nation: Nation): PowerInNation {
  const other = otherNation(nation);
  const here = power.nations[nation];
  const there = power.nations[other];
  const overridden = nationFields.filter((f) => here?.[f] !== undefined || there?.[f] !== undefined);
  const usedHere = appliesIn(power, nation);
  const usedThere = appliesIn(power, other);
  const bothUse = usedHere && usedThere;
  const differing = bothUse
    ? overridden.filter(
        (f) => JSON.stringify(factsIn(power, nation, [f])[f]) !== JSON.stringify(factsIn(power, other, [f])[f]),
      )
    : [];
  // The schema requires doesNotApply for a nation outside the extent; the fallback only keeps the type honest.
  const notUsed = (n: Nation): DoesNotApply =>
    power.nations[n]?.doesNotApply ?? { note: `This power is not used in ${nationNames[n]}.`, use: [] };
  const view: NationView = {
    nation,
    ...(usedHere ? {} : { notHere: notUsed(nation) }),
    differing,
    sources: usedHere && differing.length > 0 ? (here?.sources ?? []) : [],
    other: {
      nation: other,
      facts: bothUse ? factsIn(power, other, differing) : {},
      ...(usedThere ? {} : { notThere: notUsed(other) }),
      sources: there?.sources ?? [],
    },
  };
  const shown = usedHere ? factsIn(power, nation, overridden) : usedThere ? factsIn(power, other, overridden) : {};
  return { ...power, ...shown, inNation: view };
}

/** The powers a council in its nation can use now or once in force: not repealed, and used in that nation. */
export function currentPowersHere<T extends { data: Pick<PowerInNation, 'status' | 'inNation'> }>(
  powers: readonly T[],
): T[] {
  return powers.filter(isCurrentHere);
}

/** Not repealed, and used in the council's nation: a power that area pages offer. */
export function isCurrentHere(power: { data: Pick<PowerInNation, 'status' | 'inNation'> }): boolean {
  return power.data.status !== 'repealed' && !power.data.inNation.notHere;
}

/** In force and used in the council's nation: a power on the side-by-side comparison. */
export function isInForceHere(power: { data: Pick<PowerInNation, 'status' | 'inNation'> }): boolean {
  return power.data.status === 'in-force' && !power.data.inNation.notHere;
}

export interface PowerLink {
  id: string;
  title: string;
}

/** The powers a "does not apply" note names as used instead, with their titles, failing loudly on an unknown id. */
export function insteadOf(
  notUsed: DoesNotApply | undefined,
  powers: readonly { id: string; data: { title: string } }[],
  field: string,
): PowerLink[] {
  return (notUsed?.use ?? []).map((id) => {
    const found = powers.find((p) => p.id === id);
    if (!found) throw new Error(`${field}: no power with id "${id}"`);
    return { id, title: found.data.title };
  });
}

/** For a power page: what the council's nation uses instead (when it does not use the power), and what the other nation uses. */
export function nationAlternatives(
  power: { id: string; data: PowerInNation },
  powers: readonly { id: string; data: { title: string } }[],
): { here: PowerLink[]; there: PowerLink[] } {
  const view = power.data.inNation;
  return {
    here: insteadOf(view.notHere, powers, `${power.id} nations.${view.nation}.doesNotApply.use`),
    there: insteadOf(view.other.notThere, powers, `${power.id} nations.${view.other.nation}.doesNotApply.use`),
  };
}

/** A ranked power in a problem's list, as the problem page has it. */
interface Ranked {
  power: { id: string; data: PowerInNation };
}

export type RankedElsewhere<T> = T & { notHere: DoesNotApply; instead: PowerLink[] };

/**
 * A problem's ranked powers split for a council's nation: those used there, best first, and
 * those that are not, each with what to use instead.
 */
export function rankForNation<T extends Ranked>(
  ranked: readonly T[],
  powers: readonly { id: string; data: { title: string } }[],
): { here: T[]; elsewhere: RankedElsewhere<T>[] } {
  const here: T[] = [];
  const elsewhere: RankedElsewhere<T>[] = [];
  for (const item of ranked) {
    const { notHere, nation } = item.power.data.inNation;
    if (!notHere) here.push(item);
    else
      elsewhere.push({
        ...item,
        notHere,
        instead: insteadOf(notHere, powers, `${item.power.id} nations.${nation}.doesNotApply.use`),
      });
  }
  return { here, elsewhere };
}

/** "Not used in Wales": the words on tags and headings for a power outside the council's nation. */
export function notUsedLabel(nation: Nation): string {
  return `Not used in ${nationNames[nation]}`;
}
