/**
 * How a council's pages name its areas and who holds their single-topic meetings. Wiltshire's
 * areas are community areas, each with an area board; Plymouth and Medway have no area boards,
 * so their areas are their electoral wards (site.yaml `areaKind`).
 */
import type { AreaKind } from '../schemas/area.ts';

export interface AreaTerms {
  /** Heading of the areas index. */
  indexTitle: string;
  /** The sentence under it. */
  indexLede: string;
  /** The caption above one area's heading. */
  caption: string;
  /** Heading of the meetings index. */
  meetingsTitle: string;
  /** The sentence under it. */
  meetingsLede: string;
  /** Heading of the meetings section on the home page. */
  homeMeetingsHeading: string;
  /** Text of the home page's link to the areas index. */
  areasLink: string;
  /** Name of the iCalendar feed of planned meetings, after the council's name. */
  calendarName: string;
}

/** The words for a council's areas; "area board" only where every area has one. */
export function areaTerms(kind: AreaKind, areas: readonly { areaBoard?: string | undefined }[]): AreaTerms {
  if (kind === 'ward')
    return {
      indexTitle: 'Wards',
      indexLede:
        "Each area in this toolkit is one of the council's electoral wards. Choose a ward for its local contacts, priorities, police figures and meetings.",
      caption: 'Ward',
      meetingsTitle: 'Single-topic ward meetings',
      meetingsLede: 'Public meetings in a ward on one local community safety problem. Each has a printable pack.',
      homeMeetingsHeading: 'Ward meetings',
      areasLink: 'Wards',
      calendarName: 'single-topic ward meetings',
    };
  const boards = areas.length > 0 && areas.every((a) => a.areaBoard !== undefined);
  return {
    indexTitle: boards ? 'Community areas and area boards' : 'Community areas',
    indexLede: boards
      ? 'Each community area has an area board of its local councillors that meets in public. Choose an area for its wards, local contacts, priorities and meetings.'
      : "Each community area groups some of the council's wards. Choose an area for its wards, local contacts, priorities and meetings.",
    caption: 'Community area',
    meetingsTitle: boards ? 'Single-topic area board meetings' : 'Single-topic community meetings',
    meetingsLede: boards
      ? 'Public meetings an area board holds on one local community safety problem. Each has a printable pack.'
      : 'Public meetings in a community area on one local community safety problem. Each has a printable pack.',
    homeMeetingsHeading: boards ? 'Area board meetings' : 'Community meetings',
    areasLink: 'Community areas',
    calendarName: boards ? 'area board single-topic meetings' : 'single-topic community meetings',
  };
}

/** Who a single-topic meeting belongs to: the area board, or else the ward or area by name. */
export function meetingHost(area: { title: string; areaBoard?: string | undefined }, kind: AreaKind): string {
  if (area.areaBoard) return area.areaBoard;
  return kind === 'ward' ? `${area.title} ward` : area.title;
}
