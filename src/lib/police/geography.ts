/**
 * Where an LSOA is for one council: LSOA -> ward through an ONS lookup, ward -> community area
 * through the council's areas folder. Pure: src/node/police-import.ts reads the files.
 *
 * ONS publishes the lookup each year with its own column names and order (LSOA11CD, WD18CD,
 * LAD18CD... or FID first and WD19CD), so columns are found by pattern, never by position.
 */
import type { Placement } from './csv.ts';
import type { GeographyFact } from '../problem-facts.ts';
import type { PoliceData, WardInfo } from '../../schemas/police-data.ts';

export interface LookupColumns {
  lsoa: number;
  ward: number;
  wardName: number;
  council: number;
  councilName: number;
  /** The ward code column's name, such as "WD18CD": which year's wards the lookup uses. */
  wardColumn: string;
}

export type LookupHeaderCheck = { ok: true; columns: LookupColumns } | { ok: false; message: string };

const lookupColumnPatterns = {
  lsoa: { pattern: /^LSOA\d{2}CD$/i, example: 'LSOA11CD' },
  ward: { pattern: /^WD\d{2}CD$/i, example: 'WD18CD' },
  wardName: { pattern: /^WD\d{2}NM$/i, example: 'WD18NM' },
  council: { pattern: /^LAD\d{2}CD$/i, example: 'LAD18CD' },
  councilName: { pattern: /^LAD\d{2}NM$/i, example: 'LAD18NM' },
} as const;

/** Finds the lookup's columns by name. The message completes a sentence starting with the file's name. */
export function checkLookupHeader(header: readonly string[]): LookupHeaderCheck {
  const names = header.map((h) => h.trim());
  const found: Partial<Record<keyof typeof lookupColumnPatterns, number>> = {};
  const problems: string[] = [];
  for (const [key, { pattern, example }] of Object.entries(lookupColumnPatterns) as [
    keyof typeof lookupColumnPatterns,
    (typeof lookupColumnPatterns)[keyof typeof lookupColumnPatterns],
  ][]) {
    const matches = names.flatMap((name, i) => (pattern.test(name) ? [i] : []));
    if (matches.length === 0) problems.push(`no column such as "${example}"`);
    else if (matches.length > 1)
      problems.push(`more than one column like "${example}" (${matches.map((i) => names[i]).join(', ')})`);
    else found[key] = matches[0];
  }
  if (
    problems.length > 0 ||
    found.lsoa === undefined ||
    found.ward === undefined ||
    found.wardName === undefined ||
    found.council === undefined ||
    found.councilName === undefined
  ) {
    return {
      ok: false,
      message: `has ${problems.join(' and ')}; expected an ONS LSOA-to-ward lookup with columns such as LSOA11CD, WD18CD, WD18NM, LAD18CD and LAD18NM`,
    };
  }
  return {
    ok: true,
    columns: {
      lsoa: found.lsoa,
      ward: found.ward,
      wardName: found.wardName,
      council: found.council,
      councilName: found.councilName,
      wardColumn: names[found.ward]!.toUpperCase(),
    },
  };
}

/** One lookup row for the council being imported. */
export interface LookupRow {
  line: number;
  lsoa: string;
  ward: string;
  wardName: string;
  councilName: string;
}

/** A community area's wards, as the area file lists them. */
export interface AreaWards {
  id: string;
  wards: readonly { code: string }[];
}

export interface CouncilGeography {
  council: PoliceData['council'];
  lookup: PoliceData['lookup'];
  /** LSOA code -> ward and area, for the council's LSOAs only. */
  places: ReadonlyMap<string, Placement>;
  /** The council's wards, sorted by code. */
  wards: Record<string, WardInfo>;
}

export interface GeographyInput {
  councilCode: string;
  lookupName: string;
  wardColumn: string;
  /** The lookup's rows for this council. */
  rows: readonly LookupRow[];
  /** Every council code the lookup holds, to suggest one when the code given is not there. */
  councilsInLookup: ReadonlySet<string>;
  areas: readonly AreaWards[];
}

/** The geography, or why it cannot be built: facts the importer words (src/node/problem-words.ts). */
export type GeographyResult =
  { ok: true; geography: CouncilGeography; warnings: GeographyFact[] } | { ok: false; errors: GeographyFact[] };

/** Places each of the council's LSOAs in its ward and area, refusing contradictions. */
export function buildCouncilGeography(input: GeographyInput): GeographyResult {
  const { councilCode, lookupName, rows, areas } = input;
  if (rows.length === 0) {
    const councilsInLookup = [...input.councilsInLookup].sort();
    return {
      ok: false,
      errors: [{ code: 'lookup-lacks-council', lookup: lookupName, council: councilCode, councilsInLookup }],
    };
  }
  const errors: GeographyFact[] = [];
  const warnings: GeographyFact[] = [];

  const areaOfWard = new Map<string, string>();
  for (const area of [...areas].sort((a, b) => a.id.localeCompare(b.id))) {
    for (const { code } of area.wards) {
      const other = areaOfWard.get(code);
      if (other !== undefined && other !== area.id)
        errors.push({ code: 'ward-in-two-areas', ward: code, firstArea: other, secondArea: area.id });
      else areaOfWard.set(code, area.id);
    }
  }

  const places = new Map<string, Placement & { line: number }>();
  const wardNames = new Map<string, string>();
  for (const row of rows) {
    const earlier = places.get(row.lsoa);
    if (earlier && earlier.ward !== row.ward) {
      errors.push({
        code: 'lsoa-in-two-wards',
        lookup: lookupName,
        lsoa: row.lsoa,
        line: row.line,
        ward: row.ward,
        earlierLine: earlier.line,
        earlierWard: earlier.ward,
      });
      continue;
    }
    places.set(row.lsoa, { ward: row.ward, area: areaOfWard.get(row.ward) ?? null, line: row.line });
    wardNames.set(row.ward, row.wardName);
  }

  const wards: Record<string, WardInfo> = {};
  for (const code of [...wardNames.keys()].sort()) {
    const area = areaOfWard.get(code) ?? null;
    wards[code] = { name: wardNames.get(code)!, area };
    if (area === null) warnings.push({ code: 'ward-in-no-area', ward: code, wardName: wardNames.get(code)! });
  }
  for (const [code, area] of [...areaOfWard.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    if (!wardNames.has(code))
      warnings.push({ code: 'area-ward-not-in-lookup', area, ward: code, lookup: lookupName, council: councilCode });
  }
  if (errors.length > 0) return { ok: false, errors };
  const plain = new Map([...places].map(([lsoa, { ward, area }]) => [lsoa, { ward, area }] as const));
  return {
    ok: true,
    geography: {
      council: { code: councilCode, name: rows[0]!.councilName },
      lookup: { name: lookupName, wardColumn: input.wardColumn },
      places: plain,
      wards,
    },
    warnings,
  };
}
