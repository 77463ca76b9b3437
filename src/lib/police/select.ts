/**
 * The police.uk figures pages show, picked out of the figures file: an area's or the council's
 * months by crime type, and the areas compared. Pure; src/data/police.ts supplies the file.
 */
import { addCounts, asbType, total, type CountsByType, type PoliceData } from '../../schemas/police-data.ts';
import { isPartialMonth } from './dataset.ts';
import { formatMonth } from '../format.ts';
import type { ContentFactOf } from '../problem-facts.ts';

/** One line of figures: a crime type (or a total) month by month. */
export interface FigureRow {
  label: string;
  /** One value per month, in the order of `months`. */
  values: number[];
  total: number;
}

/** What to show for a place: nothing imported, nothing for this place, or its figures. */
export type PlaceFigures =
  | { kind: 'none-imported' }
  | { kind: 'not-covered'; months: string[] }
  | {
      kind: 'figures';
      /** The months imported, oldest first (YYYY-MM). Months with nothing recorded show 0. */
      months: string[];
      /** Anti-social behaviour first, then any focus types, then every other crime type, largest total first. */
      rows: FigureRow[];
      /** The rows to draw: anti-social behaviour, the focus types and the main crime types. */
      chart: FigureRow[];
      /** Every type together, month by month. */
      allTypes: FigureRow;
      /** The forces whose files supplied the figures. */
      forces: string[];
      /** Months imported from a file cut short (--allow-partial): their figures are incomplete. */
      partialMonths: string[];
      wardColumn: string;
    };

/** How many crime types besides anti-social behaviour a chart draws (one style each in chart.ts). */
export const mainTypeCount = 4;

/** Months in the file, oldest first. */
export function importedMonths(data: PoliceData): string[] {
  return Object.keys(data.months).sort();
}

/**
 * Crime types by their total over the period, largest first (ties in alphabetical order),
 * without anti-social behaviour, which pages always show on its own.
 */
export function mainCrimeTypes(perMonth: readonly CountsByType[], count = mainTypeCount): string[] {
  const totals = addCounts(...perMonth);
  return Object.keys(totals)
    .filter((type) => type !== asbType)
    .sort((a, b) => totals[b]! - totals[a]! || (a < b ? -1 : 1))
    .slice(0, count);
}

function rowOf(label: string, perMonth: readonly CountsByType[], pick: (c: CountsByType) => number): FigureRow {
  const values = perMonth.map(pick);
  return { label, values, total: values.reduce((a, b) => a + b, 0) };
}

/**
 * The figures for a place from its counts for each imported month. `focus` names crime types to
 * put first (a meeting's topic, say); the main types by total fill the chart after them.
 */
function figuresFrom(data: PoliceData, counts: readonly CountsByType[], focus: readonly string[]): PlaceFigures {
  const months = importedMonths(data);
  if (months.length === 0) return { kind: 'not-covered', months };
  const byTotal = mainCrimeTypes(counts, Number.POSITIVE_INFINITY);
  const focused = [...new Set(focus)].filter((type) => type !== asbType);
  const types = [...focused, ...byTotal.filter((type) => !focused.includes(type))];
  const rows = [asbType, ...types].map((type) => rowOf(type, counts, (c) => c[type] ?? 0));
  return {
    kind: 'figures',
    months,
    rows,
    chart: rows.slice(0, mainTypeCount + 1),
    allTypes: rowOf('All types', counts, total),
    forces: [...new Set(months.flatMap((m) => data.months[m]!.forces))].sort(),
    partialMonths: months.filter((m) => isPartialMonth(data.months[m]!)),
    wardColumn: data.lookup.wardColumn,
  };
}

/**
 * An area's figures (by its id in the council's areas folder). An area no ward of the file belongs to is "not
 * covered"; a covered area shows 0 for a type or month with nothing recorded.
 */
export function areaFigures(data: PoliceData | undefined, areaId: string, focus: readonly string[] = []): PlaceFigures {
  if (!data) return { kind: 'none-imported' };
  const covered = Object.values(data.wards).some((w) => w.area === areaId);
  if (!covered) return { kind: 'not-covered', months: importedMonths(data) };
  return figuresFrom(
    data,
    importedMonths(data).map((m) => data.months[m]!.areas[areaId] ?? {}),
    focus,
  );
}

/** The whole council's figures (rows located in the council's LSOAs). */
export function councilFigures(data: PoliceData | undefined, focus: readonly string[] = []): PlaceFigures {
  if (!data) return { kind: 'none-imported' };
  return figuresFrom(
    data,
    importedMonths(data).map((m) => data.months[m]!.council),
    focus,
  );
}

export interface AreaComparisonRow {
  id: string;
  title: string;
  /** Anti-social behaviour month by month, or null when no ward of the file belongs to the area. */
  values: number[] | null;
  total: number;
}

/** Anti-social behaviour in each area, month by month, in the order the areas are given. */
export function compareAreasAsb(
  data: PoliceData,
  areas: readonly { id: string; title: string }[],
): { months: string[]; rows: AreaComparisonRow[] } {
  const months = importedMonths(data);
  const covered = new Set(Object.values(data.wards).map((w) => w.area));
  const rows = areas.map(({ id, title }) => {
    if (!covered.has(id)) return { id, title, values: null, total: 0 };
    const values = months.map((m) => data.months[m]!.areas[id]?.[asbType] ?? 0);
    return { id, title, values, total: values.reduce((a, b) => a + b, 0) };
  });
  return { months, rows };
}

/** The areas that have figures, most anti-social behaviour first; ties in order of title. */
export function rankAreasByAsb(rows: readonly AreaComparisonRow[]): AreaComparisonRow[] {
  return rows.filter((r) => r.values !== null).sort((a, b) => b.total - a.total || a.title.localeCompare(b.title));
}

/** The months a comparison covers, in words ("January 2026 to March 2026"); empty when it covers none. */
export function comparisonPeriod(months: readonly string[]): string {
  return months.length > 0 ? `${formatMonth(months[0]!)} to ${formatMonth(months.at(-1)!)}` : '';
}

/** Each month's accounting: what the force's files held and where it was. */
export function monthlyAccounting(data: PoliceData) {
  return importedMonths(data).map((month) => {
    const m = data.months[month]!;
    return {
      month,
      files: m.files.map((f) => f.name),
      forces: m.forces,
      rows: m.rows,
      asb: m.asb,
      inCouncil: m.inCouncil,
      noLocation: m.noLocation,
      outsideCouncil: m.outsideCouncil,
      malformedRows: m.files.reduce((n, f) => n + f.malformedRows, 0),
    };
  });
}

/**
 * Where the figures file and the area files disagree about which area a ward is in: the figures
 * were imported before the areas changed, so the importer should be run again.
 */
export function areaAssignmentProblems(
  data: PoliceData,
  areas: readonly { id: string; wards: readonly { code: string }[] }[],
): ContentFactOf<'ward-area-changed'>[] {
  const areaOfWard = new Map<string, string>();
  for (const area of areas) for (const { code } of area.wards) areaOfWard.set(code, area.id);
  const problems: ContentFactOf<'ward-area-changed'>[] = [];
  for (const [code, ward] of Object.entries(data.wards)) {
    const now = areaOfWard.get(code) ?? null;
    if (now !== ward.area)
      problems.push({ code: 'ward-area-changed', ward: code, wardName: ward.name, importedArea: ward.area, area: now });
  }
  return problems;
}
