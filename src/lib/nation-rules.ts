/**
 * Rules across entries for England and Wales: what a power names as used instead in a nation must
 * be used there, and a problem that offers a power not used in a nation also offers what is.
 * Pure: the caller passes the entries that passed their schemas.
 */
import type { Power } from '../schemas/power.ts';
import type { Problem } from '../schemas/problem.ts';
import { nations } from '../schemas/nation.ts';
import { appliesIn, nationNames } from './nations.ts';
import type { ContentProblem } from './problems.ts';
import type { ValidEntry } from './snapshot.ts';

export function nationProblems(valid: readonly ValidEntry[]): ContentProblem[] {
  const powers = new Map(
    valid
      .filter((e) => e.raw.collection === 'powers')
      .map((e) => [e.raw.id, { file: e.raw.file, power: e.data as Power }]),
  );
  const problems: ContentProblem[] = [];

  for (const { file, power } of powers.values())
    for (const n of nations)
      power.nations[n]?.doesNotApply?.use.forEach((id, i) => {
        const used = powers.get(id)?.power;
        if (used && !appliesIn(used, n))
          problems.push({
            file,
            field: `nations.${n}.doesNotApply.use[${i}]`,
            message: `found "${id}", whose extent is ${used.extent}; expected a power used in ${nationNames[n]}`,
          });
      });

  for (const entry of valid.filter((e) => e.raw.collection === 'problems')) {
    const ranked = (entry.data as Problem).powers.map((p) => p.power);
    ranked.forEach((id, i) => {
      const power = powers.get(id)?.power;
      if (!power) return;
      for (const n of nations) {
        const use = power.nations[n]?.doesNotApply?.use ?? [];
        if (use.length === 0 || use.some((u) => ranked.includes(u))) continue;
        problems.push({
          file: entry.raw.file,
          field: `powers[${i}].power`,
          message: `"${id}" is not used in ${nationNames[n]}; expected the problem to rank what is used there instead too: ${use.map((u) => `"${u}"`).join(' or ')}`,
        });
      }
    });
  }
  return problems;
}
