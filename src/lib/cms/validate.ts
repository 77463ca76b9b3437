/**
 * The check the CMS runs before it saves: the entry, as it will be written, against the project's
 * own schema, with the same words as `npm run check`. Rules a form cannot show (an exempt report
 * needs its Schedule 12A paragraph; a published one its date) are caught here, before the file is
 * written. References to other entries are left to `npm run check`, which sees every file.
 */
import { schemaProblems } from '../check-basics.ts';
import type { Editable } from './collections.ts';
import { toFileData } from './entry-format.ts';
import type { RootShape } from './shape.ts';

/** "field: message" for each problem; empty when the entry can be saved. */
export function entryProblems(editable: Editable, shape: RootShape, cmsData: Record<string, unknown>): string[] {
  const result = editable.schema.safeParse(toFileData(cmsData, shape));
  if (result.success) return [];
  return schemaProblems('', editable.schema, result.error.issues as never).map((p) =>
    p.field ? `${p.field}: ${p.message}` : p.message,
  );
}

export function notSavedMessage(problems: string[]): string {
  return `Not saved: ${problems.join('; ')}`;
}
