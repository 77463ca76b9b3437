/**
 * Labels a search result carries so a repealed or not-yet-in-force power, or one that applies in
 * one nation only, never looks like a current power for everyone. Written into each power page
 * for the index at build time. Pure.
 */
import { listInWords } from './format.ts';
import type { Power } from '../schemas/power.ts';

/** "Repealed in 2015: replaced by civil injunction", "Not yet in force", or undefined for a power in force. */
export function powerStandingNote(
  power: Pick<Power, 'status' | 'repealedOn'>,
  replacedBy: readonly string[],
): string | undefined {
  if (power.status === 'not-yet-in-force') return 'Not yet in force';
  if (power.status !== 'repealed') return undefined;
  const when = power.repealedOn ? ` in ${power.repealedOn.slice(0, 4)}` : '';
  const instead = replacedBy.length > 0 ? `: replaced by ${listInWords(replacedBy.map(inSentence))}` : '';
  return `Repealed${when}${instead}`;
}

/** "England only" or "Wales only" for a power that applies in one nation; undefined for both. */
export function extentNote(extent: Power['extent']): string | undefined {
  return extent === 'england' ? 'England only' : extent === 'wales' ? 'Wales only' : undefined;
}

/** A title as it reads inside a sentence: "Civil injunction" becomes "civil injunction"; "ASBO" stays. */
export function inSentence(title: string): string {
  return /^[A-Z][a-z]/.test(title) ? title.charAt(0).toLowerCase() + title.slice(1) : title;
}
