/**
 * The fields the CMS shows for one file, and the project's key order. Most files are an object of
 * fields. A file that is a map of ids (services.yaml) is shown as a list with the id in each item,
 * since the CMS edits lists, not maps.
 */
import type { z } from 'zod';
import { schemaShape, type DocTree, type Field, type WalkOptions } from './walk.ts';

export type { Field, Shape } from './walk.ts';

export interface RootShape {
  /** The fields as the CMS shows them. */
  fields: Field[];
  /** How the file's top level maps to those fields. */
  root: { kind: 'object' } | { kind: 'record'; listField: string; keyField: string; valueField?: string };
}

/** Review dates go last, before the sources, as the scaffolds and the example files write them. */
const LAST = ['reviewed', 'reviewBy'];

/** The keys of an object, in the order the project writes them. */
export function fileOrder(fields: readonly Field[]): string[] {
  const names = fields.map((f) => f.name);
  const rest = names.filter((n) => !LAST.includes(n));
  const last = names.filter((n) => LAST.includes(n));
  if (last.length === 0) return names;
  const at = rest.indexOf('sources');
  return at === -1 ? [...rest, ...last] : [...rest.slice(0, at), ...last, ...rest.slice(at)];
}

/** The fields the CMS shows for a file whose schema is `schema`. */
export function rootShape(schema: z.ZodType, docs: DocTree = {}, options: WalkOptions = {}): RootShape {
  const shape = schemaShape(schema, docs, '', options);
  if (shape.kind === 'object') {
    const order = fileOrder(shape.fields);
    return { fields: order.map((name) => shape.fields.find((f) => f.name === name)!), root: { kind: 'object' } };
  }
  if (shape.kind === 'record') {
    const keyField = shape.key.kind === 'reference' ? singular(shape.key.target) : 'id';
    const keyDoc =
      shape.key.kind === 'reference' && shape.key.target === 'services'
        ? 'The national service (in content/national/services.yaml).'
        : 'Its id.';
    const key: Field = { name: keyField, doc: keyDoc, shape: shape.key, required: true, nullable: false };
    let itemFields: Field[];
    let valueField: string | undefined;
    if (shape.value.kind === 'object') itemFields = [key, ...shape.value.fields];
    else {
      // Named the same with or without doc comments (the browser walks without them).
      valueField = 'value';
      itemFields = [key, { name: valueField, doc: docs.doc, shape: shape.value, required: true, nullable: false }];
    }
    const listField = 'items';
    return {
      fields: [
        {
          name: listField,
          doc: docs.doc,
          shape: { kind: 'list', of: { kind: 'object', fields: itemFields } },
          required: false,
          nullable: false,
        },
      ],
      root: valueField ? { kind: 'record', listField, keyField, valueField } : { kind: 'record', listField, keyField },
    };
  }
  throw new Error(`the CMS cannot show a file whose top level is a ${shape.kind}`);
}

const singular = (name: string) => (name.endsWith('s') ? name.slice(0, -1) : name);
