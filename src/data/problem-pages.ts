/** Everything a problem's page shows besides the problem itself: one call per page, from getStaticPaths. */
import { getPowers, getProblems } from './content.ts';
import { getLeadDirectory, leadsOf, phoneFallback } from './leads.ts';
import { resolveIds } from '../lib/powers.ts';
import { rankForNation } from '../lib/nations.ts';

export async function problemPagePaths() {
  const [problems, powers, directory] = await Promise.all([getProblems(), getPowers(), getLeadDirectory()]);
  return problems.map((problem) => {
    const leads = leadsOf(directory, 'problems', problem.id, [problem.data.lead]);
    return {
      params: { id: problem.id },
      props: {
        problem,
        ranked: rankForNation(
          problem.data.powers.map((fit, i) => ({
            power: resolveIds([fit.power], powers, `${problem.id} powers[${i}]`)[0]!,
            why: fit.why,
          })),
          powers,
        ),
        leads,
        orRing: phoneFallback(directory, leads),
        overlay: directory.overlays.get(`problems/${problem.id}`),
      },
    };
  });
}
