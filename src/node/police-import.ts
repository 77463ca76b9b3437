/**
 * Reads police.uk street-level files, the ONS lookup and the area files from disk for
 * `npm run import:police`. Files are streamed through csv-parse one record at a time and each
 * record is counted and dropped, so memory stays flat however large the file.
 *
 * Header mapping is done here rather than by csv-parse's `columns` option, so a file of the wrong
 * kind is refused with a message and a row with too few fields is reported, not thrown.
 */
import { createHash } from 'node:crypto';
import {
  closeSync,
  createReadStream,
  existsSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  statSync,
  writeFileSync,
  mkdirSync,
} from 'node:fs';
import path from 'node:path';
import { Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parse, type Info } from 'csv-parse';
import yaml from 'js-yaml';
import { z } from 'zod';
import {
  checkStreetHeader,
  classifyStreetRow,
  describeCsvError,
  notPlainText,
  type Placement,
  type StreetColumns,
  type StreetRules,
} from '../lib/police/csv.ts';
import {
  countMalformed,
  countRow,
  finishTally,
  newFileTally,
  serialiseDataset,
  type ReadFile,
} from '../lib/police/dataset.ts';
import {
  buildCouncilGeography,
  checkLookupHeader,
  type AreaWards,
  type LookupColumns,
  type LookupRow,
} from '../lib/police/geography.ts';
import { geographyInWords, type GeographyInWords } from './problem-words.ts';
import type { PoliceData } from '../schemas/police-data.ts';
import { describeIssue, readPoliceFile } from './police-file.ts';

/** A longer record means an unclosed quote has swallowed the rest of the file. */
const maxRecordBytes = 1 << 20;

/** A file the importer will not count, with the reason. Thrown inside the parser's callbacks. */
class Refusal extends Error {}

/** Paths in messages: relative to the working directory, with forward slashes. */
export function shown(file: string): string {
  return path.relative(process.cwd(), file).split(path.sep).join('/') || '.';
}

/** The csv-parse fields of a skipped record that the importer uses. */
interface SkipError {
  code?: string;
  message: string;
  lines?: number;
  empty_lines?: number;
}

/** How much of a file is looked at to tell a compressed or binary file from text. */
const sniffBytes = 8192;

/** The first bytes of a file, to look at before parsing it. */
function firstBytes(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(sniffBytes);
    return buffer.subarray(0, readSync(fd, buffer, 0, sniffBytes, 0));
  } finally {
    closeSync(fd);
  }
}

/**
 * Streams a CSV file to `onRecord` with the record's first line, and to `onError` for records
 * csv-parse cannot read, with their first and last lines. Returns the file's SHA-256 and whether
 * it ends with a line break. `onRecord` and `onError` may throw a Refusal to stop reading.
 * A compressed or binary file is refused before parsing, in one readable line.
 */
async function streamCsv(
  file: string,
  onRecord: (fields: string[], line: number) => void,
  onError: (error: SkipError, line: number, endLine: number) => void,
): Promise<{ sha256: string; endsWithLineBreak: boolean }> {
  const binary = notPlainText(firstBytes(file));
  if (binary) throw new Refusal(`${shown(file)} ${binary}`);
  const hash = createHash('sha256');
  let lastByte = -1;
  let lastLine = 0;
  let lastEmpty = 0;
  /** A record starts on the line after the previous one ended, past any blank lines in between. */
  const firstLine = (lines: number, empty: number) => {
    const line = lastLine + 1 + (empty - lastEmpty);
    lastLine = lines;
    lastEmpty = empty;
    return Math.min(line, lines);
  };
  const parser = parse({
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    max_record_size: maxRecordBytes,
    on_record: (fields: string[], info: Info) => {
      onRecord(fields, firstLine(info.lines, info.empty_lines));
      return null; // counted: nothing is kept
    },
    on_skip: (error: SkipError | undefined) => {
      if (!error) return undefined;
      const end = error.lines ?? lastLine + 1;
      onError(error, firstLine(end, error.empty_lines ?? lastEmpty), end);
      return undefined;
    },
  });
  const hashing = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      if (chunk.length > 0) lastByte = chunk[chunk.length - 1]!;
      done(null, chunk);
    },
  });
  const discard = new Writable({ objectMode: true, write: (_record, _encoding, done) => done() });
  await pipeline(createReadStream(file), hashing, parser, discard);
  return { sha256: hash.digest('hex'), endsWithLineBreak: lastByte === 0x0a || lastByte === 0x0d };
}

export type StreetFileResult = { ok: true; read: ReadFile } | { ok: false; message: string };

/**
 * Reads one street-level file and counts every row. `placeOf` gives the ward and area of an
 * LSOA in the council; `rules` the forces it accepts. The file's name (without folder) labels its
 * counts. Rows that `rules` refuse and a last row cut short are in the tally: the caller decides
 * (src/lib/police/dataset.ts fileRefusals).
 */
export async function readStreetFile(
  file: string,
  placeOf: (lsoa: string) => Placement | undefined,
  rules: StreetRules,
): Promise<StreetFileResult> {
  const where = shown(file);
  const tally = newFileTally(path.basename(file));
  let columns: StreetColumns | undefined;
  try {
    const { sha256, endsWithLineBreak } = await streamCsv(
      file,
      (fields, line) => {
        if (columns) return countRow(tally, classifyStreetRow(fields, columns, placeOf, rules), line);
        const header = checkStreetHeader(fields);
        if (!header.ok) throw new Refusal(`${where} ${header.message}`);
        columns = header.columns;
      },
      (error, line, endLine) => {
        if (error.code === 'CSV_MAX_RECORD_SIZE') {
          throw new Refusal(
            `${where} line ${endLine}: a row is longer than ${maxRecordBytes / 1024} KiB, so a quote opened on line ${line} is probably never closed; expected rows of a street-level crime file`,
          );
        }
        if (!columns)
          throw new Refusal(
            `${where} line ${line}: the header cannot be read as CSV (${describeCsvError(error.code, error.message)}); expected a header line with the columns of a street-level crime file`,
          );
        countMalformed(
          tally,
          { line, ...(endLine !== line ? { endLine } : {}), reason: describeCsvError(error.code, error.message) },
          error.code === 'CSV_QUOTE_NOT_CLOSED',
        );
      },
    );
    if (!columns)
      return {
        ok: false,
        message: `${where} is empty; expected a header line with the columns of a street-level crime file, then one row per crime`,
      };
    finishTally(tally, endsWithLineBreak);
    return { ok: true, read: { tally, sha256 } };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, message: error.message };
    const cause = (error as { cause?: unknown }).cause;
    if (cause instanceof Refusal) return { ok: false, message: cause.message };
    if ((error as NodeJS.ErrnoException).code)
      return { ok: false, message: `${where} cannot be read: ${readableError(error as Error)}` };
    throw error;
  }
}

/** An error's message on one line, with no bytes of the file in it. */
function readableError(error: Error): string {
  const first = error.message.split('\n')[0]!;
  return first.replace(/[^\x20-\x7e\u00a0-\uffff]/g, '?').slice(0, 200);
}

/**
 * The street files named on the command line: files as given, folders searched (with their
 * sub-folders, as police.uk's downloads come one folder per month) for "*-street.csv" files.
 * Everything is sorted and each file listed once. Other files in folders are named in `skipped`.
 */
export function expandInputs(inputs: readonly string[]): { files: string[]; skipped: string[]; problems: string[] } {
  const files = new Set<string>();
  const skipped: string[] = [];
  const problems: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('.')) continue;
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.toLowerCase().endsWith('-street.csv')) files.add(full);
      else if (name.toLowerCase().endsWith('.csv')) skipped.push(full);
    }
  };
  for (const input of inputs) {
    const full = path.resolve(input);
    if (!existsSync(full))
      problems.push(`${input} does not exist; expected a police.uk street-level CSV file or a folder of them`);
    else if (statSync(full).isDirectory()) walk(full);
    else files.add(full);
  }
  return { files: [...files].sort(), skipped: skipped.sort(), problems };
}

/**
 * Reads the ONS lookup (streamed, keeping only the council's rows) and places the council's
 * LSOAs in wards and areas.
 */
export async function readCouncilGeography(
  lookupFile: string,
  councilCode: string,
  areas: readonly AreaWards[],
): Promise<GeographyInWords> {
  const where = shown(lookupFile);
  let columns: LookupColumns | undefined;
  const rows: LookupRow[] = [];
  const councils = new Set<string>();
  const errors: string[] = [];
  try {
    await streamCsv(
      lookupFile,
      (fields, line) => {
        if (!columns) {
          const header = checkLookupHeader(fields);
          if (!header.ok) throw new Refusal(`${where} ${header.message}`);
          columns = header.columns;
          return;
        }
        const c = columns;
        if (Math.max(c.lsoa, c.ward, c.wardName, c.council, c.councilName) >= fields.length) {
          errors.push(
            `${where} line ${line}: found ${fields.length} fields, expected at least ${Math.max(c.lsoa, c.ward, c.wardName, c.council, c.councilName) + 1}`,
          );
          return;
        }
        const council = fields[c.council]!.trim();
        councils.add(council);
        if (council === councilCode) {
          rows.push({
            line,
            lsoa: fields[c.lsoa]!.trim(),
            ward: fields[c.ward]!.trim(),
            wardName: fields[c.wardName]!.trim(),
            councilName: fields[c.councilName]!.trim(),
          });
        }
      },
      (error, line) => errors.push(`${where} line ${line}: ${describeCsvError(error.code, error.message)}`),
    );
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, errors: [error.message] };
    if ((error as NodeJS.ErrnoException).code)
      return { ok: false, errors: [`${where} cannot be read: ${readableError(error as Error)}`] };
    throw error;
  }
  if (!columns) return { ok: false, errors: [`${where} is empty; expected an ONS LSOA-to-ward lookup`] };
  if (errors.length > 0) return { ok: false, errors };
  return geographyInWords(
    buildCouncilGeography({
      councilCode,
      lookupName: path.basename(lookupFile),
      wardColumn: columns.wardColumn,
      rows,
      councilsInLookup: councils,
      areas,
    }),
  );
}

/** Only the fields of an area file the importer needs; `npm run check` checks the rest. */
const areaWardsSchema = z.object({ wards: z.array(z.object({ code: z.string().min(1) })).min(1) });

/** The community areas' wards, from the council's areas folder (content/councils/<council>/areas/*.yaml). */
export function readAreaWards(areasDir: string): { areas: AreaWards[]; problems: string[] } {
  if (!existsSync(areasDir))
    return {
      areas: [],
      problems: [
        `${shown(areasDir)} does not exist; expected the folder of community area files (content/councils/<council>/areas), or pass --areas`,
      ],
    };
  const areas: AreaWards[] = [];
  const problems: string[] = [];
  for (const name of readdirSync(areasDir).sort()) {
    if (!/\.ya?ml$/i.test(name)) continue;
    const file = path.join(areasDir, name);
    try {
      const parsed = areaWardsSchema.safeParse(yaml.load(readFileSync(file, 'utf8'), { schema: yaml.CORE_SCHEMA }));
      if (parsed.success) areas.push({ id: name.replace(/\.ya?ml$/i, ''), wards: parsed.data.wards });
      else
        problems.push(`${shown(file)}: wards: expected a list of wards with ONS codes (run npm run check for details)`);
    } catch (error) {
      problems.push(`${shown(file)}: cannot be read as YAML (${(error as Error).message.split('\n')[0]})`);
    }
  }
  return { areas, problems };
}

export type ExistingResult = { ok: true; data: PoliceData | undefined } | { ok: false; message: string };

/** The figures imported before, if the output file exists and is valid. */
export function readExistingDataset(file: string): ExistingResult {
  const read = readPoliceFile(file);
  if (read.status === 'absent') return { ok: true, data: undefined };
  if (read.status === 'not-json')
    return {
      ok: false,
      message: `${shown(file)} is not valid JSON (${read.reason}); expected a figures file written by this importer, or no file`,
    };
  if (read.status === 'valid') return { ok: true, data: read.data };
  const issues = read.issues.slice(0, 5).map(describeIssue);
  return {
    ok: false,
    message: `${shown(file)} is not a valid figures file (${issues.join('; ')}); expected a file written by this importer, or no file`,
  };
}

/** Writes the figures file whole or not at all (through a temporary file and a rename). */
export function writeDataset(file: string, data: PoliceData): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.tmp`;
  writeFileSync(temporary, serialiseDataset(data));
  renameSync(temporary, file);
}
