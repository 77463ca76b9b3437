/**
 * What a data.police.uk CSV file is, judged by its header, and what each row of a street-level
 * file means for the council. Pure: the file reading is in src/node/police-import.ts.
 *
 * police.uk publishes three kinds of monthly file per force: street-level crime ("-street.csv"),
 * outcomes and stop and search. Only the first holds crimes and anti-social behaviour by LSOA,
 * so the others are refused with a message saying what they look like.
 */

/** The columns of a street-level crime file, in the order police.uk publishes them. */
export const streetColumns = [
  'Crime ID', 'Month', 'Reported by', 'Falls within', 'Longitude', 'Latitude', 'Location',
  'LSOA code', 'LSOA name', 'Crime type', 'Last outcome category', 'Context',
] as const;

/** The columns the importer reads. Columns are found by name, so their order does not matter. */
export const requiredStreetColumns = ['Month', 'Reported by', 'LSOA code', 'Crime type'] as const;

/** Where the columns the importer reads are, by position in each row. */
export interface StreetColumns {
  month: number;
  reportedBy: number;
  lsoa: number;
  crimeType: number;
  /** How many fields every row must have: the header's length. */
  fieldCount: number;
}

export type HeaderCheck = { ok: true; columns: StreetColumns } | { ok: false; message: string };

const expectedColumns = `expected a street-level crime file (the "-street.csv" files) with the columns ${streetColumns.join(', ')}`;

/** Header names compared without case, surrounding spaces or doubled spaces. */
function normalise(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Reads a header line: the positions of the columns the importer needs, or why the file is not a
 * street-level crime file. The message completes a sentence that starts with the file's name.
 */
export function checkStreetHeader(header: readonly string[]): HeaderCheck {
  const positions = new Map<string, number[]>();
  header.forEach((name, i) => positions.set(normalise(name), [...(positions.get(normalise(name)) ?? []), i]));
  const has = (name: string) => positions.has(normalise(name));

  const repeated = [...positions.entries()].find(([name, at]) => name !== '' && at.length > 1);
  if (repeated) {
    const [, at] = repeated;
    return { ok: false, message: `has the column "${header[at[0]!]!.trim()}" more than once (columns ${at.map((i) => i + 1).join(' and ')}); expected each column once` };
  }
  if (has('Outcome type') && !has('Crime type')) {
    return { ok: false, message: `looks like a police.uk outcomes file (it has an "Outcome type" column and no "Crime type"); ${expectedColumns}` };
  }
  if (has('Object of search') || (has('Type') && has('Date') && has('Legislation'))) {
    return { ok: false, message: `looks like a police.uk stop-and-search file (it has columns such as "Object of search" and "Legislation"); ${expectedColumns}` };
  }
  const missing = requiredStreetColumns.filter((name) => !has(name));
  if (missing.length === requiredStreetColumns.length) {
    const shown = header.slice(0, 6).map((name) => `"${name}"`).join(', ');
    return { ok: false, message: `does not look like a police.uk file: its header is ${shown}${header.length > 6 ? ', ...' : ''}; ${expectedColumns}` };
  }
  if (missing.length > 0) {
    return { ok: false, message: `looks like a street-level crime file but has no ${missing.map((m) => `"${m}"`).join(' or ')} column; ${expectedColumns}` };
  }
  const at = (name: string) => positions.get(normalise(name))![0]!;
  return { ok: true, columns: { month: at('Month'), reportedBy: at('Reported by'), lsoa: at('LSOA code'), crimeType: at('Crime type'), fieldCount: header.length } };
}

/** Where an LSOA lies for the council being imported. */
export interface Placement {
  ward: string;
  /** The community area (an id in content/areas), or null when the ward is in none. */
  area: string | null;
}

/** What one data row means. */
export type ClassifiedRow =
  | { kind: 'malformed'; reason: string }
  | { kind: 'no-location'; month: string; crimeType: string; force: string }
  | { kind: 'outside-council'; month: string; crimeType: string; force: string }
  | { kind: 'in-council'; month: string; crimeType: string; force: string; place: Placement };

const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * Classifies one data row. `placeOf` gives the ward and area of an LSOA in the council, and
 * undefined for any other LSOA, which is therefore outside the council.
 */
export function classifyStreetRow(fields: readonly string[], columns: StreetColumns, placeOf: (lsoa: string) => Placement | undefined): ClassifiedRow {
  if (fields.length !== columns.fieldCount) {
    const hint = fields.length > columns.fieldCount ? ' (a comma inside an unquoted field?)' : ' (a line cut short?)';
    return { kind: 'malformed', reason: `found ${fields.length} fields, expected ${columns.fieldCount}${hint}` };
  }
  const month = fields[columns.month]!.trim();
  if (!monthPattern.test(month)) return { kind: 'malformed', reason: `Month: found ${JSON.stringify(month)}, expected YYYY-MM` };
  const crimeType = fields[columns.crimeType]!.trim();
  if (crimeType === '') return { kind: 'malformed', reason: 'Crime type: found nothing, expected a crime type such as "Burglary"' };
  const force = fields[columns.reportedBy]!.trim();
  const lsoa = fields[columns.lsoa]!.trim();
  if (lsoa === '') return { kind: 'no-location', month, crimeType, force };
  const place = placeOf(lsoa);
  return place ? { kind: 'in-council', month, crimeType, force, place } : { kind: 'outside-council', month, crimeType, force };
}

/** csv-parse's error codes in plain words, for the malformed-row report. */
export function describeCsvError(code: string | undefined, message: string): string {
  switch (code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quoted field is never closed (is the file cut short?)';
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'a closing quote is followed by other characters instead of a comma';
    case 'INVALID_OPENING_QUOTE':
      return 'a quote appears in the middle of an unquoted field';
    default:
      return message;
  }
}
