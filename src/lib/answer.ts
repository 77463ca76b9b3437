/**
 * The short answer at the top of problem and power pages, for a councillor reading on a phone:
 * what to do now, what can follow if it goes on, and the legal test in a sentence. Pure.
 */
import type { Power } from '../schemas/power.ts';

/** The powers to name as "if it goes on": the best-fitting ones that can be used today, at most `limit`. */
export function longerTermPowers<T extends { power: { data: Pick<Power, 'status'> } }>(
  ranked: readonly T[],
  limit = 3,
): T[] {
  return ranked.filter((r) => r.power.data.status === 'in-force').slice(0, limit);
}

/**
 * The first sentence of a text: up to the first full stop, question or exclamation mark followed
 * by a space and a capital letter, so "s.43" or "e.g. a" do not end it. The whole text when it
 * is one sentence.
 */
export function firstSentence(text: string): string {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  const end = /[.!?](?=\s+["'‘“(]?[A-Z0-9])/.exec(trimmed);
  if (!end) return trimmed;
  const candidate = trimmed.slice(0, end.index + 1);
  // An abbreviation such as "s." or "No." is not the end of a sentence.
  if (/\b(?:s|ss|No|para|paras|art|reg|regs|Sch|cf|e\.g|i\.e)\.$/.test(candidate)) {
    const rest = firstSentence(trimmed.slice(end.index + 1));
    return `${candidate} ${rest}`;
  }
  return candidate;
}

/** True when the text has more than its first sentence, so the page should point to the rest. */
export function hasMoreThanOneSentence(text: string): boolean {
  return firstSentence(text).length < text.trim().replace(/\s+/g, ' ').length;
}
