/**
 * The labels a search result shows after its type, read from the page's search metadata, which
 * src/lib/search-labels.ts words at build time. Apart from it because the search page runs this
 * and should not load the formatting module (src/lib/format.ts) that one needs. Pure.
 */

/** A label on a search result: its words and the tag style (a power status, "extent" or "elsewhere"). */
export interface ResultTag {
  text: string;
  kind: string;
}

/** The Pagefind metadata a power page writes for its search result (src/pages/powers/[id].astro, OtherNation.astro). */
export interface ResultMeta {
  notice?: string | undefined;
  power_status?: string | undefined;
  extent?: string | undefined;
  nation_note?: string | undefined;
}

/**
 * The labels a search result shows after its type: whether the power is repealed or not yet in
 * force, then where it applies. On a council's site in a nation that does not use the power,
 * "Not used in Wales" (or England) takes the place of "England only": it says what matters to
 * that reader, and the two together would say the same thing twice.
 */
export function resultTags(meta: ResultMeta): ResultTag[] {
  const tags: ResultTag[] = [];
  if (meta.notice) tags.push({ text: meta.notice, kind: meta.power_status ?? 'in-force' });
  if (meta.nation_note) tags.push({ text: meta.nation_note, kind: 'elsewhere' });
  else if (meta.extent) tags.push({ text: meta.extent, kind: 'extent' });
  return tags;
}
