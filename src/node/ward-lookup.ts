/**
 * Reads an ONS LSOA-to-ward lookup CSV (any vintage: WD18CD, WD19CD... mapped by header name)
 * and returns the wards of one local authority. Used by the check to validate area files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { WardLookup } from '../lib/snapshot.ts';

/** The lookup a council keeps beside its content, when present. */
export const wardLookupFile = 'data/ons-lsoa-ward-lookup.csv';

export function readWardLookup(file: string, displayName: string, localAuthority: string): WardLookup | undefined {
  const rows = councilRows(file, displayName, localAuthority);
  if (!rows) return undefined;
  return { file: displayName, localAuthority, wards: new Map(rows.map((r) => [r.ward, r.wardName])) };
}

/** LSOA codes of each of the council's wards, sorted; empty when there is no lookup. */
export function readLsoasByWard(file: string, localAuthority: string): Map<string, string[]> {
  const byWard = new Map<string, string[]>();
  for (const row of councilRows(file, file, localAuthority) ?? []) {
    if (!byWard.has(row.ward)) byWard.set(row.ward, []);
    byWard.get(row.ward)!.push(row.lsoa);
  }
  for (const codes of byWard.values()) codes.sort();
  return byWard;
}

function councilRows(file: string, displayName: string, localAuthority: string) {
  if (!existsSync(file)) return undefined;
  const rows = parse(readFileSync(file), { bom: true, columns: true, skip_empty_lines: true }) as Record<string, string>[];
  const header = Object.keys(rows[0] ?? {});
  const column = (pattern: RegExp) => {
    const name = header.find((h) => pattern.test(h));
    if (!name) throw new Error(`${displayName}: expected a column matching ${pattern} (such as WD18CD), found ${header.join(', ')}`);
    return name;
  };
  const [lsoa, wardCode, wardName, laCode] = [column(/^LSOA\d{2}CD$/), column(/^WD\d{2}CD$/), column(/^WD\d{2}NM$/), column(/^LAD\d{2}CD$/)];
  return rows.filter((row) => row[laCode] === localAuthority).map((row) => ({ lsoa: row[lsoa]!, ward: row[wardCode]!, wardName: row[wardName]! }));
}
