/**
 * Counting police.uk street-level rows into the figures file: a tally per file while reading,
 * then one dataset for the council, merged into what was imported before. Pure: no file system,
 * no clock, so the same inputs always give the same output, byte for byte.
 *
 * The accounting is exact: every row read is in the council, has no location, is outside the
 * council, or is malformed; anti-social behaviour rows are counted across the first three.
 */
import type { ClassifiedRow } from './police-csv.ts';
import type { CouncilGeography } from './police-geography.ts';
import { addCounts, asbType, total } from './police-counts.ts';
import type { CountsByType, PoliceData, PoliceMonth, WardInfo } from '../schemas/police-data.ts';
import { policeSource } from '../schemas/police-data.ts';

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
  return { name, rows: 0, asb: 0, inCouncil: 0, inNoArea: 0, noLocation: 0, outsideCouncil: 0, malformed: 0, malformedRows: [], months: new Map() };
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function monthOf(tally: FileTally, month: string): MonthTally {
  let m = tally.months.get(month);
  if (!m) {
    m = { rows: 0, asb: 0, inCouncil: 0, noLocation: 0, outsideCouncil: 0, forces: new Set(), forceWide: new Map(), noLocationByType: new Map(), council: new Map(), wards: new Map() };
    tally.months.set(month, m);
  }
  return m;
}

/** Counts one row that could not be read. */
export function countMalformed(tally: FileTally, row: MalformedRow): void {
  tally.rows++;
  tally.malformed++;
  if (tally.malformedRows.length < malformedDetailLimit) tally.malformedRows.push(row);
}

/** Counts one classified row read from `line`. */
export function countRow(tally: FileTally, row: ClassifiedRow, line: number): void {
  if (row.kind === 'malformed') return countMalformed(tally, { line, reason: row.reason });
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

/** True when a file's rows are all accounted for: in the council, no location, outside, or malformed. */
export function tallyAddsUp(t: Pick<FileTally, 'rows' | 'inCouncil' | 'noLocation' | 'outsideCouncil' | 'malformed'>): boolean {
  return t.rows === t.inCouncil + t.noLocation + t.outsideCouncil + t.malformed;
}

/** The column totals of several files' tallies. */
export function sumTallies(tallies: readonly FileTally[]): Omit<FileTally, 'name' | 'malformedRows' | 'months'> {
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
    const sum = (key: 'rows' | 'asb' | 'inCouncil' | 'noLocation' | 'outsideCouncil') => parts.reduce((n, p) => n + p.m[key], 0);
    const merged = (pick: (m: MonthTally) => Map<string, number>) => addCounts(...parts.map((p) => Object.fromEntries(pick(p.m))));
    const wardCodes = new Set(parts.flatMap((p) => [...p.m.wards.keys()]));
    monthData[month] = {
      files: parts.map((p) => ({ name: p.file.tally.name, sha256: p.file.sha256, malformedRows: p.file.tally.malformed })),
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

export type MergeResult = { ok: true; data: PoliceData; replaced: string[]; kept: string[] } | { ok: false; message: string };

/**
 * Adds an import to what was imported before. A month the new import supplies replaces the old
 * month whole, so importing a month twice never counts it twice.
 */
export function mergeDatasets(existing: PoliceData | undefined, incoming: PoliceData): MergeResult {
  if (!existing) return { ok: true, data: incoming, replaced: [], kept: [] };
  if (existing.council.code !== incoming.council.code) {
    return { ok: false, message: `holds figures for council ${existing.council.code} (${existing.council.name}), not ${incoming.council.code}; expected the same council (use --out to write another file)` };
  }
  if (existing.lookup.wardColumn !== incoming.lookup.wardColumn) {
    return { ok: false, message: `uses ${existing.lookup.wardColumn} wards, but this import uses ${incoming.lookup.wardColumn}; expected one set of wards for every month (re-import every month with one lookup, or use --out)` };
  }
  const replaced = Object.keys(incoming.months).filter((m) => existing.months[m]).sort();
  const kept = Object.keys(existing.months).filter((m) => !incoming.months[m]).sort();
  const data = canonicalDataset({
    ...incoming,
    wards: { ...existing.wards, ...incoming.wards },
    months: { ...Object.fromEntries(kept.map((m) => [m, existing.months[m]!])), ...incoming.months },
  });
  return { ok: true, data, replaced, kept };
}

/**
 * The dataset in its one written form: keys sorted, files and forces sorted, and each month's
 * area figures and inNoArea worked out again from its wards, so they always agree with the ward
 * list (which a later import may change).
 */
export function canonicalDataset(data: PoliceData): PoliceData {
  const wards: Record<string, WardInfo> = Object.fromEntries(
    Object.keys(data.wards).sort(compareText).map((code) => [code, { name: data.wards[code]!.name, area: data.wards[code]!.area }]),
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
      files: [...m.files].sort((a, b) => compareText(a.name, b.name) || compareText(a.sha256, b.sha256)).map((f) => ({ name: f.name, sha256: f.sha256, malformedRows: f.malformedRows })),
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
      areas: Object.fromEntries([...byArea.keys()].sort(compareText).map((area) => [area, sortedCounts(Object.entries(addCounts(...byArea.get(area)!)))])),
      wards: Object.fromEntries(Object.keys(m.wards).sort(compareText).map((code) => [code, sortedCounts(Object.entries(m.wards[code]!))])),
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
