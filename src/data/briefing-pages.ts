/** Everything a briefing's page links to, resolved from its ids: one call per page, from getStaticPaths. */
import { getBriefings, getLegislation, getMeetings, getPowers, getPublicReports } from './content.ts';
import { feedLinks } from './feeds.ts';
import { briefingKindHeadings, countByKind, type BriefingKind } from '../lib/briefings.ts';
import { resolveIds } from '../lib/powers.ts';

export async function briefingPagePaths() {
  const [briefings, powers, legislation, reports, meetings] = await Promise.all([
    getBriefings(),
    getPowers(),
    getLegislation(),
    getPublicReports(),
    getMeetings(),
  ]);
  return briefings.map((briefing) => {
    const about = briefing.data.about;
    return {
      params: { id: briefing.id },
      props: {
        briefing,
        powers: resolveIds(about.powers, powers, `${briefing.id} about.powers`),
        legislation: resolveIds(about.legislation, legislation, `${briefing.id} about.legislation`),
        reports: resolveIds(about.reports, reports, `${briefing.id} about.reports`),
        meetings: resolveIds(about.meetings, meetings, `${briefing.id} about.meetings`),
      },
    };
  });
}

/** The briefing's items of one kind, the count of each kind, and the feeds for the kind and for every item. */
export async function briefingKindPage(kind: BriefingKind) {
  const briefings = await getBriefings();
  const kindFeeds = feedLinks(kind);
  return {
    items: briefings.filter((b) => b.data.kind === kind),
    counts: countByKind(briefings),
    heading: briefingKindHeadings[kind],
    kindFeeds,
    feeds: [...kindFeeds, ...feedLinks()],
  };
}
