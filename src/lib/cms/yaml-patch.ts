/**
 * Writes changed data back into YAML text the way a person would: only the lines of what changed
 * are rewritten, so key order, quotes, folded text, flow lists and comments of everything else stay
 * exactly as they were. New values are written in the project's style (src/lib/cms/yaml-style.ts).
 *
 * The result is always read back and compared with the data; if the two ever differ, the caller
 * falls back to writing the whole file afresh, so a style shortcut can never change a value.
 */
import {
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  type Node as YamlNode,
  type Pair,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import { renderPair, renderSeqItem, renderFlow, type StyleHints } from './yaml-style.ts';
import { deepEqual } from './values.ts';

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** The YAML text with `next` written into it, or undefined when it cannot be done line by line. */
export function patchYaml(text: string, next: Record<string, unknown>, hints: StyleHints): string | undefined {
  const doc = parseDocument(text);
  if (doc.errors.length > 0 || !isMap(doc.contents)) return undefined;
  const edits: Edit[] = [];
  const ok = patchMap(text, doc.contents, next, hints, [], edits);
  if (!ok) return undefined;
  const out = applyEdits(text, edits);
  const check = parseDocument(out);
  if (check.errors.length > 0 || !deepEqual(check.toJS(), next)) return undefined;
  return out;
}

function applyEdits(text: string, edits: Edit[]): string {
  let out = text;
  // Last first, so earlier offsets still hold; at one offset, a removal before an insertion.
  for (const edit of [...edits].sort((a, b) => b.start - a.start || b.end - b.start - (a.end - a.start)))
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

const lineStart = (text: string, pos: number) => text.lastIndexOf('\n', pos - 1) + 1;
function endOfLines(text: string, pos: number): number {
  if (pos > 0 && text[pos - 1] === '\n') return pos;
  const nl = text.indexOf('\n', pos);
  return nl === -1 ? text.length : nl + 1;
}
const column = (text: string, pos: number) => pos - lineStart(text, pos);

function pairKey(pair: Pair): string | undefined {
  return isScalar(pair.key) ? String(pair.key.value) : undefined;
}

function patchMap(
  text: string,
  map: YAMLMap,
  next: Record<string, unknown>,
  hints: StyleHints,
  path: string[],
  edits: Edit[],
): boolean {
  if (map.flow) return false;
  const pairs = map.items as Pair[];
  if (pairs.some((p) => pairKey(p) === undefined || !p.key || !(p.key as YamlNode).range)) return false;
  const keys = pairs.map((p) => pairKey(p)!);
  const col = pairs.length > 0 ? column(text, (pairs[0]!.key as YamlNode).range![0]) : 0;
  // Removed keys: their lines go.
  for (const pair of pairs) {
    const key = pairKey(pair)!;
    if (key in next) continue;
    let end = pairEnd(text, pair);
    // The first key of a list item shares the dash's line: the next key moves up onto it.
    if (afterDash(text, pair)) {
      if (!new RegExp(`^ {${col}}\\S`).test(text.slice(end))) return false;
      end += col;
    }
    edits.push({ start: pairStart(text, pair), end, text: '' });
  }
  // Changed keys.
  for (const pair of pairs) {
    const key = pairKey(pair)!;
    if (!(key in next)) continue;
    const value = pair.value as YamlNode | null;
    const before = value ? value.toJSON() : null;
    const after = next[key];
    if (deepEqual(before, after)) continue;
    const childPath = [...path, key];
    if (value && isMap(value) && !value.flow && isPlainObject(after) && value.items.length > 0) {
      if (!patchMap(text, value, after, hints, childPath, edits)) return false;
      continue;
    }
    if (value && isSeq(value) && !value.flow && Array.isArray(after) && value.items.length > 0 && after.length > 0) {
      if (!patchSeq(text, value, after, hints, childPath, edits)) return false;
      continue;
    }
    if (
      value &&
      isSeq(value) &&
      value.flow &&
      value.items.length > 0 &&
      Array.isArray(after) &&
      after.length > 0 &&
      after.every((v) => typeof v === 'string')
    ) {
      edits.push({ start: value.range![0], end: value.range![1], text: renderFlow(after, hints, childPath) });
      continue;
    }
    edits.push({
      start: pairStart(text, pair),
      end: pairEnd(text, pair),
      text: indentAt(text, pair, renderPair(key, after, hints, path, value), col),
    });
  }
  // Added keys: each goes before the first existing key that follows it in the project's order.
  if (map.items.length === 0) return false;
  const order = hints.orderOf(path);
  for (const key of Object.keys(next)) {
    if (keys.includes(key)) continue;
    const rank = order.indexOf(key);
    const following = pairs.find((p) => {
      const r = order.indexOf(pairKey(p)!);
      return rank !== -1 && r > rank;
    });
    const at = following ? pairStart(text, following) : pairEnd(text, pairs.at(-1)!);
    const block = indent(renderPair(key, next[key], hints, path), col);
    // Before the first key of a list item: the new key takes the dash's line and the old one moves down.
    edits.push({
      start: at,
      end: at,
      text: following && afterDash(text, following) ? block.slice(col) + ' '.repeat(col) : block,
    });
  }
  return true;
}

function patchSeq(
  text: string,
  seq: YAMLSeq,
  next: unknown[],
  hints: StyleHints,
  path: string[],
  edits: Edit[],
): boolean {
  const items = seq.items as YamlNode[];
  if (items.some((item) => !item?.range)) return false;
  const dashCol = column(text, items[0]!.range![0]) - 2;
  if (dashCol < 0 || text[lineStart(text, items[0]!.range![0]) + dashCol] !== '-') return false;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const start = lineStart(text, item.range![0]);
    const end = endOfLines(text, item.range![1]);
    if (text.slice(start, item.range![0]).trim() !== '-') return false;
    if (i >= next.length) {
      edits.push({ start, end, text: '' });
      continue;
    }
    const after = next[i];
    if (deepEqual(item.toJSON(), after)) continue;
    if (isMap(item) && !item.flow && isPlainObject(after) && item.items.length > 0) {
      if (!patchMap(text, item, after, hints, [...path, '[]'], edits)) return false;
      continue;
    }
    edits.push({ start, end, text: indent(renderSeqItem(after, hints, path), dashCol) });
  }
  if (next.length > items.length) {
    const at = endOfLines(text, items.at(-1)!.range![1]);
    const added = next.slice(items.length).map((v) => indent(renderSeqItem(v, hints, path), dashCol));
    edits.push({ start: at, end: at, text: added.join('') });
  }
  return true;
}

/** Whether the pair is a list item's first key, written on the dash's line ("- title: …"). */
function afterDash(text: string, pair: Pair): boolean {
  const key = (pair.key as YamlNode).range![0];
  return text.slice(lineStart(text, key), key).trim() !== '';
}

/** Where the pair's text begins: its line, or just after the dash for a list item's first key. */
function pairStart(text: string, pair: Pair): number {
  const key = (pair.key as YamlNode).range![0];
  return afterDash(text, pair) ? key : lineStart(text, key);
}

/** A rendered pair indented to its column, without the first line's indent when it follows a dash. */
function indentAt(text: string, pair: Pair, block: string, col: number): string {
  const indented = indent(block, col);
  return afterDash(text, pair) ? indented.slice(col) : indented;
}

function pairEnd(text: string, pair: Pair): number {
  const value = pair.value as YamlNode | null;
  return endOfLines(text, value?.range ? value.range[1] : (pair.key as YamlNode).range![1]);
}

function indent(block: string, col: number): string {
  if (col === 0) return block;
  const pad = ' '.repeat(col);
  return block
    .split('\n')
    .map((line) => (line ? pad + line : line))
    .join('\n');
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
