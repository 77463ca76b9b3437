/**
 * Counting police.uk street-level rows into the figures file: a tally per file while reading,
 * then one dataset for the council, merged into what was imported before. Pure: no file system,
 * no clock, so the same inputs always give the same output, byte for byte.
 *
 * The accounting is exact: every row read is in the council, has no location, is outside the
 * council, or is malformed; anti-social behaviour rows are counted across the first three.
 */
import type { ClassifiedRow } from './csv.ts';
import type { CouncilGeography } from './geography.ts';
import type { ImportFact } from '../problem-facts.ts';
import {
  addCounts,
  asbType,
  policeSource,
  total,
  type CountsByType,
  type PoliceData,
  type PoliceMonth,
  type WardInfo,
} from '../../schemas/police-data.ts';

/** A row that could not be read, with the line (or lines) it spans. */
export interface MalformedRow {
  line: number;
  /** The last line, when the row spans several (a quoted field with a line break, or never closed). */
  endLine?: number;
  reason: string;
}

/** How many malformed rows are kept with their reasons; beyond that they are counted only. */
export const malformedDetailLimit = 100;

interface MonthTally {
  rows: number;
  asb: number;
  inCouncil: number;
  noLocation: number;
  outsideCouncil: number;
  forces: Set<string>;
  forceWide: Map<string, number>;
  noLocationByType: Map<string, number>;
  council: Map<string, number>;
  wards: Map<string, Map<string, number>>;
}

/** The counts for one file, as it is read. */
export interface FileTally {
  /** Rows refused (another force's, an unknown crime type): any one stops the file's import. */
  refused: number;
  /** The first malformedDetailLimit refused rows. */
  refusedRows: MalformedRow[];
  /** The last row read, and whether it was cut short (too few fields, a quote never closed). */
  lastRow?: { line: number; reason: string; cutShort: boolean };
  /** Set by finishTally when the file ends mid-row: the month it holds is incomplete. */
  cutShort?: MalformedRow;
  name: string;
  rows: number;
  asb: number;
  inCouncil: number;
  /** Of inCouncil: rows in a ward that belongs to no community area. */
  inNoArea: number;
  noLocation: number;
  outsideCouncil: number;
  malformed: number;
  /** The first malformedDetailLimit malformed rows. */
  malformedRows: MalformedRow[];
  months: Map<string, MonthTally>;
}

export function newFileTally(name: string): FileTally {
  return {
    name,
    rows: 0,
    asb: 0,
    inCouncil: 0,
    inNoArea: 0,
    noLocation: 0,
    outsideCouncil: 0,
    malformed: 0,
    malformedRows: [],
    refused: 0,
    refusedRows: [],
    months: new Map(),
  };
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function monthOf(tally: FileTally, month: string): MonthTally {
  let m = tally.months.get(month);
  if (!m) {
    m = {
      rows: 0,
      asb: 0,
      inCouncil: 0,
      noLocation: 0,
      outsideCouncil: 0,
      forces: new Set(),
      forceWide: new Map(),
      noLocationByType: new Map(),
      council: new Map(),
      wards: new Map(),
    };
    tally.months.set(month, m);
  }
  return m;
}

/** Counts one row that could not be read; `cutShort` when it ends before its last field. */
export function countMalformed(tally: FileTally, row: MalformedRow, cutShort = false): void {
  tally.rows++;
  tally.malformed++;
  if (tally.malformedRows.length < malformedDetailLimit) tally.malformedRows.push(row);
  tally.lastRow = { line: row.endLine ?? row.line, reason: row.reason, cutShort };
}

/** Counts one classified row read from `line`. */
export function countRow(tally: FileTally, row: ClassifiedRow, line: number): void {
  if (row.kind === 'malformed') return countMalformed(tally, { line, reason: row.reason }, row.cutShort === true);
  tally.lastRow = { line, reason: '', cutShort: false };
  if (row.kind === 'refused') {
    tally.refused++;
    if (tally.refusedRows.length < malformedDetailLimit) tally.refusedRows.push({ line, reason: row.reason });
    return;
  }
  tally.rows++;
  const m = monthOf(tally, row.month);
  m.rows++;
  m.forces.add(row.force);
  bump(m.forceWide, row.crimeType);
  if (row.crimeType === asbType) {
    tally.asb++;
    m.asb++;
  }
  if (row.kind === 'no-location') {
    tally.noLocation++;
    m.noLocation++;
    bump(m.noLocationByType, row.crimeType);
  } else if (row.kind === 'outside-council') {
    tally.outsideCouncil++;
    m.outsideCouncil++;
  } else {
    tally.inCouncil++;
    m.inCouncil++;
    if (row.place.area === null) tally.inNoArea++;
    bump(m.council, row.crimeType);
    let ward = m.wards.get(row.place.ward);
    if (!ward) m.wards.set(row.place.ward, (ward = new Map()));
    bump(ward, row.crimeType);
  }
}

/**
 * Ends a file's tally: the file is cut short when its last row is (too few fields, a quote never
 * closed) or when it does not end with a line break, as every police.uk file does.
 */
export function finishTally(tally: FileTally, endsWithLineBreak: boolean): void {
  const last = tally.lastRow;
  if (last?.cutShort) tally.cutShort = { line: last.line, reason: last.reason };
  else if (last && !endsWithLineBreak)
    tally.cutShort = {
      line: last.line,
      reason: 'the file does not end with a line break, as every police.uk file does',
    };
}

/**
 * Why a file that was read in full is still refused, one line each, or an empty list: rows of
 * another force or an unknown crime type (with their lines), or a last row cut short (unless
 * `allowPartial`). `where` is the file as messages show it.
 */
export function fileRefusals(tally: FileTally, where: string, allowPartial: boolean): ImportFact[] {
  const facts: ImportFact[] = tally.refusedRows
    .slice(0, refusedDetailLimit)
    .map((r) => ({ code: 'row-refused', where, line: r.line, reason: r.reason }));
  const unlisted = tally.refused - facts.length;
  if (unlisted > 0) facts.push({ code: 'more-rows-refused', where, count: unlisted, listed: refusedDetailLimit });
  if (tally.cutShort && !allowPartial)
    facts.push({ code: 'file-cut-short', where, line: tally.cutShort.line, reason: tally.cutShort.reason });
  return facts;
}

/** How many refused rows a refusal lists by line. */
export const refusedDetailLimit = 5;

/**
 * Files of one import that hold the same month of the same force ("Reported by"), whatever their
 * bytes: a copy with other line endings or a byte order mark would otherwise count twice.
 */
export function repeatedForceMonths(files: readonly { tally: FileTally; where: string }[]): ImportFact[] {
  const seen = new Map<string, string>();
  const problems: ImportFact[] = [];
  for (const { tally, where } of files) {
    for (const [month, m] of tally.months) {
      for (const force of [...m.forces].sort(compareText)) {
        const key = `${month}\u0000${force}`;
        const first = seen.get(key);
        if (first) problems.push({ code: 'force-month-repeated', where, month, force, first });
        else seen.set(key, where);
      }
    }
  }
  return problems;
}

/** True when a file's rows are all accounted for: in the council, no location, outside, or malformed. */
export function tallyAddsUp(
  t: Pick<FileTally, 'rows' | 'inCouncil' | 'noLocation' | 'outsideCouncil' | 'malformed'>,
): boolean {
  return t.rows === t.inCouncil + t.noLocation + t.outsideCouncil + t.malformed;
}

/** The column totals of several files' tallies. */
export function sumTallies(
  tallies: readonly FileTally[],
): Pick<FileTally, 'rows' | 'asb' | 'inCouncil' | 'inNoArea' | 'noLocation' | 'outsideCouncil' | 'malformed'> {
  const sum = { rows: 0, asb: 0, inCouncil: 0, inNoArea: 0, noLocation: 0, outsideCouncil: 0, malformed: 0 };
  for (const t of tallies) for (const key of Object.keys(sum) as (keyof typeof sum)[]) sum[key] += t[key];
  return sum;
}

function sortedCounts(entries: Iterable<[string, number]>): CountsByType {
  return Object.fromEntries([...entries].filter(([, n]) => n > 0).sort(([a], [b]) => compareText(a, b)));
}

/** Plain code-point order: the same on every machine and locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A file that was read in full, with its content hash. */
export interface ReadFile {
  tally: FileTally;
  sha256: string;
}

/** The dataset for one import: every month the files supply, for the council in `geography`. */
export function buildDataset(files: readonly ReadFile[], geography: CouncilGeography): PoliceData {
  const months = new Set(files.flatMap((f) => [...f.tally.months.keys()]));
  const monthData: Record<string, PoliceMonth> = {};
  for (const month of months) {
    const parts = files.flatMap((f) => {
      const m = f.tally.months.get(month);
      return m ? [{ file: f, m }] : [];
    });
    const sum = (key: 'rows' | 'asb' | 'inCouncil' | 'noLocation' | 'outsideCouncil') =>
      parts.reduce((n, p) => n + p.m[key], 0);
    const merged = (pick: (m: MonthTally) => Map<string, number>) =>
      addCounts(...parts.map((p) => Object.fromEntries(pick(p.m))));
    const wardCodes = new Set(parts.flatMap((p) => [...p.m.wards.keys()]));
    monthData[month] = {
      files: parts.map((p) => ({
        name: p.file.tally.name,
        sha256: p.file.sha256,
        rows: p.m.rows,
        malformedRows: p.file.tally.malformed,
        ...(p.file.tally.cutShort ? { partial: true as const } : {}),
      })),
      forces: [...new Set(parts.flatMap((p) => [...p.m.forces]))],
      rows: sum('rows'),
      asb: sum('asb'),
      inCouncil: sum('inCouncil'),
      inNoArea: 0, // worked out from the wards by canonicalDataset
      noLocation: sum('noLocation'),
      outsideCouncil: sum('outsideCouncil'),
      forceWide: merged((m) => m.forceWide),
      noLocationByType: merged((m) => m.noLocationByType),
      council: merged((m) => m.council),
      areas: {},
      wards: Object.fromEntries([...wardCodes].map((code) => [code, merged((m) => m.wards.get(code) ?? new Map())])),
    };
  }
  return canonicalDataset({
    format: 1,
    source: { ...policeSource },
    council: { ...geography.council },
    lookup: { ...geography.lookup },
    wards: geography.wards,
    months: monthData,
  });
}

export type MergeResult =
  { ok: true; data: PoliceData; replaced: string[]; kept: string[] } | { ok: false; problems: ImportFact[] };

/** True when a month holds a file that was cut short. */
export function isPartialMonth(month: PoliceMonth): boolean {
  return month.files.some((f) => f.partial === true);
}

/**
 * Adds an import to what was imported before. A month already imported is refused unless
 * `replace`; then the new month replaces the old one whole, so nothing is ever counted twice.
 * Even with `replace`, a month is never replaced by one with fewer forces' files (their figures
 * would be lost) or by a part month when the old one is complete. `where` names the figures file.
 */
export function mergeDatasets(
  existing: PoliceData | undefined,
  incoming: PoliceData,
  options: { replace: boolean; where: string },
): MergeResult {
  if (!existing) return { ok: true, data: incoming, replaced: [], kept: [] };
  const { where } = options;
  if (existing.council.code !== incoming.council.code) {
    return {
      ok: false,
      problems: [{ code: 'other-council', where, held: existing.council, importing: incoming.council.code }],
    };
  }
  if (existing.lookup.wardColumn !== incoming.lookup.wardColumn) {
    return {
      ok: false,
      problems: [
        {
          code: 'other-wards',
          where,
          heldColumn: existing.lookup.wardColumn,
          importingColumn: incoming.lookup.wardColumn,
        },
      ],
    };
  }
  const replaced = Object.keys(incoming.months)
    .filter((m) => existing.months[m])
    .sort();
  const problems = replaced.flatMap((month) =>
    replaceProblems(month, existing.months[month]!, incoming.months[month]!, options),
  );
  if (problems.length > 0) return { ok: false, problems };
  const kept = Object.keys(existing.months)
    .filter((m) => !incoming.months[m])
    .sort();
  const data = canonicalDataset({
    ...incoming,
    wards: { ...existing.wards, ...incoming.wards },
    months: { ...Object.fromEntries(kept.map((m) => [m, existing.months[m]!])), ...incoming.months },
  });
  return { ok: true, data, replaced, kept };
}

function replaceProblems(
  month: string,
  old: PoliceMonth,
  incoming: PoliceMonth,
  { replace, where }: { replace: boolean; where: string },
): ImportFact[] {
  if (!replace)
    return [{ code: 'month-imported', where, month, forces: old.forces, files: old.files.map((f) => f.name) }];
  const lost = old.forces.filter((f) => !incoming.forces.includes(f));
  if (lost.length > 0) return [{ code: 'forces-lost', where, month, lost }];
  if (isPartialMonth(incoming) && !isPartialMonth(old)) return [{ code: 'part-month-over-whole', where, month }];
  return [];
}

/**
 * The dataset in its one written form: keys sorted, files and forces sorted, and each month's
 * area figures and inNoArea worked out again from its wards, so they always agree with the ward
 * list (which a later import may change).
 */
export function canonicalDataset(data: PoliceData): PoliceData {
  const wards: Record<string, WardInfo> = Object.fromEntries(
    Object.keys(data.wards)
      .sort(compareText)
      .map((code) => [code, { name: data.wards[code]!.name, area: data.wards[code]!.area }]),
  );
  const months: Record<string, PoliceMonth> = {};
  for (const month of Object.keys(data.months).sort(compareText)) {
    const m = data.months[month]!;
    const byArea = new Map<string, CountsByType[]>();
    let inNoArea = 0;
    for (const [code, counts] of Object.entries(m.wards)) {
      const area = wards[code]?.area ?? null;
      if (area === null) inNoArea += total(counts);
      else byArea.set(area, [...(byArea.get(area) ?? []), counts]);
    }
    months[month] = {
      files: [...m.files]
        .sort((a, b) => compareText(a.name, b.name) || compareText(a.sha256, b.sha256))
        .map((f) => ({
          name: f.name,
          sha256: f.sha256,
          rows: f.rows,
          malformedRows: f.malformedRows,
          ...(f.partial ? { partial: true as const } : {}),
        })),
      forces: [...m.forces].sort(compareText),
      rows: m.rows,
      asb: m.asb,
      inCouncil: m.inCouncil,
      inNoArea,
      noLocation: m.noLocation,
      outsideCouncil: m.outsideCouncil,
      forceWide: sortedCounts(Object.entries(m.forceWide)),
      noLocationByType: sortedCounts(Object.entries(m.noLocationByType)),
      council: sortedCounts(Object.entries(m.council)),
      areas: Object.fromEntries(
        [...byArea.keys()]
          .sort(compareText)
          .map((area) => [area, sortedCounts(Object.entries(addCounts(...byArea.get(area)!)))]),
      ),
      wards: Object.fromEntries(
        Object.keys(m.wards)
          .sort(compareText)
          .map((code) => [code, sortedCounts(Object.entries(m.wards[code]!))]),
      ),
    };
  }
  return {
    format: 1,
    source: { publisher: data.source.publisher, url: data.source.url, licence: data.source.licence },
    council: { code: data.council.code, name: data.council.name },
    lookup: { name: data.lookup.name, wardColumn: data.lookup.wardColumn },
    wards,
    months,
  };
}

/** The figures file's text: canonical order, two-space indent, a final line break. */
export function serialiseDataset(data: PoliceData): string {
  return `${JSON.stringify(canonicalDataset(data), null, 2)}\n`;
}
