/**
 * Reads an ONS LSOA-to-ward lookup CSV (any vintage: WD18CD, WD19CD... mapped by header name)
 * and returns the wards of one local authority. Used by the check to validate area files. The
 * columns are found by src/lib/police/geography.ts's checkLookupHeader, as the importer finds them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { WardLookup } from '../lib/snapshot.ts';
import { checkLookupHeader, type LookupColumns } from '../lib/police/geography.ts';

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

/** The header names of the lookup's columns, found as the importer finds them; throws naming the file. */
function lookupColumnNames(
  header: readonly string[],
  displayName: string,
): Record<Exclude<keyof LookupColumns, 'wardColumn'>, string> {
  const check = checkLookupHeader(header);
  if (!check.ok) throw new Error(`${displayName} ${check.message}`);
  const { lsoa, ward, wardName, council, councilName } = check.columns;
  return {
    lsoa: header[lsoa]!,
    ward: header[ward]!,
    wardName: header[wardName]!,
    council: header[council]!,
    councilName: header[councilName]!,
  };
}

function councilRows(file: string, displayName: string, localAuthority: string) {
  if (!existsSync(file)) return undefined;
  const rows = parse(readFileSync(file), { bom: true, columns: true, skip_empty_lines: true }) as Record<
    string,
    string
  >[];
  const {
    lsoa,
    ward: wardCode,
    wardName,
    council: laCode,
  } = lookupColumnNames(Object.keys(rows[0] ?? {}), displayName);
  return rows
    .filter((row) => row[laCode] === localAuthority)
    .map((row) => ({ lsoa: row[lsoa]!, ward: row[wardCode]!, wardName: row[wardName]! }));
}

/** One council's part of a lookup: its wards and the lookup's own lines for it, header first. */
export interface CouncilLookup {
  /** The ward column's name, such as "WD18CD". */
  wardColumn: string;
  /** The local authority's name in the lookup, such as "Plymouth". */
  localAuthorityName: string;
  wards: { code: string; name: string; lsoas: number }[];
  /** The header line and each of the council's rows, exactly as the file has them, without line ends. */
  lines: string[];
  /** The file's line end, "\r\n" or "\n", to write the rows back as they were. */
  lineEnd: string;
}

/** The council's rows of a lookup, or undefined when the lookup has none for that code. */
export function readCouncilLookup(file: string, localAuthority: string): CouncilLookup | undefined {
  const records = parse(readFileSync(file), { bom: true, columns: true, skip_empty_lines: true, raw: true }) as {
    record: Record<string, string>;
    raw: string;
  }[];
  const {
    ward: wardCode,
    wardName,
    council: laCode,
    councilName: laName,
  } = lookupColumnNames(Object.keys(records[0]?.record ?? {}), file);
  const mine = records.filter((r) => r.record[laCode] === localAuthority);
  if (mine.length === 0) return undefined;
  const wards = new Map<string, { code: string; name: string; lsoas: number }>();
  for (const { record } of mine) {
    const ward = wards.get(record[wardCode]!) ?? { code: record[wardCode]!, name: record[wardName]!, lsoas: 0 };
    ward.lsoas += 1;
    wards.set(ward.code, ward);
  }
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const headerLine = text.split(/\r?\n/, 1)[0]!;
  return {
    wardColumn: wardCode,
    localAuthorityName: mine[0]!.record[laName]!,
    wards: [...wards.values()].sort((a, b) => a.name.localeCompare(b.name, 'en-GB')),
    lines: [headerLine, ...mine.map((r) => r.raw.replace(/^[\r\n]+|[\r\n]+$/g, ''))],
    lineEnd: text.includes('\r\n') ? '\r\n' : '\n',
  };
}
