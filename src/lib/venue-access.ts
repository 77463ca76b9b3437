/**
 * What a venue's access facts say to residents. A fact is either known (yes or no) or left out;
 * anything left out is said plainly to be not confirmed, never guessed.
 */
import type { VenueAccess } from '../schemas/common.ts';
import { formatDate } from './format.ts';
import { findPlaceholder } from './meetings.ts';

/** The four facts every notice speaks to, in the order it names them. */
export const accessFacts = ['stepFree', 'hearingLoop', 'accessibleToilet', 'parking'] as const;
export type AccessFact = (typeof accessFacts)[number];

/** How each fact reads after "has" (with its article) and after "no" (without). */
const factWords: Record<AccessFact, { has: string; no: string }> = {
  stepFree: { has: 'step-free access', no: 'step-free access' },
  hearingLoop: { has: 'a hearing loop', no: 'hearing loop' },
  accessibleToilet: { has: 'an accessible toilet', no: 'accessible toilet' },
  parking: { has: 'parking', no: 'parking' },
};

/** True when the venue's access facts say anything at all: one of the four facts, or a note. */
export function hasAccessFacts(access: VenueAccess | undefined): boolean {
  return access !== undefined && (accessFacts.some((fact) => access[fact] !== undefined) || access.note !== undefined);
}

/**
 * The venue's access in plain sentences, for the notice and the pack: what it has, what it has
 * not, what is not confirmed, and the note. Where the facts come from is `accessOrigin`.
 */
export function accessSentences(access: VenueAccess | undefined): string[] {
  const has = accessFacts.filter((fact) => access?.[fact] === true).map((fact) => factWords[fact].has);
  const hasNot = accessFacts.filter((fact) => access?.[fact] === false).map((fact) => factWords[fact].no);
  const unknown = accessFacts.filter((fact) => access?.[fact] === undefined).map((fact) => factWords[fact].has);
  const sentences: string[] = [];
  if (has.length > 0) sentences.push(`The venue has ${list(has, 'and')}.`);
  if (hasNot.length > 0) sentences.push(`${has.length > 0 ? 'It' : 'The venue'} has no ${list(hasNot, 'or')}.`);
  if (unknown.length > 0) {
    const subject = has.length + hasNot.length > 0 ? 'it' : 'the venue';
    sentences.push(`It is not confirmed whether ${subject} has ${list(unknown, 'or')}.`);
  }
  if (access?.note !== undefined) sentences.push(endSentence(access.note));
  return sentences;
}

/**
 * "These access details were checked on 1 December 2026 and come from <address>.", for the pack;
 * undefined when there are no facts or nothing says where they come from.
 */
export function accessOrigin(access: VenueAccess | undefined): string | undefined {
  if (!hasAccessFacts(access) || access === undefined) return undefined;
  const checked = access.checked ? ` were checked on ${formatDate(access.checked)}` : '';
  const from = access.source ? ` come from ${access.source}` : '';
  if (!checked && !from) return undefined;
  return `These access details${checked}${checked && from ? ' and' : ''}${from}.`;
}

/** "a", "a and b", "a, b and c". */
function list(items: string[], conjunction: 'and' | 'or'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}

function endSentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/**
 * The access facts that apply to a meeting: its own venue's, or, when it meets at the area's usual
 * venue (same name) and gives none, the usual venue's.
 */
export function meetingVenueAccess(
  venue: { name: string; access?: VenueAccess | undefined },
  usualVenue: { name: string; access?: VenueAccess | undefined } | undefined,
): VenueAccess | undefined {
  if (venue.access !== undefined) return venue.access;
  if (usualVenue !== undefined && sameName(usualVenue.name, venue.name)) return usualVenue.access;
  return undefined;
}

function sameName(a: string, b: string): boolean {
  const key = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  return key(a) === key(b);
}

/**
 * The access line a meeting's notice and pack print (`text`), from the facts that apply to its
 * venue or, while the venue is still a placeholder, saying nothing is confirmed; and where the
 * facts come from (`origin`), which the pack prints and the one-page poster leaves out.
 */
export function meetingAccess(
  venue: { name: string; address: string; access?: VenueAccess | undefined },
  usualVenue: { name: string; access?: VenueAccess | undefined } | undefined,
): { text: string; origin: string | undefined } {
  const booked = !findPlaceholder(venue.name) && !findPlaceholder(venue.address);
  const access = booked ? meetingVenueAccess(venue, usualVenue) : undefined;
  return { text: accessSentences(access).join(' '), origin: accessOrigin(access) };
}
