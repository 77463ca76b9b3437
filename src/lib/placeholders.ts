/**
 * `npm run new:council` writes "To fill in" where only the council can supply the fact. The
 * check lists every one that is left, as a warning, so a starter site passes but never looks done.
 */
import { placeholderMarker } from './new-council.ts';
import type { CodedProblem } from './problem-facts.ts';
import { fieldPath } from './problems.ts';
import type { ContentSnapshot } from './snapshot.ts';

/** Every text field of the council's own files that still holds the marker. */
export function placeholderWarnings(snapshot: ContentSnapshot): CodedProblem[] {
  const files = [
    snapshot.site,
    snapshot.partnership,
    ...snapshot.entries.filter((e) => e.layer === 'council'),
    ...snapshot.overlays,
  ];
  return files.flatMap(({ file, data }) =>
    textFields(data).flatMap(({ path, text }) =>
      text.includes(placeholderMarker)
        ? [{ file, field: fieldPath(path), code: 'council-placeholder-left' as const, marker: placeholderMarker }]
        : [],
    ),
  );
}

function textFields(value: unknown, path: PropertyKey[] = []): { path: PropertyKey[]; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => textFields(item, [...path, i]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => textFields(item, [...path, key]));
  return [];
}
