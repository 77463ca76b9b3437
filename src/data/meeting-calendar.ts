/** Builds calendar events for meetings from the collections (used by the .ics routes). */
import { getAreas, getMeetings, getProblems, getSite } from './content.ts';
import { entryHref } from './paths.ts';
import { meetingToEvent } from '../lib/meeting-events.ts';
import { meetingHost } from '../lib/area-terms.ts';
import { resolveIds } from '../lib/powers.ts';

export async function meetingEvents() {
  const [meetings, areas, problems] = await Promise.all([getMeetings(), getAreas(), getProblems()]);
  const site = getSite();
  const host = new URL(site.url).host;
  return meetings.map((meeting) => ({
    meeting,
    event: meetingToEvent(meeting, {
      host,
      pageUrl: new URL(entryHref('meetings', meeting.id), site.url).href,
      meetingHost: meetingHost(resolveIds([meeting.data.area], areas, `${meeting.id} area`)[0]!.data, site.areaKind),
      problemTitle: resolveIds([meeting.data.problem], problems, `${meeting.id} problem`)[0]!.data.title,
    }),
  }));
}
