/**
 * The only module that reads the police.uk figures file (councils/<id>/data/police-uk.json, written by
 * `npm run import:police`). It validates the file with its schema and fails the build, naming the
 * file and the problem, rather than publish numbers that do not add up. A missing file is fine:
 * pages then say that no figures have been imported yet.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { areaFigures, compareAreasAsb, councilFigures, monthlyAccounting, type PlaceFigures } from '../lib/police-select.ts';
import { policeDataSchema, type PoliceData } from '../schemas/police-data.ts';
import { layout } from './content.ts';

const file = path.join(layout.councilDir, 'data/police-uk.json');

let cached: { data: PoliceData | undefined } | undefined;

/** The figures file, or undefined when none has been imported. */
export function getPoliceData(): PoliceData | undefined {
  cached ??= { data: readPoliceData() };
  return cached.data;
}

function readPoliceData(): PoliceData | undefined {
  if (!existsSync(file)) return undefined;
  const shown = path.relative(process.cwd(), file);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${shown}: not valid JSON (${(error as Error).message}); expected the file npm run import:police writes`);
  }
  const parsed = policeDataSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 10).map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`);
    throw new Error(`${shown}: not a valid police figures file: ${issues.join('; ')}; run npm run import:police again`);
  }
  return parsed.data;
}

/**
 * An area's monthly figures for its page and its meeting packs. `focus`: crime types to show
 * first, such as a meeting problem's policeUkCategories.
 */
export function policeFiguresForArea(areaId: string, focus: readonly string[] = []): PlaceFigures {
  return areaFigures(getPoliceData(), areaId, focus);
}

/** The whole council's monthly figures. */
export function policeFiguresForCouncil(): PlaceFigures {
  return councilFigures(getPoliceData());
}

/** Anti-social behaviour in each area, for the overview; undefined when nothing is imported. */
export function policeAreaComparison(areas: readonly { id: string; title: string }[]) {
  const data = getPoliceData();
  return data && compareAreasAsb(data, areas);
}

/** What each month's files held, for the overview; undefined when nothing is imported. */
export function policeAccounting() {
  const data = getPoliceData();
  if (!data) return undefined;
  const months = monthlyAccounting(data);
  return { council: data.council, forces: [...new Set(months.flatMap((m) => m.forces))].sort(), months };
}
