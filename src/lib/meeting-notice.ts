/**
 * The public notice of a single-topic meeting: an A4 poster and a short plain-text version for
 * social media and newsletters. Written for residents: what, when, where, the venue's access, how
 * to ask for help to take part, how to send a question in advance, and where to read more.
 */
import type { Area } from '../schemas/area.ts';
import type { Meeting } from '../schemas/meeting.ts';
import { formatDate } from './format.ts';
import { clockInWords, findPlaceholder } from './meetings.ts';
import { meetingAccess } from './venue-access.ts';

const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** "2027-03-10" -> "Wednesday 10 March 2027". */
export function formatDayAndDate(iso: string): string {
  const text = formatDate(iso);
  const day = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return `${weekdays[day]} ${text}`;
}

export interface NoticeRoute {
  /** The person or team, such as "Democratic Services" or "Wiltshire Council". */
  name: string;
  email?: string | undefined;
  phone?: string | undefined;
}

export interface NoticeInput {
  meeting: Pick<Meeting, 'date' | 'start' | 'end' | 'venue' | 'questionsBy' | 'enquiries'>;
  /** The area board holding the meeting, when the area has one. */
  areaBoard: string | undefined;
  /** The area's usual venue: a meeting held there without access facts of its own uses its facts. */
  usualVenue?: Area['usualVenue'];
  /** Whose meeting it is: the area board, or the ward or area by name (see meetingHost). */
  host: string;
  problem: { title: string; summary: string };
  /** The meeting page's full address, for the QR code and the text. */
  pageUrl: string;
  /** Where to send questions when the meeting names nobody: the council's democratic services, or its main number. */
  fallback: NoticeRoute | undefined;
}

export interface Notice {
  heading: string;
  invitation: string;
  when: string;
  /** Undefined when the venue is not confirmed yet. */
  where: string | undefined;
  /** The venue's access in plain sentences: what it has, has not, and what is not confirmed. */
  access: string;
  /** How to ask for what you need to take part (the meeting's `venue.accessibility`); undefined while it is a placeholder. */
  help: string | undefined;
  /** How to send a question in advance, in one sentence. */
  questions: string;
  /** The same sentence up to the route, for pages that link the email address and number. */
  questionsIntro: string;
  route: NoticeRoute | undefined;
  pageUrl: string;
  /** The whole notice as plain text, for social media and newsletters. */
  text: string;
}

export function buildNotice({ meeting, areaBoard, usualVenue, host, problem, pageUrl, fallback }: NoticeInput): Notice {
  const heading = `Public meeting: ${problem.title}`;
  const invitation = `${areaBoard ? `${areaBoard} is holding a public meeting` : `There is a public meeting for ${host}`} on one local problem: ${lowerFirst(problem.summary)} Come and tell councillors, the police and other partners what you see, and hear what they can do about it.`;
  const when = `${formatDayAndDate(meeting.date)}, ${clockInWords(meeting.start)} to ${clockInWords(meeting.end)}`;
  const confirmed = !findPlaceholder(meeting.venue.name) && !findPlaceholder(meeting.venue.address);
  const where = confirmed ? `${meeting.venue.name}, ${meeting.venue.address}` : undefined;
  const access = meetingAccess(meeting.venue, usualVenue).text;
  const help = findPlaceholder(meeting.venue.accessibility) ? undefined : meeting.venue.accessibility;
  const route = meeting.enquiries ?? fallback;
  const by = meeting.questionsBy ? ` by ${formatDayAndDate(meeting.questionsBy)}` : '';
  // A council-wide route needs to know which meeting the question is for.
  const to = route ? ` to ${route.name}${meeting.enquiries ? '' : `, saying it is for ${host}`}` : '';
  const questionsIntro = `You do not need to book. If you cannot come, or would like a question answered at the meeting, send it${by}${to}`;
  const questions = `${questionsIntro}${route ? `: ${routeInWords(route)}` : ''}.`;
  const text = [
    heading,
    '',
    invitation,
    '',
    `When: ${when}`,
    `Where: ${where ?? `the venue will be on the meeting page once it is booked`}`,
    `Access: ${access}`,
    ...(help ? [`Help to take part: ${help}`] : []),
    '',
    questions,
    '',
    `More about the meeting: ${pageUrl}`,
  ].join('\n');
  return {
    heading,
    invitation,
    when,
    where,
    access,
    help,
    questions,
    questionsIntro,
    route,
    pageUrl,
    text: `${text}\n`,
  };
}

/** "email committee@x.gov.uk or call 0300 456 0100". */
export function routeInWords(route: NoticeRoute): string {
  return [route.email ? `email ${route.email}` : '', route.phone ? `call ${route.phone}` : '']
    .filter(Boolean)
    .join(' or ');
}

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
