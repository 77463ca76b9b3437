/**
 * The CMS's file format for one collection: reads a file into the fields the CMS shows, and writes
 * them back as a person would have written them. An entry opened and saved unchanged is written
 * byte for byte as it was; a changed entry changes only the lines of what changed; a new entry is
 * written in the project's style and key order.
 *
 * Pure: used by the admin page (registered with the CMS) and by the unit tests.
 */
import { parseDocument } from 'yaml';
import { fileOrder, type RootShape } from './shape.ts';
import type { Field, Shape } from './walk.ts';
import { deepEqual, isPlainObject } from './values.ts';
import { patchYaml } from './yaml-patch.ts';
import { renderDocument, type StyleHints } from './yaml-style.ts';

/** Hidden CMS fields: the file an entry was read from, and a new entry's file name. */
export const ORIGIN_FIELD = '_origin';
export const ID_FIELD = '_id';
const HIDDEN = new Set([ORIGIN_FIELD, ID_FIELD]);

interface Origin {
  /** The file's YAML (the front matter of an .mdx file). */
  yaml: string;
  /** The file's data as read. */
  data: Record<string, unknown>;
  /** Everything after the front matter, as it was. */
  body?: string;
}

export interface EntryFormat {
  fromFile(text: string): Record<string, unknown>;
  toFile(data: Record<string, unknown>): string;
}

export function entryFormat(root: RootShape, kind: 'mdx' | 'yaml'): EntryFormat {
  const origins = new Map<string, Origin>();
  let counter = 0;
  const hints = styleHints(root);
  return {
    fromFile(text) {
      const { yaml, body } = kind === 'mdx' ? splitFrontMatter(text) : { yaml: text, body: undefined };
      const doc = parseDocument(yaml);
      if (doc.errors.length > 0) throw new Error(doc.errors[0]!.message);
      const data = (doc.toJS() ?? {}) as Record<string, unknown>;
      const token = `o${++counter}`;
      origins.set(token, { yaml, data, ...(body !== undefined ? { body } : {}) });
      const cms = toCms(data, root);
      if (kind === 'mdx') cms.body = bodyForEditor(body ?? '');
      cms[ORIGIN_FIELD] = token;
      return cms;
    },
    toFile(cms) {
      const origin = typeof cms[ORIGIN_FIELD] === 'string' ? origins.get(cms[ORIGIN_FIELD]) : undefined;
      const data = toFileData(cms, root, origin?.data);
      const yaml = (origin && patchYaml(origin.yaml, data, hints)) ?? renderDocument(data, hints);
      if (kind === 'yaml') return yaml;
      const bodyText = typeof cms.body === 'string' ? cms.body : '';
      const body =
        origin?.body !== undefined && bodyForEditor(origin.body) === bodyText ? origin.body : bodyForFile(bodyText);
      return `---\n${yaml}---\n${body}`;
    },
  };
}

/** An .mdx file's front matter and the rest. */
export function splitFrontMatter(text: string): { yaml: string; body: string } {
  const match = /^---\r?\n([\s\S]*?\r?\n)?---(?:\r?\n|$)/.exec(text);
  if (!match) return { yaml: '', body: text };
  return { yaml: match[1] ?? '', body: text.slice(match[0].length) };
}

/** The body as the editor shows it: without the blank line after the front matter or the last newline. */
const bodyForEditor = (body: string) => body.replace(/^(?:\r?\n)+/, '').replace(/\s+$/, '');
/** A changed body as the project writes it: a blank line after the front matter, one newline at the end. */
const bodyForFile = (text: string) => (text.trim() === '' ? '' : `\n${text.trim()}\n`);

/** The file's data as the CMS's fields hold it. */
export function toCms(data: Record<string, unknown>, root: RootShape): Record<string, unknown> {
  if (root.root.kind === 'record') {
    const { listField, keyField, valueField } = root.root;
    const items = Object.entries(data).map(([key, value]) =>
      valueField ? { [keyField]: key, [valueField]: value } : { [keyField]: key, ...(value as object) },
    );
    return { [listField]: items };
  }
  return mapFields(data, root.fields, (value, shape) => cmsValue(value, shape));
}

function cmsValue(value: unknown, shape: Shape): unknown {
  // A year YAML read as a number is shown as the text it is.
  if (shape.kind === 'partial-date' && typeof value === 'number') return String(value);
  if (shape.kind === 'literal-or-list' && value === shape.literal) return [value];
  if (shape.kind === 'object' && isPlainObject(value)) return mapFields(value, shape.fields, cmsValue);
  if (shape.kind === 'text-or-object') {
    if (typeof value === 'string') return { [shape.textField]: value };
    return isPlainObject(value) ? mapFields(value, shape.object.fields, cmsValue) : value;
  }
  if (
    shape.kind === 'list' &&
    Array.isArray(value) &&
    (shape.of.kind === 'object' || shape.of.kind === 'text-or-object')
  ) {
    const of = shape.of;
    return value.map((item) =>
      of.kind === 'object' ? (isPlainObject(item) ? mapFields(item, of.fields, cmsValue) : item) : cmsValue(item, of),
    );
  }
  return value;
}

function mapFields(
  data: Record<string, unknown>,
  fields: Field[],
  map: (value: unknown, shape: Shape) => unknown,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    const field = fields.find((f) => f.name === key);
    out[key] = field ? map(value, field.shape) : value;
  }
  return out;
}

/**
 * The CMS's data as the file holds it: empty optional fields left out (unless the file had them),
 * "none" written as null where the schema says so, one-word choices back to one word, hidden
 * fields dropped. Fields the schema does not know are kept as they are: the check reports them.
 */
export function toFileData(
  cms: Record<string, unknown>,
  root: RootShape,
  original?: Record<string, unknown>,
): Record<string, unknown> {
  const visible = Object.fromEntries(Object.entries(cms).filter(([k]) => !HIDDEN.has(k) && k !== 'body'));
  if (root.root.kind === 'record') {
    const { listField, keyField, valueField } = root.root;
    const items = Array.isArray(visible[listField]) ? (visible[listField] as Record<string, unknown>[]) : [];
    const itemShape = root.fields[0]!.shape;
    const itemFields = itemShape.kind === 'list' && itemShape.of.kind === 'object' ? itemShape.of.fields : [];
    const out: Record<string, unknown> = {};
    for (const item of items) {
      const cleaned = cleanObject(item, itemFields, undefined);
      const key = cleaned[keyField];
      if (typeof key !== 'string' || key === '') continue;
      const { [keyField]: _key, ...rest } = cleaned;
      out[key] = valueField ? rest[valueField] : { ...(original?.[key] as object), ...rest };
    }
    return out;
  }
  return cleanObject(visible, root.fields, original);
}

function cleanObject(
  value: Record<string, unknown>,
  fields: Field[],
  original: Record<string, unknown> | undefined,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(value)) {
    if (HIDDEN.has(key)) continue;
    const field = fields.find((f) => f.name === key);
    if (!field) {
      if (raw !== undefined) out[key] = raw;
      continue;
    }
    const before = original?.[key];
    const cleaned = cleanValue(raw, field.shape, before);
    // The schema's default, such as crimeAndDisorder: false, is left out unless the file wrote it.
    if (
      field.default !== undefined &&
      !isEmpty(cleaned) &&
      deepEqual(cleaned, field.default) &&
      !(original && key in original)
    )
      continue;
    if (!isEmpty(cleaned)) out[key] = cleaned;
    // An empty field the schema requires but lets be null is "none" (an agenda item with no
    // decision); one it also lets be left out is left out (a nation's own court: the power's applies).
    else if (field.nullable && field.required) out[key] = null;
    else if (original && key in original && isEmpty(before) && before !== undefined) out[key] = before;
    // A required object whose fields are all optional stays, empty ("dates: {}"); an empty
    // required text is left out, and the check before saving says it is missing.
    else if (field.required && isPlainObject(cleaned)) out[key] = cleaned;
  }
  // A field the schema requires but lets be null, never filled in (a new agenda item's decision), is "none".
  for (const field of fields)
    if (field.required && field.nullable && !(field.name in out) && !(original && field.name in original))
      out[field.name] = null;
  return out;
}

function cleanValue(value: unknown, shape: Shape, before: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  switch (shape.kind) {
    case 'date':
      if (value instanceof Date) return value.toISOString().slice(0, 10);
      return typeof value === 'string' ? value.trim() : value;
    case 'partial-date': {
      if (value instanceof Date) return value.toISOString().slice(0, 10);
      const text = typeof value === 'string' ? value.trim() : value;
      // A year alone is written plain, as people write it ("scoped: 2022"); YAML reads it as a number, which the schema takes.
      return typeof text === 'string' && /^\d{4}$/.test(text) ? Number(text) : text;
    }
    case 'number':
      if (typeof value === 'string') return value.trim() === '' ? undefined : Number(value);
      return value;
    case 'object':
      return isPlainObject(value)
        ? cleanObject(value, shape.fields, isPlainObject(before) ? before : undefined)
        : value;
    case 'text-or-object': {
      if (!isPlainObject(value)) return value;
      const cleaned = cleanObject(value, shape.object.fields, isPlainObject(before) ? before : undefined);
      const keys = Object.keys(cleaned);
      // Only the text filled in: written as the text, as people write it, unless the file had a group here.
      if (
        keys.length === 1 &&
        keys[0] === shape.textField &&
        typeof cleaned[shape.textField] === 'string' &&
        !isPlainObject(before)
      )
        return cleaned[shape.textField];
      return isEmpty(cleaned) ? undefined : cleaned;
    }
    case 'list':
      if (!Array.isArray(value)) return value;
      return value
        .map((item, i) => cleanValue(item, shape.of, Array.isArray(before) ? before[i] : undefined))
        .filter((item) => item !== undefined && item !== '');
    case 'literal-or-list':
      if (Array.isArray(value) && value.length === 1 && value[0] === shape.literal) return shape.literal;
      return cleanValue(value, shape.list, before);
    default:
      return value;
  }
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (isPlainObject(value)) return Object.keys(value).length === 0;
  return false;
}

/** Where each key goes and which texts are dates, from the fields. */
export function styleHints(root: RootShape): StyleHints {
  const rootFields: Field[] = root.root.kind === 'record' ? [] : root.fields;
  const at = (path: string[]): { fields?: Field[]; shape?: Shape } => {
    let fields: Field[] | undefined = rootFields;
    let shape: Shape | undefined;
    let steps = path;
    if (root.root.kind === 'record') {
      // A map's value: its item's fields without the id, or the one value field.
      const { keyField, valueField } = root.root;
      const item = root.fields[0]!.shape;
      const itemFields = item.kind === 'list' && item.of.kind === 'object' ? item.of.fields : [];
      if (path.length === 0) return {};
      if (valueField) {
        shape = itemFields.find((f) => f.name === valueField)?.shape;
        fields = shape?.kind === 'object' ? shape.fields : undefined;
      } else fields = itemFields.filter((f) => f.name !== keyField);
      steps = path.slice(1);
    }
    for (const step of steps) {
      if (step === '[]') {
        if (shape?.kind === 'list') shape = shape.of;
        else if (shape?.kind === 'literal-or-list') shape = shape.list.of;
        else return {};
      } else {
        const field: Field | undefined = fields?.find((f) => f.name === step);
        if (!field) return {};
        shape = field.shape;
      }
      fields =
        shape.kind === 'object' ? shape.fields : shape.kind === 'text-or-object' ? shape.object.fields : undefined;
    }
    return { ...(fields ? { fields } : {}), ...(shape ? { shape } : {}) };
  };
  return {
    orderOf: (path) => {
      const { fields } = at(path);
      return fields ? (path.length === 0 ? fileOrder(fields) : fields.map((f) => f.name)) : [];
    },
    isDate: (path) => at(path).shape?.kind === 'date' || at(path).shape?.kind === 'partial-date',
    isTime: (path) => at(path).shape?.kind === 'time',
    isIdList: (path) => {
      const { shape } = at(path);
      return (
        (shape?.kind === 'list' && (shape.of.kind === 'reference' || shape.of.kind === 'enum')) ||
        shape?.kind === 'literal-or-list'
      );
    },
  };
}

export { deepEqual };
