/**
 * `npm run import:police` as a function: scripts/import-police.ts only passes it the command line
 * and the terminal, and tests call it in-process. It returns the exit code and never exits.
 *
 * Nothing is written unless every file is accepted: a file of the wrong kind, compressed or cut
 * short, a row of a force the council does not list or of a crime type police.uk does not
 * publish, a month given twice (in this run or already imported) all stop the import.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  buildDataset,
  fileRefusals,
  mergeDatasets,
  repeatedForceMonths,
  type ReadFile,
} from '../lib/police/dataset.ts';
import { formatAccounting, formatMalformed } from '../lib/police/report.ts';
import { importFactInWords } from './problem-words.ts';
import { layoutFromOptions } from './cli-layout.ts';
import { policeFiguresFile } from './police-file.ts';
import { readSiteYaml, siteSettingsFile } from './site-settings.ts';
import {
  expandInputs,
  readAreaWards,
  readCouncilGeography,
  readExistingDataset,
  readStreetFile,
  shown,
  writeDataset,
} from './police-import.ts';

export const importUsage =
  'usage: npm run import:police -- <files or folders> --lookup <ONS LSOA-to-ward csv> [--council <council id>] [--lad <ONS code>] [--areas <folder>] [--out <file>] [--replace] [--allow-partial] [--dry-run]';

/** Where the import prints: the account and notes to `out`, refusals and problems to `err`. */
export interface ImportOutput {
  out(line: string): void;
  err(line: string): void;
}

/** Stops the import with an exit code; the lines are already printed. */
class Stop extends Error {
  readonly code: number;
  constructor(code: number) {
    super(`import stopped with code ${code}`);
    this.code = code;
  }
}

/** Paths on the command line are relative to the working directory, as in a shell. */
export async function runImport(argv: readonly string[], print: ImportOutput): Promise<number> {
  const fail = (lines: readonly string[], code = 1): never => {
    for (const line of lines) print.err(line);
    throw new Stop(code);
  };
  try {
    await importFiles(argv, print, fail);
    return 0;
  } catch (error) {
    if (error instanceof Stop) return error.code;
    throw error;
  }
}

type Fail = (lines: readonly string[], code?: number) => never;

async function importFiles(argv: readonly string[], print: ImportOutput, fail: Fail): Promise<void> {
  const projectRoot = process.cwd();
  let args;
  try {
    args = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        lookup: { type: 'string' },
        council: { type: 'string' },
        content: { type: 'string' },
        lad: { type: 'string' },
        areas: { type: 'string' },
        out: { type: 'string' },
        replace: { type: 'boolean', default: false },
        'allow-partial': { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    return fail([(error as Error).message, importUsage], 2);
  }
  const { values, positionals } = args;
  if (values.help) {
    print.out(importUsage);
    return;
  }
  const layout = layoutFromOptions(projectRoot, { council: values.council, content: values.content });
  if (typeof layout === 'string') return fail([layout], 2);
  const usageProblems = [
    ...(positionals.length === 0
      ? ['no street files given; expected one or more police.uk "-street.csv" files or folders']
      : []),
    ...(values.lookup ? [] : ['--lookup is missing; expected the ONS LSOA-to-ward lookup CSV']),
  ];
  if (usageProblems.length > 0) fail([...usageProblems, importUsage], 2);
  if (values.lad !== undefined && !/^[EW]0[6-9]\d{6}$/.test(values.lad))
    fail(
      [
        `--lad: found ${JSON.stringify(values.lad)}, expected an ONS local authority code such as E06000054`,
        importUsage,
      ],
      2,
    );
  const settings = councilSettings(layout.councilDir, fail);
  const council = values.lad ?? settings.localAuthorityCode(fail);
  const out = path.resolve(values.out ?? policeFiguresFile(layout.councilDir));
  const allowPartial = values['allow-partial'];

  const inputs = expandInputs(positionals);
  if (inputs.problems.length > 0) fail(inputs.problems);
  if (inputs.files.length === 0) fail([`no "-street.csv" files found in ${positionals.join(', ')}`]);
  for (const file of inputs.skipped) print.out(`Not read (not a "-street.csv" file): ${shown(file)}`);

  const areas = readAreaWards(path.resolve(values.areas ?? path.join(layout.councilDir, 'areas')));
  if (areas.problems.length > 0) fail(areas.problems);
  const place = await readCouncilGeography(path.resolve(values.lookup!), council, areas.areas);
  if (!place.ok) return fail(place.errors);
  const { geography } = place;
  for (const warning of place.warnings) print.out(`Note: ${warning}`);
  print.out(
    `Council ${geography.council.code} (${geography.council.name}): ${geography.places.size} LSOAs in ${Object.keys(geography.wards).length} wards (${geography.lookup.wardColumn}).`,
  );
  const rules = { forces: settings.policeForces(fail) };
  print.out(`Forces: ${rules.forces.join(', ')} (policeForces in ${shown(settings.file)}).`);

  const read: (ReadFile & { where: string })[] = [];
  const refusals: string[] = [];
  const fileByHash = new Map<string, string>();
  let refusedFiles = 0;
  for (const file of inputs.files) {
    const where = shown(file);
    const result = await readStreetFile(file, (lsoa) => geography.places.get(lsoa), rules);
    if (!result.ok) {
      refusals.push(result.message);
      refusedFiles++;
      continue;
    }
    const why = fileRefusals(result.read.tally, where, allowPartial).map(importFactInWords);
    const same = fileByHash.get(result.read.sha256);
    if (same) why.push(`${where} has the same content as ${shown(same)}; expected each month's file once`);
    if (why.length > 0) {
      refusals.push(...why);
      refusedFiles++;
      continue;
    }
    fileByHash.set(result.read.sha256, file);
    read.push({ ...result.read, where });
    for (const line of formatMalformed(result.read.tally, where)) print.out(line);
  }
  const repeats = repeatedForceMonths(read.map((r) => ({ tally: r.tally, where: r.where }))).map(importFactInWords);
  refusals.push(...repeats);

  print.out('');
  for (const line of formatAccounting(read.map((r) => r.tally))) print.out(line);
  print.out(
    'Every row is counted once: rows = in council + no location + outside council + malformed. ASB rows are among them.',
  );
  print.out(
    'Rows outside the council and with no location count only in the force-wide figures; malformed rows count in none.',
  );
  for (const { tally } of read) {
    if (tally.rows > tally.malformed && tally.inCouncil === 0)
      print.out(
        `Note: ${tally.name} has no rows in ${geography.council.name}: is it the right force's file? Its rows still count in the force-wide figures.`,
      );
    if (tally.cutShort)
      print.out(
        `Note: ${tally.name} is cut short (line ${tally.cutShort.line}); its month is marked as a part month (--allow-partial).`,
      );
  }
  if (refusals.length > 0) {
    const counted =
      repeats.length > 0
        ? `${refusedFiles} of ${inputs.files.length} files refused, ${repeats.length} month${repeats.length === 1 ? '' : 's'} given twice`
        : `${refusedFiles} of ${inputs.files.length} files refused`;
    fail(['', ...refusals.map((r) => `Refused: ${r}`), `Nothing was written: ${counted}.`]);
  }

  const incoming = buildDataset(read, geography);
  const existing = readExistingDataset(out);
  if (!existing.ok) return fail([existing.message]);
  const merged = mergeDatasets(existing.data, incoming, { replace: values.replace, where: shown(out) });
  if (!merged.ok)
    return fail(['', ...merged.problems.map((p) => `Refused: ${importFactInWords(p)}`), `Nothing was written.`]);

  const months = Object.keys(merged.data.months);
  const span =
    months.length === 0
      ? 'no months: the files have no rows'
      : `${months.length} month${months.length === 1 ? '' : 's'} (${months[0]} to ${months.at(-1)})`;
  print.out('');
  if (merged.replaced.length > 0) print.out(`Replaced months already imported: ${merged.replaced.join(', ')}.`);
  if (merged.kept.length > 0) print.out(`Kept months imported before: ${merged.kept.join(', ')}.`);
  if (values['dry-run']) print.out(`Dry run: would write ${shown(out)} with ${span}.`);
  else {
    writeDataset(out, merged.data);
    print.out(`Wrote ${shown(out)}: ${span}.`);
  }
}

/** The two facts the importer reads from the council's site.yaml, each checked when asked for. */
function councilSettings(councilDir: string, fail: Fail) {
  const file = siteSettingsFile(councilDir);
  let site: Record<string, unknown> = {};
  try {
    const data = readSiteYaml(councilDir);
    if (data && typeof data === 'object') site = data as Record<string, unknown>;
  } catch (error) {
    fail([`${shown(file)}: cannot be read as YAML (${(error as Error).message.split('\n')[0]}); run npm run check`], 2);
  }
  return {
    file,
    localAuthorityCode(stop: Fail): string {
      const code = site.localAuthorityCode;
      if (typeof code !== 'string' || !/^[EW]0[6-9]\d{6}$/.test(code))
        return stop(
          [
            `${shown(file)}: localAuthorityCode: found ${JSON.stringify(code ?? '')}, expected an ONS local authority code such as E06000054`,
          ],
          2,
        );
      return code;
    },
    policeForces(stop: Fail): string[] {
      const forces = site.policeForces;
      if (
        !Array.isArray(forces) ||
        forces.length === 0 ||
        !forces.every((f) => typeof f === 'string' && f.trim() !== '')
      ) {
        return stop(
          [
            `${shown(file)}: policeForces: found ${JSON.stringify(forces ?? null)}, expected the forces whose files the council imports, as police.uk's "Falls within" column names them, such as [Wiltshire Police]`,
          ],
          2,
        );
      }
      return forces.map((f: string) => f.trim());
    },
  };
}
