/**
 * Finds an entry the way an officer names it on the command line: its id, its title or any of
 * its aliases, whatever the case, spacing or punctuation ("laughing gas" finds the nitrous oxide
 * problem). Pure.
 */
import { closest } from './problems.ts';

export interface Named {
  id: string;
  title: string;
  aliases: readonly string[];
}

/** How names are compared: case, "the", accents and punctuation ignored. */
export function nameKey(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

export type Lookup = { found: string } | { ambiguous: string[] } | { missing: true; suggestion?: string };

export function findByName(entries: readonly Named[], query: string): Lookup {
  const exact = entries.find((e) => e.id === query);
  if (exact) return { found: exact.id };
  const key = nameKey(query);
  const matches = entries.filter(
    (e) => nameKey(e.id) === key || nameKey(e.title) === key || e.aliases.some((a) => nameKey(a) === key),
  );
  if (matches.length === 1) return { found: matches[0]!.id };
  if (matches.length > 1) return { ambiguous: matches.map((m) => m.id).sort() };
  const suggestion = closest(
    key.replaceAll(' ', '-'),
    entries.map((e) => e.id),
  );
  return suggestion ? { missing: true, suggestion } : { missing: true };
}
