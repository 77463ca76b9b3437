/** The national changelog with each changed page's title, for "What changed in the law". */
import { getLegislation, getNationalChangelog, getPowers, getProblems } from './content.ts';
import { lawChanges, type ChangedCollection, type LawChange } from '../lib/law-changes.ts';

export async function getLawChanges(): Promise<LawChange[]> {
  const [powers, problems, legislation] = await Promise.all([getPowers(), getProblems(), getLegislation()]);
  const titles = new Map<string, string>([
    ...powers.map((e) => [`powers/${e.id}`, e.data.title] as const),
    ...problems.map((e) => [`problems/${e.id}`, e.data.title] as const),
    ...legislation.map((e) => [`legislation/${e.id}`, e.data.title] as const),
  ]);
  return lawChanges(getNationalChangelog(), (collection: ChangedCollection, id: string) =>
    titles.get(`${collection}/${id}`),
  );
}
