/** Templates for new entries, written by `npm run new:report` and `npm run new:meeting`. */
import type { Area } from '../schemas/area.ts';
import type { Problem } from '../schemas/problem.ts';
import { addDays, formatDate } from './format.ts';
import { sixMonthsOn } from './meetings.ts';

/** A file name from a title: "Night-time economy: 2027 review" -> "night-time-economy-2027-review"; "St Mary's" -> "st-marys". */
export function slugify(title: string): string {
  return title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80)
    .replace(/-$/, '');
}

/** A meeting's file name: its area, its problem and its month, "trowbridge-street-drinking-2026-12". */
export function meetingId(area: string, problem: string, date: string): string {
  return `${area}-${problem}-${date.slice(0, 7)}`;
}

const quote = (text: string) => JSON.stringify(text);

/** The report template lives with its placeholders, which the check refuses in a published report. */
export { reportTemplate } from './report-template.ts';

export interface MeetingTemplateInput {
  area: { id: string; data: Area };
  problem: { id: string; data: Problem };
  date: string;
  today: string;
  /** Who speaks for the area's neighbourhood policing team, such as "The neighbourhood policing team for Devizes, Wiltshire Police". */
  police: string;
  /** The council teams that lead on the problem's powers, by name, most relevant first (see invitees.ts); the first presents the powers. */
  leadOfficers: readonly string[];
  /** Who residents contact about access, such as "Wiltshire Council Democratic Services". */
  enquiries: string;
  /** Whose meeting it is: the area board, or the ward or area by name (see meetingHost). */
  host: string;
}

/**
 * A planned single-topic meeting from 18:30 to 20:00 whose agenda names people by role and fills
 * the time exactly: an opening, the police's picture, the partners' powers, residents' questions,
 * actions, and a close that names who reports back on the follow-up six months on. The venue is
 * the area board's usual one when the area file names it.
 */
export function meetingTemplate({
  area,
  problem,
  date,
  today,
  police,
  leadOfficers,
  enquiries,
  host,
}: MeetingTemplateInput): string {
  const chair = area.data.areaBoard ? `Chair, ${area.data.areaBoard}` : 'Chair of the meeting';
  const followUp = sixMonthsOn(date);
  const officers = leadOfficers[0] ?? police;
  const agenda = [
    ['Welcome, introductions and how the meeting will run', chair, null, 5],
    [`${problem.data.title}: what residents, the figures and the police see`, police, null, 15],
    ['What partners are doing, and the powers they can use', officers, null, 20],
    ["Residents' questions and views", chair, null, 30],
    ['Agree actions', chair, 'Agree up to three actions, each with an owner and a date', 15],
    [
      'Close: who reports back, and when',
      chair,
      `Confirm who reports back to ${area.data.areaBoard ?? 'residents'} on ${formatDate(followUp)}`,
      5,
    ],
  ] as const;
  const items = agenda.map(
    ([subject, who, decision, minutes]) =>
      `  - subject: ${quote(subject)}\n    who: ${quote(who)}\n    decision: ${decision === null ? 'null' : quote(decision)}\n    minutes: ${minutes}`,
  );
  const venue = area.data.usualVenue;
  return `---
title: ${quote(`${host}: ${problem.data.title}`)}
area: ${area.id}
problem: ${problem.id}
date: ${date}
start: "18:30"
end: "20:00"
venue:
${
  venue
    ? `  # ${host}'s usual venue, from the area file: change it if you meet elsewhere.
  # The notice uses the area file's usualVenue.access facts; if you meet elsewhere, add access: here.
  name: ${quote(venue.name)}
  address: ${quote(venue.address)}`
    : `  # Not known: put the venue here before the notice goes out (npm run check warns four weeks before),
  # with its access: stepFree, hearingLoop, accessibleToilet, parking (true or false), source or checked.
  name: To be confirmed
  address: To be confirmed`
}
  accessibility: ${quote(`Tell ${enquiries} before the meeting if you need step-free access, a hearing loop, or papers in large print or another format.`)}
status: planned
agenda:
${items.join('\n')}
# The day partners report back: six months on, as the task group asked.
followUp: ${followUp}
# The last day residents can send a question in advance.
questionsBy: ${addDays(date, -7)}
# Contact ids of the partners you have invited; the pack works out who to invite, and why.
invited: []
reviewed: ${today}
---

${area.data.areaBoard ? `${area.data.areaBoard} is holding a public meeting` : `There will be a public meeting for ${host}`} about one local problem: ${lowerFirst(problem.data.summary)}

Residents can tell councillors, the police and other partners what they see and how it affects
them. Partners will explain what they already do and which powers they can use. At the end, the
${area.data.areaBoard ? 'area board' : 'meeting'} will agree actions, each with an owner and a date, and partners will report back on
${formatDate(followUp)}.
`;
}

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
