/** A meeting's public notice from its pack: the same words on the poster and in the text version. */
import { getSite } from './content.ts';
import { entryHref } from './paths.ts';
import type { getMeetingPacks } from './meeting-packs.ts';
import { buildNotice } from '../lib/meeting-notice.ts';
import { meetingHost } from '../lib/area-terms.ts';

type PackEntry = Awaited<ReturnType<typeof getMeetingPacks>>[number];

export function meetingNotice({ meeting, pack, councilLine }: PackEntry) {
  const line = councilLine?.data;
  const site = getSite();
  return buildNotice({
    meeting: meeting.data,
    areaBoard: pack.area.data.areaBoard,
    usualVenue: pack.area.data.usualVenue,
    host: meetingHost(pack.area.data, site.areaKind),
    problem: pack.problem.data,
    pageUrl: new URL(entryHref('meetings', meeting.id), site.url).href,
    fallback:
      site.meetingEnquiries ?? (line ? { name: line.organisation, phone: line.phone, email: line.email } : undefined),
  });
}
