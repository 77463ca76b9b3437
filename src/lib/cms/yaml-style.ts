/**
 * The project's YAML style for values the CMS writes: keys in the schema's order (review dates last,
 * before sources, as the scaffolds write them), dates as plain YYYY-MM-DD, long sentences folded
 * (`>-`) at 100 characters, short lists of ids on one line, and quotes only where js-yaml (the
 * reader the build and `npm run check` use) would otherwise read the text as something else,
 * such as a time ("18:30") or a yes/no.
 */
import jsYaml from 'js-yaml';
import { Document, isScalar, Pair, Scalar, YAMLMap, YAMLSeq, type Node as YamlNode } from 'yaml';
import { isPlainObject } from './values.ts';

export interface StyleHints {
  /** The keys of the object at `path`, in the order the project writes them. */
  orderOf(path: string[]): string[];
  /** Whether the text at `path` is a date (written plain, never quoted). */
  isDate(path: string[]): boolean;
  /** Whether the text at `path` is a clock time (always quoted, "18:30", as the project writes it). */
  isTime?(path: string[]): boolean;
  /** Whether a list at `path` holds ids, which read well on one line. */
  isIdList(path: string[]): boolean;
}

const options = { lineWidth: 100, minContentWidth: 20, indentSeq: true, flowCollectionPadding: false } as const;

/** Longer than this, a sentence is written folded (`>-`) over several lines. */
const FOLD_AT = 90;
/** Lists of ids up to this length are written on one line: `areas: [calne, devizes]`. */
const FLOW_LIST_MAX = 70;

/**
 * One `key: value` pair. `was` is the value's node in the file, if the key was there: a text on one
 * line stays on one line, quoted as it was where that reads back the same, so changing a long
 * sentence (or changing it back) keeps the way the person wrote it.
 */
export function renderPair(
  key: string,
  value: unknown,
  hints: StyleHints,
  path: string[],
  was?: YamlNode | null,
): string {
  const map = new YAMLMap();
  const node = toNode(value, hints, [...path, key]);
  const oneLine = keepOneLine(node, was);
  map.items.push(new Pair(new Scalar(key), node));
  return oneLine ? render(map, { lineWidth: 0 }) : render(map);
}

function keepOneLine(node: YamlNode, was: YamlNode | null | undefined): boolean {
  if (!(node instanceof Scalar) || typeof node.value !== 'string' || node.value.includes('\n')) return false;
  if (!was || !isScalar(was) || typeof was.value !== 'string') return false;
  const style = was.type;
  if (style !== Scalar.PLAIN && style !== Scalar.QUOTE_DOUBLE && style !== Scalar.QUOTE_SINGLE) return false;
  if (node.type === Scalar.QUOTE_DOUBLE && style === Scalar.PLAIN) return true;
  node.type = style === Scalar.PLAIN && misreadPlain(node.value) ? Scalar.QUOTE_DOUBLE : style;
  return true;
}

export function renderSeqItem(value: unknown, hints: StyleHints, path: string[]): string {
  const seq = new YAMLSeq();
  seq.items.push(toNode(value, hints, [...path, '[]']));
  return render(seq);
}

export function renderFlow(list: string[], hints: StyleHints, path: string[]): string {
  const node = toNode(list, hints, path) as YAMLSeq;
  node.flow = true;
  return render(node).trimEnd();
}

/** A whole file's YAML, for a new entry or when a file cannot be changed line by line. */
export function renderDocument(value: Record<string, unknown>, hints: StyleHints): string {
  return render(toNode(value, hints, []));
}

function render(node: YamlNode, override: { lineWidth?: number } = {}): string {
  const doc = new Document();
  doc.contents = node;
  return doc.toString({ ...options, ...override });
}

export function toNode(value: unknown, hints: StyleHints, path: string[]): YamlNode {
  if (value === null || value === undefined) return new Scalar(null);
  if (Array.isArray(value)) {
    const seq = new YAMLSeq();
    seq.items = value.map((v) => toNode(v, hints, [...path, '[]']));
    const oneLine =
      value.every((v) => typeof v === 'string' && /^[a-z0-9-]+$/.test(v)) && value.join(', ').length <= FLOW_LIST_MAX;
    seq.flow = value.length === 0 || (oneLine && hints.isIdList(path));
    return seq;
  }
  if (isPlainObject(value)) {
    const map = new YAMLMap();
    for (const key of orderedKeys(value, hints.orderOf(path)))
      map.items.push(new Pair(new Scalar(key), toNode(value[key], hints, [...path, key])));
    return map;
  }
  const scalar = new Scalar(value);
  if (typeof value === 'string')
    scalar.type = hints.isTime?.(path) ? Scalar.QUOTE_DOUBLE : stringStyle(value, hints.isDate(path));
  return scalar;
}

/** The keys of an object in the project's order; keys the order does not know keep their place at the end. */
export function orderedKeys(value: Record<string, unknown>, order: string[]): string[] {
  const known = order.filter((k) => k in value);
  return [...known, ...Object.keys(value).filter((k) => !order.includes(k))];
}

function stringStyle(text: string, isDate: boolean): Scalar.Type {
  if (isDate) return Scalar.PLAIN;
  if (text.includes('\n')) return Scalar.BLOCK_LITERAL;
  if (text.length > FOLD_AT && text === text.trim()) return Scalar.BLOCK_FOLDED;
  return misreadPlain(text) ? Scalar.QUOTE_DOUBLE : Scalar.PLAIN;
}

/** True when js-yaml would read the text, written plain, as anything but the same text. */
export function misreadPlain(text: string): boolean {
  if (text === '') return true;
  try {
    return jsYaml.load(text) !== text;
  } catch {
    return true;
  }
}
