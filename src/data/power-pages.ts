/** Everything a power's page shows besides the power itself: one call per page, from getStaticPaths. */
import { getAreas, getLegislation, getPowers, getProblems } from './content.ts';
import { getLeadDirectory, leadsOf } from './leads.ts';
import { problemsForPower, resolveIds } from '../lib/powers.ts';
import { nationAlternatives } from '../lib/nations.ts';

export async function powerPagePaths() {
  const [powers, directory, legislation, problems, areas] = await Promise.all([
    getPowers(),
    getLeadDirectory(),
    getLegislation(),
    getProblems(),
    getAreas(),
  ]);
  return powers.map((power) => ({
    params: { id: power.id },
    props: {
      power,
      leads: leadsOf(directory, 'powers', power.id, power.data.leads),
      overlay: directory.overlays.get(`powers/${power.id}`),
      replaces: resolveIds(power.data.replaces, powers, `${power.id} replaces`),
      replacedBy: resolveIds(power.data.replacedBy, powers, `${power.id} replacedBy`),
      changedBy: resolveIds(power.data.changedBy, legislation, `${power.id} changedBy`),
      related: problemsForPower(power.id, problems),
      instead: nationAlternatives(power, powers),
      legislation,
      areas,
    },
  }));
}
