/**
 * Reads an ONS LSOA-to-ward lookup CSV (any vintage: WD18CD, WD19CD... mapped by header name)
 * and returns the wards of one local authority. Used by the check to validate area files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { WardLookup } from '../lib/integrity.ts';

/** The lookup a council keeps beside its content, when present. */
export const wardLookupFile = 'data/ons-lsoa-ward-lookup.csv';

export function readWardLookup(file: string, displayName: string, localAuthority: string): WardLookup | undefined {
  if (!existsSync(file)) return undefined;
  const rows = parse(readFileSync(file), { bom: true, columns: true, skip_empty_lines: true }) as Record<string, string>[];
  const header = Object.keys(rows[0] ?? {});
  const column = (pattern: RegExp) => {
    const name = header.find((h) => pattern.test(h));
    if (!name) throw new Error(`${displayName}: expected a column matching ${pattern} (such as WD18CD), found ${header.join(', ')}`);
    return name;
  };
  const [wardCode, wardName, laCode] = [column(/^WD\d{2}CD$/), column(/^WD\d{2}NM$/), column(/^LAD\d{2}CD$/)];
  const wards = new Map<string, string>();
  for (const row of rows) if (row[laCode] === localAuthority) wards.set(row[wardCode]!, row[wardName]!);
  return { file: displayName, localAuthority, wards };
}
