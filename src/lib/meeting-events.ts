/** Meetings as calendar events (see ical.ts for the iCalendar format). */
import type { Meeting } from '../schemas/meeting.ts';
import type { CalendarEvent } from './ical.ts';
import type { WithId } from './types.ts';

export function meetingToEvent(
  meeting: WithId<Meeting>,
  options: { host: string; pageUrl: string; meetingHost: string; problemTitle: string },
): CalendarEvent {
  const m = meeting.data;
  return {
    uid: `meeting-${meeting.id}@${options.host}`,
    date: m.date,
    start: m.start,
    end: m.end,
    summary: `${options.meetingHost}: ${options.problemTitle}`,
    description: `${m.title}\nAccess: ${m.venue.accessibility}\nMeeting pack: ${options.pageUrl}`,
    location: `${m.venue.name}, ${m.venue.address}`,
    url: options.pageUrl,
    stamp: m.reviewed,
    status: m.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
  };
}
