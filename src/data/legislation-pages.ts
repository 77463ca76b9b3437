/** The legislation pages' data: one call per page. */
import { getLegislation, getPowers } from './content.ts';
import { resolveIds } from '../lib/powers.ts';
import { buildTimeline } from '../lib/timeline.ts';

/** Each legislation entry with the powers it created, changed and repealed. */
export async function legislationPagePaths() {
  const [legislation, powers] = await Promise.all([getLegislation(), getPowers()]);
  return legislation.map((entry) => ({
    params: { id: entry.id },
    props: {
      entry,
      introduces: resolveIds(entry.data.introduces, powers, `${entry.id} introduces`),
      repeals: resolveIds(entry.data.repeals, powers, `${entry.id} repeals`),
      amends: resolveIds(entry.data.amends, powers, `${entry.id} amends`),
    },
  }));
}

/** The timeline page: every entry, oldest first, with the powers it touched. */
export async function legislationTimeline() {
  const [legislation, powers] = await Promise.all([getLegislation(), getPowers()]);
  return buildTimeline(legislation, powers);
}
