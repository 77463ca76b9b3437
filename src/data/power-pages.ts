/** Everything a power's page shows besides the power itself: one call per page, from getStaticPaths. */
import { getAreas, getLegislation, getPowers, getProblems, getSite } from './content.ts';
import { getLeadDirectory, leadsOf } from './leads.ts';
import { entryHref } from './paths.ts';
import { groupPowersByStatus, problemsForPower, resolveIds } from '../lib/powers.ts';
import { isCurrentHere, isInForceHere, nationAlternatives, nationNames } from '../lib/nations.ts';
import { powerSearchMeta, powerSearchRank } from '../lib/power-page.ts';

export async function powerPagePaths() {
  const [powers, directory, legislation, problems, areas] = await Promise.all([
    getPowers(),
    getLeadDirectory(),
    getLegislation(),
    getProblems(),
    getAreas(),
  ]);
  return powers.map((power) => {
    const replacedBy = resolveIds(power.data.replacedBy, powers, `${power.id} replacedBy`);
    return {
      params: { id: power.id },
      props: {
        power,
        replacedBy,
        searchMeta: powerSearchMeta(
          power.data,
          replacedBy.map((r) => ({ title: r.data.title, href: entryHref('powers', r.id) })),
        ),
        searchRank: powerSearchRank(power.data.status),
        offersAreas: isCurrentHere(power),
        leads: leadsOf(directory, 'powers', power.id, power.data.leads),
        overlay: directory.overlays.get(`powers/${power.id}`),
        replaces: resolveIds(power.data.replaces, powers, `${power.id} replaces`),
        changedBy: resolveIds(power.data.changedBy, legislation, `${power.id} changedBy`),
        related: problemsForPower(power.id, problems),
        instead: nationAlternatives(power, powers),
        legislation,
        areas,
      },
    };
  });
}

/** The powers A to Z: the council's nation's powers by status, then the other nation's own powers. */
export async function powersIndexPage() {
  const powers = await getPowers();
  return {
    groups: groupPowersByStatus(powers.filter((p) => !p.data.inNation.notHere)),
    elsewhere: powers.filter((p) => p.data.inNation.notHere),
    nation: getSite().nation,
  };
}

/** The side-by-side comparison: the powers in force in the council's nation, with that nation's facts. */
export async function powersComparePage() {
  return {
    powers: (await getPowers()).filter(isInForceHere),
    nation: nationNames[getSite().nation],
  };
}
