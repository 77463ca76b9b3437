/** Sums of police.uk counts by crime type, and the checks that a month's sums agree. Pure. */
import type { CountsByType, PoliceData, PoliceMonth } from '../schemas/police-data.ts';

/** The crime type police.uk uses for anti-social behaviour incidents. */
export const asbType = 'Anti-social behaviour';

/** The sum of a set of counts. */
export function total(counts: CountsByType): number {
  let sum = 0;
  for (const n of Object.values(counts)) sum += n;
  return sum;
}

/** Adds counts together, type by type. */
export function addCounts(...all: CountsByType[]): CountsByType {
  const out: CountsByType = {};
  for (const counts of all) for (const [type, n] of Object.entries(counts)) out[type] = (out[type] ?? 0) + n;
  return out;
}

function sameCounts(a: CountsByType, b: CountsByType): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) if ((a[key] ?? 0) !== (b[key] ?? 0)) return false;
  return true;
}

/**
 * A file that supplied several months must be described the same way in each: one file has one
 * number of malformed rows and is cut short or not.
 */
export function fileInconsistencies(months: Record<string, PoliceMonth>): string[] {
  const seen = new Map<string, { month: string; malformedRows: number; partial: boolean }>();
  const problems: string[] = [];
  for (const month of Object.keys(months).sort()) {
    for (const f of months[month]!.files) {
      const first = seen.get(f.sha256);
      const partial = f.partial === true;
      if (!first) seen.set(f.sha256, { month, malformedRows: f.malformedRows, partial });
      else if (first.malformedRows !== f.malformedRows || first.partial !== partial)
        problems.push(`${f.name} is described differently in ${first.month} and ${month} (malformed rows or partial); expected one account of each file`);
    }
  }
  return problems;
}

/** The sums in one month that do not add up, in words. Empty when the month is consistent. */
export function monthInconsistencies(m: PoliceMonth, wards: PoliceData['wards']): string[] {
  const problems: string[] = [];
  const expect = (ok: boolean, message: string) => ok || problems.push(message);
  const fromFiles = m.files.reduce((n, f) => n + f.rows, 0);
  expect(fromFiles === m.rows, `the files add up to ${fromFiles} rows (${m.files.map((f) => `${f.name} ${f.rows}`).join(', ')}), expected rows (${m.rows})`);
  const shas = m.files.map((f) => f.sha256);
  expect(new Set(shas).size === shas.length, 'lists the same file (by SHA-256) more than once; expected each file once');
  expect(new Set(m.forces).size === m.forces.length, `lists a force more than once (${m.forces.join(', ')}); expected each force once`);
  expect(m.rows === 0 || m.forces.length > 0, `has ${m.rows} rows but no force; expected the forces that reported them`);
  expect(m.rows === m.inCouncil + m.noLocation + m.outsideCouncil, `rows (${m.rows}) should equal inCouncil + noLocation + outsideCouncil (${m.inCouncil} + ${m.noLocation} + ${m.outsideCouncil})`);
  expect(total(m.forceWide) === m.rows, `forceWide adds up to ${total(m.forceWide)}, expected rows (${m.rows})`);
  expect((m.forceWide[asbType] ?? 0) === m.asb, `forceWide has ${m.forceWide[asbType] ?? 0} anti-social behaviour rows, expected asb (${m.asb})`);
  expect(total(m.noLocationByType) === m.noLocation, `noLocationByType adds up to ${total(m.noLocationByType)}, expected noLocation (${m.noLocation})`);
  expect(total(m.council) === m.inCouncil, `council adds up to ${total(m.council)}, expected inCouncil (${m.inCouncil})`);
  expect(sameCounts(addCounts(...Object.values(m.wards)), m.council), 'the wards do not add up to the council figures');
  const unknownWards = Object.keys(m.wards).filter((code) => !wards[code]);
  expect(unknownWards.length === 0, `wards ${unknownWards.join(', ')} are not in the file's list of wards`);
  const byArea = new Map<string | null, CountsByType[]>();
  for (const [code, counts] of Object.entries(m.wards)) {
    const area = wards[code]?.area ?? null;
    byArea.set(area, [...(byArea.get(area) ?? []), counts]);
  }
  expect(total(addCounts(...(byArea.get(null) ?? []))) === m.inNoArea, `inNoArea (${m.inNoArea}) does not match the rows in wards that belong to no area`);
  const areaIds = new Set([...Object.keys(m.areas), ...[...byArea.keys()].filter((a): a is string => a !== null)]);
  for (const area of areaIds) {
    expect(sameCounts(m.areas[area] ?? {}, addCounts(...(byArea.get(area) ?? []))), `area "${area}" does not match the sum of its wards`);
  }
  return problems;
}
