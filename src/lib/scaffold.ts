/** Templates for new entries, written by `npm run new:report` and `npm run new:meeting`. */
import type { Area } from '../schemas/area.ts';
import type { Problem } from '../schemas/problem.ts';

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

const quote = (text: string) => JSON.stringify(text);

/** The report template lives with its placeholders, which the check refuses in a published report. */
export { reportTemplate } from './report-template.ts';

export interface MeetingTemplateInput {
  area: { id: string; data: Area };
  problem: { id: string; data: Problem };
  date: string;
  today: string;
  /** Contacts to invite: the problem's lead and the local leads of its powers. */
  invite: readonly string[];
  /** Whose meeting it is: the area board, or the ward or area by name (see meetingHost). */
  host: string;
}

/** A planned single-topic meeting whose agenda fits 18:30 to 20:00; edit times and venue. */
export function meetingTemplate({ area, problem, date, today, invite, host }: MeetingTemplateInput): string {
  const chair = area.data.areaBoard ? 'Chair of the area board' : 'Chair of the meeting';
  const agenda = [
    ['Welcome and introductions', chair, null, 5],
    [`${problem.data.title}: what the figures and residents tell us`, 'Neighbourhood police sergeant', null, 15],
    ['What partners are doing and the powers they can use', 'Lead officer', null, 20],
    ["Residents' questions", chair, null, 30],
    ['Agree local actions and who leads each', chair, 'Agree up to three actions, each with a lead and a date', 15],
  ] as const;
  const items = agenda.map(([subject, who, decision, minutes]) => `  - subject: ${quote(subject)}\n    who: ${quote(who)}\n    decision: ${decision === null ? 'null' : quote(decision)}\n    minutes: ${minutes}`);
  return `---
title: ${quote(`${host}: ${problem.data.title}`)}
area: ${area.id}
problem: ${problem.id}
date: ${date}
start: "18:30"
end: "20:00"
venue:
  name: To be confirmed
  address: To be confirmed
  accessibility: "To be confirmed: say whether there is step-free access, a hearing loop and parking."
status: planned
agenda:
${items.join('\n')}
invited: [${invite.join(', ')}]
reviewed: ${today}
---

A public meeting ${area.data.areaBoard ? `of the ${area.data.areaBoard}` : `for ${host}`} on one local problem: ${problem.data.summary.charAt(0).toLowerCase()}${problem.data.summary.slice(1)}
`;
}
