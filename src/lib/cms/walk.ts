/**
 * Reads a zod schema into a plain tree of fields (a "shape"): what each field holds, whether it is
 * required, its limits and the words its errors use. The CMS configuration and the CMS's file
 * format are both made from this tree, so every schema change reaches the CMS without a second edit.
 *
 * It walks zod's own definitions (`schema._zod.def`), so it knows every kind of schema the content
 * uses; a kind it cannot show in the CMS is an error naming the field, never a silent gap.
 */
import type { z } from 'zod';
import { clockTime, entryId, isoDate, serviceId, webUrl } from '../../schemas/common.ts';
import { roleId } from '../../schemas/roles.ts';

/** Doc comments of a schema's fields, as read from its source (src/node/schema-docs.ts). */
export interface DocTree {
  doc?: string;
  fields?: Record<string, DocTree>;
  element?: DocTree;
  options?: DocTree[];
}

export interface Rule<T> {
  value: T;
  /** The schema's own message, shown by the CMS in the same words as `npm run check`. */
  message?: string | undefined;
}

export type Shape =
  | {
      kind: 'string';
      pattern?: Rule<string>;
      minLength?: Rule<number>;
      maxLength?: Rule<number>;
      format?: 'email' | 'url';
    }
  | { kind: 'date' }
  /** A date as precise as the source gives it: a day, a month or a year (written as text). */
  | { kind: 'partial-date' }
  | { kind: 'time'; pattern: Rule<string> }
  /** The id of an entry: `target` is a collection ("powers"), or "services" for national services. */
  | { kind: 'reference'; target: string }
  | { kind: 'number'; integer: boolean; min?: Rule<number>; max?: Rule<number> }
  | { kind: 'boolean' }
  | { kind: 'enum'; values: string[] }
  | { kind: 'list'; of: Shape; min?: Rule<number>; max?: Rule<number> }
  | { kind: 'object'; fields: Field[] }
  /** A map from ids to values (services.yaml): shown as a list of items, each with its id. */
  | { kind: 'record'; key: Shape; value: Shape }
  /** One word or a list, such as `areas: all` or `areas: [calne, devizes]`. */
  | { kind: 'literal-or-list'; literal: string; list: Extract<Shape, { kind: 'list' }> }
  /**
   * Text, or a group of fields when text is not enough, such as a citation: "s48(1)", or
   * { act, ref, url } for another Act. The CMS always shows the group; text is shown in
   * `textField`, the group's first field that takes the same text, and a group with only that
   * field filled is written back as the text.
   */
  | {
      kind: 'text-or-object';
      text: Extract<Shape, { kind: 'string' }>;
      object: Extract<Shape, { kind: 'object' }>;
      textField: string;
    };

export interface Field {
  name: string;
  /** The field's doc comment. */
  doc?: string | undefined;
  shape: Shape;
  /** False when the field may be left out (optional, or it has a default). */
  required: boolean;
  /** True when the file writes `null` for "none" (such as an agenda item with no decision). */
  nullable: boolean;
  /** The schema's default, when it has one. */
  default?: unknown;
}

export class UnsupportedSchemaError extends Error {}

type Def = { type: string; [key: string]: any };
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;
const messageOf = (check: Def): string | undefined => {
  const text = typeof check.error === 'function' ? check.error({}) : undefined;
  return typeof text === 'string' ? text : undefined;
};

/** Reads any schema the content uses. */
export function schemaShape(schema: z.ZodType, docs: DocTree = {}, where = '', options: WalkOptions = {}): Shape {
  const previous = lenient;
  lenient = options.withoutDocs ?? false;
  try {
    return shapeOf(unwrap(schema).schema, docs, where);
  } finally {
    lenient = previous;
  }
}

export interface WalkOptions {
  /** Walk without doc comments (in the browser, where only the shape matters): references get no target. */
  withoutDocs?: boolean;
}
let lenient = false;

/** Reads a schema whose top level is an object (every collection and settings file). */
export function objectFields(schema: z.ZodType, docs: DocTree = {}, where = ''): Field[] {
  const shape = shapeOf(schema, docs, where);
  if (shape.kind !== 'object')
    throw new UnsupportedSchemaError(`${where || 'schema'}: expected an object schema, found ${shape.kind}`);
  return shape.fields;
}

interface Unwrapped {
  schema: unknown;
  optional: boolean;
  nullable: boolean;
  default?: unknown;
  hasDefault: boolean;
}

/** Peels optional, nullable, default and refinements off a schema. */
function unwrap(schema: unknown): Unwrapped {
  const out: Unwrapped = { schema, optional: false, nullable: false, hasDefault: false };
  for (;;) {
    const def = defOf(out.schema);
    if (isBuildingBlock(out.schema)) return out;
    if (def.type === 'optional') out.optional = true;
    else if (def.type === 'nullable') out.nullable = true;
    else if (def.type === 'default' || def.type === 'prefault') {
      out.hasDefault = true;
      const value = typeof def.defaultValue === 'function' ? def.defaultValue() : def.defaultValue;
      out.default = structuredClone(value);
    } else if (def.type === 'pipe') {
      out.schema = def.in;
      continue;
    } else if (def.type !== 'readonly') return out;
    out.schema = def.innerType;
  }
}

const buildingBlocks = new Set<unknown>([isoDate, clockTime, entryId, serviceId, webUrl, roleId]);
const isBuildingBlock = (schema: unknown) => buildingBlocks.has(schema);

function shapeOf(schema: unknown, docs: DocTree, where: string): Shape {
  if (schema === isoDate) return { kind: 'date' };
  if (schema === clockTime) return { kind: 'time', pattern: stringRules(defOf(clockTime)).pattern! };
  if (schema === serviceId) return { kind: 'reference', target: 'services' };
  if (schema === roleId) return { kind: 'reference', target: 'roles' };
  if (schema === entryId) {
    const target = referenceTarget(docs.doc);
    if (!target && lenient) return { kind: 'reference', target: '' };
    if (!target)
      throw new UnsupportedSchemaError(
        `${where}: an entry id whose doc comment does not say which collection it names, such as "(ids in content/powers)"`,
      );
    return { kind: 'reference', target };
  }
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
      return { kind: 'string', ...stringRules(def), ...(schema === webUrl ? { format: 'url' as const } : {}) };
    case 'number':
      return numberShape(def);
    case 'boolean':
      return { kind: 'boolean' };
    case 'date':
      return { kind: 'date' };
    case 'enum':
      return { kind: 'enum', values: Object.values(def.entries as Record<string, string>) };
    case 'literal':
      if (def.values.every((v: unknown) => typeof v === 'string')) return { kind: 'enum', values: [...def.values] };
      break;
    case 'array': {
      const element = unwrap(def.element);
      const rules = lengthRules(def);
      return { kind: 'list', of: shapeOf(element.schema, { doc: docs.doc, ...docs.element }, `${where}[]`), ...rules };
    }
    case 'object': {
      const fields = Object.entries(def.shape as Record<string, unknown>).map(([name, child]) =>
        fieldOf(name, child, docs.fields?.[name] ?? {}, where ? `${where}.${name}` : name),
      );
      return { kind: 'object', fields };
    }
    case 'record':
      return {
        kind: 'record',
        key: shapeOf(unwrap(def.keyType).schema, {}, `${where}{key}`),
        value: shapeOf(unwrap(def.valueType).schema, { doc: docs.doc, ...docs.element }, `${where}{}`),
      };
    case 'union':
      return unionShape(def.options as unknown[], docs, where);
  }
  throw new UnsupportedSchemaError(
    `${where}: the CMS cannot show a zod "${def.type}" field; add it to src/lib/cms/walk.ts`,
  );
}

function fieldOf(name: string, schema: unknown, docs: DocTree, where: string): Field {
  const inner = unwrap(schema);
  const shape = shapeOf(inner.schema, docs, where);
  const field: Field = {
    name,
    doc: docs.doc,
    shape,
    required: !inner.optional && !inner.hasDefault,
    nullable: inner.nullable,
  };
  if (inner.hasDefault) field.default = inner.default;
  return field;
}

function unionShape(options: unknown[], docs: DocTree, where: string): Shape {
  const shapes = options.map((option, i) =>
    shapeOf(unwrap(option).schema, { doc: docs.doc, ...docs.options?.[i] }, where),
  );
  if (shapes.every((s) => s.kind === 'enum'))
    return { kind: 'enum', values: shapes.flatMap((s) => (s.kind === 'enum' ? s.values : [])) };
  const literal = shapes.find((s) => s.kind === 'enum' && s.values.length === 1);
  const list = shapes.find((s) => s.kind === 'list');
  if (shapes.length === 2 && literal?.kind === 'enum' && list?.kind === 'list')
    return { kind: 'literal-or-list', literal: literal.values[0]!, list };
  // Text that YAML may also read as a date or a number, such as a day, month or year.
  if (shapes.some((s) => s.kind === 'date') && shapes.every((s) => ['string', 'date', 'number'].includes(s.kind)))
    return { kind: 'partial-date' };
  const textOrObject = textOrObjectShape(shapes);
  if (textOrObject) return textOrObject;
  const text = shapes.find((s) => s.kind === 'string' || s.kind === 'date');
  if (text && shapes.every((s) => s.kind === 'string' || s.kind === 'date' || s.kind === 'enum'))
    return { kind: 'string' };
  throw new UnsupportedSchemaError(
    `${where}: the CMS cannot show a choice between ${shapes.map((s) => s.kind).join(' and ')}`,
  );
}

/** Text or a group of fields, when the group has a field that takes the same text. */
function textOrObjectShape(shapes: Shape[]): Extract<Shape, { kind: 'text-or-object' }> | undefined {
  if (shapes.length !== 2) return undefined;
  const text = shapes.find((s): s is Extract<Shape, { kind: 'string' }> => s.kind === 'string');
  const object = shapes.find((s): s is Extract<Shape, { kind: 'object' }> => s.kind === 'object');
  if (!text || !object) return undefined;
  const same = object.fields.find((f) => JSON.stringify(f.shape) === JSON.stringify(text));
  return same ? { kind: 'text-or-object', text, object, textField: same.name } : undefined;
}

function stringRules(
  def: Def,
): Pick<Extract<Shape, { kind: 'string' }>, 'pattern' | 'minLength' | 'maxLength' | 'format'> {
  const rules: ReturnType<typeof stringRules> = {};
  const checks: Def[] = [...(def.check ? [def] : []), ...(def.checks ?? []).map((c: unknown) => defOf(c))];
  for (const check of checks) {
    if (check.check === 'min_length') rules.minLength = { value: check.minimum, message: messageOf(check) };
    else if (check.check === 'max_length') rules.maxLength = { value: check.maximum, message: messageOf(check) };
    else if (check.check === 'string_format' && check.pattern instanceof RegExp) {
      rules.pattern = { value: check.pattern.source, message: messageOf(check) };
      if (check.format === 'email') rules.format = 'email';
    }
  }
  return rules;
}

function numberShape(def: Def): Shape {
  const shape: Extract<Shape, { kind: 'number' }> = { kind: 'number', integer: false };
  for (const check of (def.checks ?? []).map((c: unknown) => defOf(c))) {
    if (check.check === 'number_format' && /int/.test(check.format)) shape.integer = true;
    if (check.check === 'greater_than')
      shape.min = {
        value: check.inclusive ? check.value : check.value + (shape.integer ? 1 : Number.EPSILON),
        message: messageOf(check),
      };
    if (check.check === 'less_than')
      shape.max = {
        value: check.inclusive ? check.value : check.value - (shape.integer ? 1 : Number.EPSILON),
        message: messageOf(check),
      };
  }
  return shape;
}

function lengthRules(def: Def): { min?: Rule<number>; max?: Rule<number> } {
  const rules: { min?: Rule<number>; max?: Rule<number> } = {};
  for (const check of (def.checks ?? []).map((c: unknown) => defOf(c))) {
    if (check.check === 'min_length') rules.min = { value: check.minimum, message: messageOf(check) };
    if (check.check === 'max_length') rules.max = { value: check.maximum, message: messageOf(check) };
  }
  return rules;
}

/**
 * The collection an entry id names, read from its doc comment: "(ids in content/powers)",
 * "(an id in content/areas)", "(ids in the council's areas folder)", "(contact ids)".
 */
export function referenceTarget(doc: string | undefined): string | undefined {
  if (!doc) return undefined;
  const folder = /\b(?:an id|ids) in (?:content\/|the council's )?(?:national\/|councils\/<id>\/)?([a-z][a-z-]*)/i.exec(
    doc,
  );
  if (folder) return folder[1]!.replace(/\.yaml$/, '');
  const of = /\bids? of (contacts|powers|problems|areas|reports|meetings|legislation|roles)\b/i.exec(doc);
  if (of) return of[1]!.toLowerCase();
  const named = /\b(contact|power|problem|area|report|meeting|briefing|role)s? ids?\b/i.exec(doc);
  if (named) return named[1]!.toLowerCase() === 'legislation' ? 'legislation' : `${named[1]!.toLowerCase()}s`;
  if (/\blegislation ids?\b/i.test(doc)) return 'legislation';
  return undefined;
}
