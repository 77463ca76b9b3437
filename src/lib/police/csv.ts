/**
 * What a data.police.uk CSV file is, judged by its header, and what each row of a street-level
 * file means for the council. Pure: the file reading is in src/node/police-import.ts.
 *
 * police.uk publishes three kinds of monthly file per force: street-level crime ("-street.csv"),
 * outcomes and stop and search. Only the first holds crimes and anti-social behaviour by LSOA,
 * so the others are refused with a message saying what they look like.
 */
import { policeUkCategories } from '../../schemas/common.ts';

/** The columns of a street-level crime file, in the order police.uk publishes them. */
export const streetColumns = [
  'Crime ID',
  'Month',
  'Reported by',
  'Falls within',
  'Longitude',
  'Latitude',
  'Location',
  'LSOA code',
  'LSOA name',
  'Crime type',
  'Last outcome category',
  'Context',
] as const;

/**
 * Every column of the format is required, so a file missing one (an edited or exported copy) is
 * refused rather than half-read. Columns are found by name, so their order does not matter.
 */
export const requiredStreetColumns = streetColumns;

/** The columns that tell a street-level file from any other CSV file. */
const identifyingColumns = ['Month', 'Reported by', 'LSOA code', 'Crime type'] as const;

/**
 * The crime types police.uk publishes in street-level files
 * (https://data.police.uk/docs/method/crime-street/ and /api/crime-categories). The last two are
 * the names used for files before May 2013, when police.uk split them into today's categories.
 */
export const streetCrimeTypes: readonly string[] = [
  ...policeUkCategories,
  'Violent crime',
  'Public disorder and weapons',
];

/** Where the columns the importer reads are, by position in each row. */
export interface StreetColumns {
  month: number;
  reportedBy: number;
  fallsWithin: number;
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
    return {
      ok: false,
      message: `has the column "${header[at[0]!]!.trim()}" more than once (columns ${at.map((i) => i + 1).join(' and ')}); expected each column once`,
    };
  }
  if (has('Outcome type') && !has('Crime type')) {
    return {
      ok: false,
      message: `looks like a police.uk outcomes file (it has an "Outcome type" column and no "Crime type"); ${expectedColumns}`,
    };
  }
  if (has('Object of search') || (has('Type') && has('Date') && has('Legislation'))) {
    return {
      ok: false,
      message: `looks like a police.uk stop-and-search file (it has columns such as "Object of search" and "Legislation"); ${expectedColumns}`,
    };
  }
  const missing = requiredStreetColumns.filter((name) => !has(name));
  if (identifyingColumns.every((name) => !has(name))) {
    const shown = header
      .slice(0, 6)
      .map((name) => `"${name}"`)
      .join(', ');
    return {
      ok: false,
      message: `does not look like a police.uk file: its header is ${shown}${header.length > 6 ? ', ...' : ''}; ${expectedColumns}`,
    };
  }
  if (missing.length > 0) {
    return {
      ok: false,
      message: `looks like a street-level crime file but has no ${missing.map((m) => `"${m}"`).join(' or ')} column; ${expectedColumns}`,
    };
  }
  const at = (name: string) => positions.get(normalise(name))![0]!;
  return {
    ok: true,
    columns: {
      month: at('Month'),
      reportedBy: at('Reported by'),
      fallsWithin: at('Falls within'),
      lsoa: at('LSOA code'),
      crimeType: at('Crime type'),
      fieldCount: header.length,
    },
  };
}

/** Where an LSOA lies for the council being imported. */
export interface Placement {
  ward: string;
  /** The community area (an id in the council's areas folder), or null when the ward is in none. */
  area: string | null;
}

/** What one data row means. A refused row stops the import of its file. */
export type ClassifiedRow =
  | { kind: 'malformed'; reason: string; cutShort?: boolean }
  | { kind: 'refused'; reason: string }
  | { kind: 'no-location'; month: string; crimeType: string; force: string }
  | { kind: 'outside-council'; month: string; crimeType: string; force: string }
  | { kind: 'in-council'; month: string; crimeType: string; force: string; place: Placement };

const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;

/** What the council accepts: the forces whose rows it imports ("Falls within" values). */
export interface StreetRules {
  forces: readonly string[];
}

/**
 * Classifies one data row. `placeOf` gives the ward and area of an LSOA in the council, and
 * undefined for any other LSOA, which is therefore outside the council. A row of a force the
 * council does not list, or of a crime type police.uk does not publish, is refused: counting it
 * would put another force's or a made-up figure into the council's pages.
 */
export function classifyStreetRow(
  fields: readonly string[],
  columns: StreetColumns,
  placeOf: (lsoa: string) => Placement | undefined,
  rules: StreetRules,
): ClassifiedRow {
  if (fields.length !== columns.fieldCount) {
    const short = fields.length < columns.fieldCount;
    const hint = short ? ' (a line cut short?)' : ' (a comma inside an unquoted field?)';
    return {
      kind: 'malformed',
      reason: `found ${fields.length} fields, expected ${columns.fieldCount}${hint}`,
      ...(short ? { cutShort: true } : {}),
    };
  }
  const month = fields[columns.month]!.trim();
  if (!monthPattern.test(month))
    return { kind: 'malformed', reason: `Month: found ${JSON.stringify(month)}, expected YYYY-MM` };
  const crimeType = fields[columns.crimeType]!.trim();
  if (crimeType === '')
    return { kind: 'malformed', reason: 'Crime type: found nothing, expected a crime type such as "Burglary"' };
  if (!streetCrimeTypes.includes(crimeType)) {
    return {
      kind: 'refused',
      reason: `Crime type: found ${JSON.stringify(crimeType)}, expected one of police.uk's crime types (${policeUkCategories.join(', ')})`,
    };
  }
  const fallsWithin = fields[columns.fallsWithin]!.trim();
  if (!rules.forces.includes(fallsWithin)) {
    return {
      kind: 'refused',
      reason: `Falls within: found ${JSON.stringify(fallsWithin)}, expected one of the council's forces (policeForces in site.yaml: ${rules.forces.map((f) => JSON.stringify(f)).join(', ')})`,
    };
  }
  const force = fields[columns.reportedBy]!.trim();
  const lsoa = fields[columns.lsoa]!.trim();
  if (lsoa === '') return { kind: 'no-location', month, crimeType, force };
  const place = placeOf(lsoa);
  return place
    ? { kind: 'in-council', month, crimeType, force, place }
    : { kind: 'outside-council', month, crimeType, force };
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

/** Signatures of compressed files, by their first bytes. */
const compressedFormats: { name: string; magic: number[]; hint: string }[] = [
  { name: 'a gzip-compressed file', magic: [0x1f, 0x8b], hint: 'decompress it first (gunzip)' },
  {
    name: 'a zip archive',
    magic: [0x50, 0x4b, 0x03, 0x04],
    hint: 'unzip it and import the "-street.csv" files inside',
  },
  { name: 'a bzip2-compressed file', magic: [0x42, 0x5a, 0x68], hint: 'decompress it first (bunzip2)' },
  { name: 'an xz-compressed file', magic: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], hint: 'decompress it first (unxz)' },
  {
    name: 'a 7-Zip archive',
    magic: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c],
    hint: 'extract the "-street.csv" files from it first',
  },
  { name: 'a zstd-compressed file', magic: [0x28, 0xb5, 0x2f, 0xfd], hint: 'decompress it first (unzstd)' },
];

/**
 * Why the first bytes of a file show it is not a plain UTF-8 CSV (compressed, UTF-16 or binary),
 * completing a sentence that starts with the file's name; undefined for text. Never quotes the
 * bytes, so the message prints cleanly in a terminal.
 */
export function notPlainText(bytes: Uint8Array): string | undefined {
  const startsWith = (magic: number[]) => magic.every((b, i) => bytes[i] === b);
  const compressed = compressedFormats.find((f) => startsWith(f.magic));
  if (compressed) return `is ${compressed.name}, not a CSV file; expected a plain CSV file: ${compressed.hint}`;
  if (startsWith([0xff, 0xfe]) || startsWith([0xfe, 0xff]))
    return 'is UTF-16 text; expected a CSV file in UTF-8, as police.uk publishes it (save it again as "CSV UTF-8")';
  const nul = bytes.indexOf(0);
  if (nul !== -1)
    return `is not a text file (it has a zero byte at byte ${nul + 1}); expected a plain CSV file from police.uk`;
  // A multi-byte character may be cut at the end of the sample: decode only whole characters.
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, completeUtf8Length(bytes)));
  } catch {
    return 'is not UTF-8 text (its first bytes are not valid UTF-8); expected a plain CSV file from police.uk';
  }
  return undefined;
}

/** The length of `bytes` without a multi-byte UTF-8 character cut off at its end. */
function completeUtf8Length(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const b = bytes[bytes.length - back]!;
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back for its lead byte
    const needed = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return needed > back ? bytes.length - back : bytes.length;
  }
  return bytes.length;
}
