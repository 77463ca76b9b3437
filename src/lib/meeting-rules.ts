/**
 * The check's rules for single-topic meetings. Problems stop the check and the build: a meeting
 * that ends before it starts, an agenda that runs past the end, a follow-up before the meeting.
 * Warnings do not: a planned meeting whose date has passed, placeholders left in close to the day,
 * a venue with no access facts close to the day, an agenda that ends well before the meeting does.
 */
import { areaSchema, type Area } from '../schemas/area.ts';
import { meetingSchema, type Meeting } from '../schemas/meeting.ts';
import { addDays } from './format.ts';
import { agendaSpare, findPlaceholder, meetingPlaceholders, timedAgenda, toClock, toMinutes } from './meetings.ts';
import { checkUkPhone } from './phone.ts';
import type { ContentProblem } from './problems.ts';
import type { ContentSnapshot } from './snapshot.ts';
import { hasAccessFacts, meetingVenueAccess } from './venue-access.ts';

/** Placeholders are a warning from this many days before a planned meeting. */
export const placeholderWarningDays = 28;
/** An agenda that leaves this many minutes or more unused is a warning. */
export const spareWarningMinutes = 10;

/** A meeting must end after it starts, its agenda must fit between the two, and its dates must make sense. */
export function meetingRules(file: string, meeting: Meeting): ContentProblem[] {
  const problems: ContentProblem[] = [];
  if (meeting.followUp !== undefined && meeting.followUp <= meeting.date)
    problems.push({
      file,
      field: 'followUp',
      message: `found ${meeting.followUp}, expected a day after the meeting (${meeting.date})`,
    });
  if (meeting.questionsBy !== undefined && meeting.questionsBy > meeting.date)
    problems.push({
      file,
      field: 'questionsBy',
      message: `found ${meeting.questionsBy}, expected a day on or before the meeting (${meeting.date})`,
    });
  const phone = meeting.enquiries?.phone;
  if (phone !== undefined) {
    const result = checkUkPhone(phone);
    if (!result.ok) problems.push({ file, field: 'enquiries.phone', message: result.message });
  }
  const start = toMinutes(meeting.start);
  const end = toMinutes(meeting.end);
  if (end <= start)
    return [
      ...problems,
      { file, field: 'end', message: `found ${meeting.end}, expected a time after the start (${meeting.start})` },
    ];
  const late = timedAgenda(meeting).find((item) => toMinutes(item.starts) + item.minutes > end);
  if (!late) return problems;
  const finishes = toClock(toMinutes(late.starts) + late.minutes);
  return [
    ...problems,
    {
      file,
      field: `agenda[${late.number - 1}].minutes`,
      message: `item ${late.number} "${late.subject}" runs from ${late.starts} to ${finishes}, past the meeting's end at ${meeting.end}; expected the agenda to finish by then`,
    },
  ];
}

/**
 * What an editor should fix about a meeting, without failing the check. `usualVenue` is the
 * area's usual venue, whose access facts a meeting held there uses.
 */
export function meetingWarnings(
  file: string,
  meeting: Meeting,
  asOf: string,
  usualVenue?: Area['usualVenue'],
): ContentProblem[] {
  if (meeting.status !== 'planned') return [];
  const warnings: ContentProblem[] = [];
  if (meeting.date < asOf)
    warnings.push({
      file,
      field: 'status',
      message: `the meeting was on ${meeting.date} and is still "planned"; set status to held (with its outcomes and actions) or cancelled`,
    });
  else if (meeting.date <= addDays(asOf, placeholderWarningDays)) {
    for (const { field, found } of meetingPlaceholders(meeting))
      warnings.push({
        file,
        field,
        message: `still says "${found}" and the meeting is on ${meeting.date}; replace it before the pack and the notice go out`,
      });
    const venueNamed = !findPlaceholder(meeting.venue.name) && !findPlaceholder(meeting.venue.address);
    if (venueNamed && !hasAccessFacts(meetingVenueAccess(meeting.venue, usualVenue)))
      warnings.push({
        file,
        field: 'venue.access',
        message: `is missing and the meeting is on ${meeting.date}; check step-free access, a hearing loop, an accessible toilet and parking with the venue and add them here or to the area's usualVenue, or the notice says they are not confirmed`,
      });
  }
  const spare = agendaSpare(meeting);
  if (spare >= spareWarningMinutes && toMinutes(meeting.end) > toMinutes(meeting.start)) {
    const ends = toClock(toMinutes(meeting.end) - spare);
    warnings.push({
      file,
      field: 'agenda',
      message: `ends at ${ends}, ${spare} minutes before the meeting's end at ${meeting.end}; give the time to an item (residents' questions, say) or end the meeting earlier`,
    });
  }
  return warnings;
}

/** The warnings for every meeting in the content that passes its schema (the rest are problems already). */
export function meetingWarningsIn(snapshot: Pick<ContentSnapshot, 'entries'>, asOf: string): ContentProblem[] {
  const usualVenues = new Map(
    snapshot.entries
      .filter((entry) => entry.collection === 'areas')
      .map((entry) => [entry.id, areaSchema.safeParse(entry.data).data?.usualVenue] as const),
  );
  return snapshot.entries
    .filter((entry) => entry.collection === 'meetings')
    .flatMap((entry) => {
      const parsed = meetingSchema.safeParse(entry.data);
      return parsed.success ? meetingWarnings(entry.file, parsed.data, asOf, usualVenues.get(parsed.data.area)) : [];
    });
}
