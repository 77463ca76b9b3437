/** What the problem finder shows: the commonest complaints in order, and every problem by theme. */
import { getCommonComplaints, getProblems } from './content.ts';
import { groupProblems, resolveIds } from '../lib/powers.ts';

export async function getProblemFinder() {
  const problems = await getProblems();
  const order = getCommonComplaints();
  const common = order && {
    problems: resolveIds(order.problems, problems, 'common-complaints.yaml problems'),
    basis: order.basis,
    sources: order.sources,
    ifNothingWorks: order.ifNothingWorks
      ? resolveIds([order.ifNothingWorks], problems, 'common-complaints.yaml ifNothingWorks')[0]
      : undefined,
  };
  return { groups: groupProblems(problems), common };
}
