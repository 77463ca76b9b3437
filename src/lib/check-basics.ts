/**
 * The building blocks of the integrity check: schema problems in plain words, references and
 * their targets, review dates. Pure: the caller reads the files.
 */
import type { z } from 'zod';
import type { CollectionName } from '../schemas/collections.ts';
import type { CodedProblem, Finding } from './problem-facts.ts';
import { closest, problemsFromIssue, type ContentProblem, type SchemaIssue } from './problems.ts';
import { referencesOf, type Reference } from './references.ts';
import type { RawEntry, RawSingleton } from './snapshot.ts';

export function validateSingleton<S extends z.ZodType>(
  raw: RawSingleton,
  schema: S,
  problems: Finding[],
): z.output<S> | undefined {
  if (raw.unreadable) return undefined; // its problem is listed already
  if (raw.data === undefined) {
    problems.push({ file: raw.file, field: '', code: 'file-missing' });
    return undefined;
  }
  const result = schema.safeParse(raw.data, { reportInput: true });
  if (result.success) return result.data;
  problems.push(...schemaProblems(raw.file, schema, result.error.issues as SchemaIssue[]));
  return undefined;
}

export function schemaProblems(file: string, schema: z.ZodType, issues: SchemaIssue[]): ContentProblem[] {
  return issues.flatMap((issue) =>
    problemsFromIssue(
      file,
      issue,
      (path) => keysAt(schema, path),
      (path) => isOptionalAt(schema, path),
    ),
  );
}

/** References read from an entry that failed validation: whatever can be read is checked. */
export function rawReferences(raw: RawEntry): Reference[] {
  try {
    return referencesOf(raw.collection, raw.data as never).filter((ref) => typeof ref.id === 'string');
  } catch {
    return [];
  }
}

export function duplicateIds(entries: RawEntry[]): CodedProblem[] {
  const seen = new Map<string, RawEntry>();
  const problems: CodedProblem[] = [];
  for (const entry of [...entries].sort((a, b) => a.file.localeCompare(b.file))) {
    const key = `${entry.collection}/${entry.id}`;
    const first = seen.get(key);
    if (first)
      problems.push({
        file: entry.file,
        field: 'id',
        code: 'id-taken',
        id: entry.id,
        takenBy: first.file,
      });
    else seen.set(key, entry);
  }
  return problems;
}

export function idsByCollection(entries: RawEntry[]): Map<CollectionName, Set<string>> {
  const map = new Map<CollectionName, Set<string>>();
  for (const entry of entries) {
    if (!map.has(entry.collection)) map.set(entry.collection, new Set());
    map.get(entry.collection)!.add(entry.id);
  }
  return map;
}

export function danglingReferences(
  file: string,
  refs: Reference[],
  ids: Map<CollectionName, Set<string>>,
): CodedProblem[] {
  return refs
    .filter((ref) => !ids.get(ref.collection)?.has(ref.id))
    .map((ref) => {
      const guess = closest(ref.id, [...(ids.get(ref.collection) ?? [])]);
      return {
        file,
        field: ref.field,
        code: 'entry-unknown',
        collection: ref.collection,
        id: ref.id,
        ...(guess ? { guess } : {}),
      };
    });
}

export function linksToHiddenReports(file: string, refs: Reference[], hidden: Set<string>): CodedProblem[] {
  return refs
    .filter((ref) => ref.collection === 'reports' && hidden.has(ref.id))
    .map((ref) => ({ file, field: ref.field, code: 'hidden-report-linked', id: ref.id }));
}

export function reviewDateProblems(
  file: string,
  data: { reviewed?: unknown; reviewBy?: unknown },
  asOf: string,
): CodedProblem[] {
  const problems: CodedProblem[] = [];
  const reviewed = typeof data.reviewed === 'string' ? data.reviewed : undefined;
  if (reviewed && reviewed > asOf)
    problems.push({ file, field: 'reviewed', code: 'reviewed-after-today', reviewed, asOf });
  if (reviewed && typeof data.reviewBy === 'string' && data.reviewBy < reviewed)
    problems.push({ file, field: 'reviewBy', code: 'review-by-before-reviewed', reviewBy: data.reviewBy, reviewed });
  return problems;
}

/** The field names allowed at `path` in `schema`, for "did you mean" hints. */
export function keysAt(schema: z.ZodType, path: ReadonlyArray<PropertyKey>): string[] {
  const node = nodeAt(schema, path);
  if (node === undefined) return [];
  const def = defOf(unwrap(node));
  return def?.type === 'object' ? Object.keys(def.shape as object) : [];
}

/** True when the field at `path` may be left out. */
export function isOptionalAt(schema: z.ZodType, path: ReadonlyArray<PropertyKey>): boolean {
  const type = defOf(nodeAt(schema, path))?.type;
  return type === 'optional' || type === 'default';
}

/** The schema node for the field at `path`, through objects and lists; undefined past anything else. */
function nodeAt(schema: z.ZodType, path: ReadonlyArray<PropertyKey>): unknown {
  let node: unknown = schema;
  for (const key of path) {
    node = unwrap(node);
    const def = defOf(node);
    if (def?.type === 'object') node = (def.shape as Record<string, unknown>)[String(key)];
    else if (def?.type === 'array') node = def.element;
    else return undefined;
  }
  return node;
}

type Def = { type: string; [key: string]: unknown };
function defOf(node: unknown): Def | undefined {
  return (node as { _zod?: { def?: Def } } | undefined)?._zod?.def;
}
function unwrap(node: unknown): unknown {
  let current = node;
  for (
    let def = defOf(current);
    def && ['optional', 'default', 'nullable', 'pipe', 'prefault'].includes(def.type);
    def = defOf(current)
  ) {
    current = def.type === 'pipe' ? def.in : def.innerType;
  }
  return current;
}
