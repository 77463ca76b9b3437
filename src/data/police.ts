/**
 * The only module that reads the police.uk figures file (councils/<id>/data/police-uk.json, written by
 * `npm run import:police`). It validates the file with its schema and fails the build, naming the
 * file and the problem, rather than publish numbers that do not add up. A missing file is fine:
 * pages then say that no figures have been imported yet.
 */
import path from 'node:path';
import {
  areaFigures,
  compareAreasAsb,
  councilFigures,
  monthlyAccounting,
  type PlaceFigures,
} from '../lib/police/select.ts';
import type { PoliceData } from '../schemas/police-data.ts';
import { describeIssue, policeFiguresFile, readPoliceFile } from '../node/police-file.ts';
import { layout } from './content.ts';

const file = policeFiguresFile(layout.councilDir);

let cached: { data: PoliceData | undefined } | undefined;

/** The figures file, or undefined when none has been imported. */
export function getPoliceData(): PoliceData | undefined {
  cached ??= { data: readPoliceData() };
  return cached.data;
}

function readPoliceData(): PoliceData | undefined {
  const read = readPoliceFile(file);
  if (read.status === 'absent') return undefined;
  const shown = path.relative(process.cwd(), file);
  if (read.status === 'not-json')
    throw new Error(`${shown}: not valid JSON (${read.reason}); expected the file npm run import:police writes`);
  if (read.status === 'invalid') {
    const issues = read.issues.slice(0, 10).map(describeIssue);
    throw new Error(`${shown}: not a valid police figures file: ${issues.join('; ')}; run npm run import:police again`);
  }
  return read.data;
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
