/** The meetings list, each planned meeting's notice and the planned-meetings calendar feed: one call per page. */
import { asOf } from './build-date.ts';
import { getAreas, getMeetings, getPartnership, getSite } from './content.ts';
import { meetingEvents } from './meeting-calendar.ts';
import { getMeetingPacks } from './meeting-packs.ts';
import { policeFiguresForArea } from './police.ts';
import { areaTerms, meetingHost } from '../lib/area-terms.ts';
import type { Meeting } from '../schemas/meeting.ts';
import { isPlanned, isPlannedButPassed, isUpcoming, venueConfirmed } from '../lib/meetings.ts';
import { meetingAccess } from '../lib/venue-access.ts';

/** Each meeting's pack page: the pack, who hosts it, what is known of the venue, and the local figures. */
export async function meetingPagePaths() {
  const { areaKind } = getSite();
  return (await getMeetingPacks()).map(({ meeting, pack }) => ({
    params: { id: meeting.id },
    props: {
      meeting,
      pack,
      host: meetingHost(pack.area.data, areaKind),
      confirmed: venueConfirmed(pack.placeholders),
      access: meetingAccess(meeting.data.venue, pack.area.data.usualVenue),
      figures: policeFiguresForArea(pack.area.id, pack.problem.data.policeUkCategories),
      partnershipName: getPartnership().title,
    },
  }));
}

/** A notice (the poster and its text version) for each planned meeting, with its pack. */
export async function meetingNoticePaths() {
  return (await getMeetingPacks())
    .filter(({ meeting }) => isPlanned(meeting.data))
    .map((entry) => ({ params: { id: entry.meeting.id }, props: entry }));
}

/** The calendar feed's name and an event for every planned meeting still to come. */
export async function plannedMeetingsCalendar() {
  const [events, areas] = await Promise.all([meetingEvents(), getAreas()]);
  const site = getSite();
  const terms = areaTerms(
    site.areaKind,
    areas.map((a) => a.data),
  );
  return {
    name: `${site.council}: ${terms.calendarName}`,
    events: events.filter(({ meeting }) => isUpcoming(meeting.data, asOf)).map(({ event }) => event),
  };
}

/** Every meeting, its area's name by id, and whether a planned meeting's date has passed. */
export async function meetingsIndexPage() {
  const [meetings, areas] = await Promise.all([getMeetings(), getAreas()]);
  const areaTitles = new Map(areas.map((a) => [a.id, a.data.title]));
  return {
    terms: areaTerms(
      getSite().areaKind,
      areas.map((a) => a.data),
    ),
    meetings,
    areaTitle: (id: string) => areaTitles.get(id) ?? id,
    datePassed: (meeting: Meeting) => isPlannedButPassed(meeting, asOf),
  };
}
