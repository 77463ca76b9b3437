/**
 * The integrity check: every schema violation, dangling reference, duplicate id and broken rule
 * in the content, all at once, one line per problem. Pure: the caller reads the files.
 */
import type { z } from 'zod';
import { collections, type CollectionName } from '../schemas/collections.ts';
import { partnershipSchema } from '../schemas/partnership.ts';
import { isPublicReport, type Report } from '../schemas/report.ts';
import { siteSchema } from '../schemas/site.ts';
import type { Area } from '../schemas/area.ts';
import type { Contact } from '../schemas/contact.ts';
import type { Meeting } from '../schemas/meeting.ts';
import { timedAgenda, toClock, toMinutes } from './meetings.ts';
import { checkUkPhone } from './phone.ts';
import { closest, problemsFromIssue, sortProblems, type ContentProblem, type SchemaIssue } from './problems.ts';
import { partnershipReferences, referencesOf, type Reference } from './references.ts';

/** One content file as read from disk, before validation. */
export interface RawEntry {
  collection: CollectionName;
  /** The entry's id: its file name without extension. */
  id: string;
  /** Path relative to the project root. */
  file: string;
  /** The parsed front matter or YAML. */
  data: unknown;
}

export interface RawSingleton {
  file: string;
  data: unknown;
}

export interface ContentSnapshot {
  entries: RawEntry[];
  site: RawSingleton;
  partnership: RawSingleton;
  /** The content folder as written in messages, such as "content". */
  contentDir: string;
}

export interface CheckOptions {
  /** Today, as YYYY-MM-DD: no entry may claim to be reviewed after it. */
  asOf: string;
  /** The council's wards from the ONS lookup (code -> name), when a lookup is present. */
  wards?: WardLookup;
}

export interface WardLookup {
  /** Where the lookup came from, for messages. */
  file: string;
  /** The local authority code the wards were filtered by. */
  localAuthority: string;
  /** Ward code -> ward name. */
  wards: ReadonlyMap<string, string>;
}

interface ValidEntry {
  raw: RawEntry;
  data: Record<string, unknown>;
}

export function checkContent(snapshot: ContentSnapshot, options: CheckOptions): ContentProblem[] {
  const problems: ContentProblem[] = [];
  problems.push(...duplicateIds(snapshot.entries));

  const valid: ValidEntry[] = [];
  const invalid: RawEntry[] = [];
  for (const raw of snapshot.entries) {
    const schema = collections[raw.collection].schema as z.ZodType;
    const result = schema.safeParse(raw.data, { reportInput: true });
    if (result.success) valid.push({ raw, data: result.data as Record<string, unknown> });
    else {
      problems.push(...schemaProblems(raw.file, schema, result.error.issues as SchemaIssue[]));
      invalid.push(raw);
    }
  }
  const site = validateSingleton(snapshot.site, siteSchema, problems);
  const partnership = validateSingleton(snapshot.partnership, partnershipSchema, problems);

  const ids = idsByCollection(snapshot.entries);
  const nonPublicReports = new Set(
    valid.filter((e) => e.raw.collection === 'reports' && !isPublicReport(e.data as Report)).map((e) => e.raw.id),
  );
  for (const entry of valid) {
    const refs = referencesOf(entry.raw.collection, entry.data as never);
    problems.push(...danglingReferences(entry.raw.file, refs, ids, snapshot.contentDir));
    if (!(entry.raw.collection === 'reports' && nonPublicReports.has(entry.raw.id)))
      problems.push(...linksToHiddenReports(entry.raw.file, refs, nonPublicReports));
    problems.push(...reviewDateProblems(entry.raw.file, entry.data, options.asOf));
    if (entry.raw.collection === 'reports') problems.push(...reportRules(entry.raw.file, entry.data as Report));
    if (entry.raw.collection === 'contacts') problems.push(...contactRules(entry.raw.file, entry.data as Contact));
    if (entry.raw.collection === 'meetings') problems.push(...meetingRules(entry.raw.file, entry.data as Meeting));
  }
  if (options.wards) problems.push(...wardRules(valid.filter((e) => e.raw.collection === 'areas').map((e) => ({ file: e.raw.file, area: e.data as Area })), options.wards));
  // An entry that failed its schema still gets its references checked, so one pass lists everything.
  for (const raw of invalid) problems.push(...danglingReferences(raw.file, rawReferences(raw), ids, snapshot.contentDir));
  if (partnership) {
    problems.push(...danglingReferences(snapshot.partnership.file, partnershipReferences(partnership), ids, snapshot.contentDir));
    problems.push(...reviewDateProblems(snapshot.partnership.file, partnership, options.asOf));
  }
  void site;
  return sortProblems(problems);
}

function validateSingleton<S extends z.ZodType>(raw: RawSingleton, schema: S, problems: ContentProblem[]): z.output<S> | undefined {
  if (raw.data === undefined) {
    problems.push({ file: raw.file, field: '', message: 'missing: this file is required' });
    return undefined;
  }
  const result = schema.safeParse(raw.data, { reportInput: true });
  if (result.success) return result.data;
  problems.push(...schemaProblems(raw.file, schema, result.error.issues as SchemaIssue[]));
  return undefined;
}

function schemaProblems(file: string, schema: z.ZodType, issues: SchemaIssue[]): ContentProblem[] {
  return issues.flatMap((issue) => problemsFromIssue(file, issue, (path) => keysAt(schema, path)));
}

/** References read from an entry that failed validation: whatever can be read is checked. */
function rawReferences(raw: RawEntry): Reference[] {
  try {
    return referencesOf(raw.collection, raw.data as never).filter((ref) => typeof ref.id === 'string');
  } catch {
    return [];
  }
}

function duplicateIds(entries: RawEntry[]): ContentProblem[] {
  const seen = new Map<string, RawEntry>();
  const problems: ContentProblem[] = [];
  for (const entry of [...entries].sort((a, b) => a.file.localeCompare(b.file))) {
    const key = `${entry.collection}/${entry.id}`;
    const first = seen.get(key);
    if (first)
      problems.push({
        file: entry.file,
        field: 'id',
        message: `found id "${entry.id}", which ${first.file} already uses; expected each entry to have its own file name`,
      });
    else seen.set(key, entry);
  }
  return problems;
}

function idsByCollection(entries: RawEntry[]): Map<CollectionName, Set<string>> {
  const map = new Map<CollectionName, Set<string>>();
  for (const entry of entries) {
    if (!map.has(entry.collection)) map.set(entry.collection, new Set());
    map.get(entry.collection)!.add(entry.id);
  }
  return map;
}

function danglingReferences(file: string, refs: Reference[], ids: Map<CollectionName, Set<string>>, contentDir: string): ContentProblem[] {
  return refs
    .filter((ref) => !ids.get(ref.collection)?.has(ref.id))
    .map((ref) => {
      const known = [...(ids.get(ref.collection) ?? [])];
      const guess = closest(ref.id, known);
      const folder = `${contentDir}/${collections[ref.collection].folder}/`;
      return {
        file,
        field: ref.field,
        message: `found "${ref.id}", expected the id of an entry in ${folder}${guess ? ` (did you mean "${guess}"?)` : ''}`,
      };
    });
}

function linksToHiddenReports(file: string, refs: Reference[], hidden: Set<string>): ContentProblem[] {
  return refs
    .filter((ref) => ref.collection === 'reports' && hidden.has(ref.id))
    .map((ref) => ({
      file,
      field: ref.field,
      message: `found "${ref.id}", a draft or exempt report; expected a published or withdrawn report (a draft or exempt report must not be linked from a public page)`,
    }));
}

function reviewDateProblems(file: string, data: { reviewed?: unknown; reviewBy?: unknown }, asOf: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const reviewed = typeof data.reviewed === 'string' ? data.reviewed : undefined;
  if (reviewed && reviewed > asOf)
    problems.push({ file, field: 'reviewed', message: `found ${reviewed}, expected a date on or before today (${asOf})` });
  if (reviewed && typeof data.reviewBy === 'string' && data.reviewBy < reviewed)
    problems.push({ file, field: 'reviewBy', message: `found ${data.reviewBy}, expected a date after reviewed (${reviewed})` });
  return problems;
}

/** Rules that need more than one field of a report at once. */
export function reportRules(file: string, report: Report): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Set<string>();
  const published = report.dates.published;
  report.recommendations.forEach((rec, i) => {
    const at = `recommendations[${i}]`;
    if (seen.has(rec.id)) problems.push({ file, field: `${at}.id`, message: `found "${rec.id}" again; expected each recommendation id once per report` });
    seen.add(rec.id);
    if (rec.response && rec.due && rec.due < rec.response.date)
      problems.push({ file, field: `${at}.due`, message: `found ${rec.due}, expected a date on or after the response date (${rec.response.date})` });
    if (rec.response && published && rec.response.date < published)
      problems.push({ file, field: `${at}.response.date`, message: `found ${rec.response.date}, expected a date on or after the report was published (${published})` });
    rec.updates.forEach((update, j) => {
      if (published && update.date < published)
        problems.push({ file, field: `${at}.updates[${j}].date`, message: `found ${update.date}, expected a date on or after the report was published (${published})` });
    });
  });
  return problems;
}

/** A meeting must end after it starts, and its agenda must fit between the two. */
export function meetingRules(file: string, meeting: Meeting): ContentProblem[] {
  const start = toMinutes(meeting.start);
  const end = toMinutes(meeting.end);
  if (end <= start) return [{ file, field: 'end', message: `found ${meeting.end}, expected a time after the start (${meeting.start})` }];
  const late = timedAgenda(meeting).find((item) => toMinutes(item.starts) + item.minutes > end);
  if (!late) return [];
  const finishes = toClock(toMinutes(late.starts) + late.minutes);
  return [
    {
      file,
      field: `agenda[${late.number - 1}].minutes`,
      message: `item ${late.number} "${late.subject}" runs from ${late.starts} to ${finishes}, past the meeting's end at ${meeting.end}; expected the agenda to finish by then`,
    },
  ];
}

/** Phone numbers must be real UK numbers or known short codes, so every tel: link dials. */
export function contactRules(file: string, contact: Contact): ContentProblem[] {
  return (['phone', 'textphone'] as const).flatMap((field) => {
    const written = contact[field];
    if (written === undefined) return [];
    const result = checkUkPhone(written);
    return result.ok ? [] : [{ file, field, message: result.message }];
  });
}

/** Every ward must be one of the council's wards in the ONS lookup, named as the lookup names it, in one area only. */
export function wardRules(areas: { file: string; area: Area }[], lookup: WardLookup): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const placed = new Map<string, string>();
  for (const { file, area } of areas) {
    area.wards.forEach((ward, i) => {
      const known = lookup.wards.get(ward.code);
      if (known === undefined)
        problems.push({ file, field: `wards[${i}].code`, message: `found "${ward.code}", expected a ward of local authority ${lookup.localAuthority} in ${lookup.file}` });
      else if (known !== ward.name)
        problems.push({ file, field: `wards[${i}].name`, message: `found "${ward.name}", expected "${known}" (the name ${lookup.file} gives ${ward.code})` });
      const other = placed.get(ward.code);
      if (other) problems.push({ file, field: `wards[${i}].code`, message: `found "${ward.code}", which ${other} already places in its area; expected each ward in one area only` });
      else placed.set(ward.code, file);
    });
  }
  return problems;
}

/** The field names allowed at `path` in `schema`, for "did you mean" hints. */
export function keysAt(schema: z.ZodType, path: ReadonlyArray<PropertyKey>): string[] {
  let node: unknown = schema;
  for (const key of path) {
    node = unwrap(node);
    const def = defOf(node);
    if (def?.type === 'object') node = (def.shape as Record<string, unknown>)[String(key)];
    else if (def?.type === 'array') node = def.element;
    else return [];
  }
  const def = defOf(unwrap(node));
  return def?.type === 'object' ? Object.keys(def.shape as object) : [];
}

type Def = { type: string; [key: string]: unknown };
function defOf(node: unknown): Def | undefined {
  return (node as { _zod?: { def?: Def } } | undefined)?._zod?.def;
}
function unwrap(node: unknown): unknown {
  let current = node;
  for (let def = defOf(current); def && ['optional', 'default', 'nullable', 'pipe', 'prefault'].includes(def.type); def = defOf(current)) {
    current = def.type === 'pipe' ? def.in : def.innerType;
  }
  return current;
}
