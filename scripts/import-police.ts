/**
 * npm run import:police -- <files or folders> --lookup <ONS LSOA-to-ward csv> [--council <id>]
 *     [--areas <folder>] [--out <file>] [--dry-run]
 *
 * --council names the council (default: the example, Wiltshire); its local authority code comes
 * from its site.yaml (--lad <code> overrides it), and the figures go to
 * content/councils/<id>/data/police-uk.json unless --out says otherwise.
 * Counts data.police.uk street-level files for one council: by month and crime type, by ward
 * and by community area, plus the force-wide figures. Prints the accounting for every file.
 * Months already in the output file are replaced. If any file is refused, nothing is written.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildDataset, mergeDatasets, type ReadFile } from '../src/lib/police-data.ts';
import { formatAccounting, formatMalformed } from '../src/lib/police-report.ts';
import { existsSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { layoutOrExit } from '../src/node/cli-layout.ts';
import { expandInputs, readAreaWards, readCouncilGeography, readExistingDataset, readStreetFile, shown, writeDataset } from '../src/node/police-import.ts';

const usage = 'usage: npm run import:police -- <files or folders> --lookup <ONS LSOA-to-ward csv> [--council <council id>] [--lad <ONS code>] [--areas <folder>] [--out <file>] [--dry-run]';

function fail(lines: string[], code = 1): never {
  for (const line of lines) console.error(line);
  process.exit(code);
}

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      lookup: { type: 'string' },
      council: { type: 'string' },
      lad: { type: 'string' },
      areas: { type: 'string' },
      out: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
} catch (error) {
  fail([(error as Error).message, usage], 2);
}
const { values, positionals } = args;
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const layout = layoutOrExit(process.cwd(), { council: values.council });
const usageProblems = [
  ...(positionals.length === 0 ? ['no street files given; expected one or more police.uk "-street.csv" files or folders'] : []),
  ...(values.lookup ? [] : ['--lookup is missing; expected the ONS LSOA-to-ward lookup CSV']),
];
if (usageProblems.length > 0) fail([...usageProblems, usage], 2);
if (values.lad !== undefined && !/^[EW]0[6-9]\d{6}$/.test(values.lad)) fail([`--lad: found ${JSON.stringify(values.lad)}, expected an ONS local authority code such as E06000054`, usage], 2);
const council = values.lad ?? localAuthorityCode(path.join(layout.councilDir, 'site.yaml'));
const out = path.resolve(values.out ?? path.join(layout.councilDir, 'data/police-uk.json'));

const inputs = expandInputs(positionals);
if (inputs.problems.length > 0) fail(inputs.problems);
if (inputs.files.length === 0) fail([`no "-street.csv" files found in ${positionals.join(', ')}`]);
for (const file of inputs.skipped) console.log(`Not read (not a "-street.csv" file): ${shown(file)}`);

const areas = readAreaWards(path.resolve(values.areas ?? path.join(layout.councilDir, 'areas')));
if (areas.problems.length > 0) fail(areas.problems);
const place = await readCouncilGeography(path.resolve(values.lookup!), council, areas.areas);
if (!place.ok) fail(place.errors);
const { geography } = place;
for (const warning of place.warnings) console.log(`Note: ${warning}`);
console.log(`Council ${geography.council.code} (${geography.council.name}): ${geography.places.size} LSOAs in ${Object.keys(geography.wards).length} wards (${geography.lookup.wardColumn}).`);

const read: ReadFile[] = [];
const refusals: string[] = [];
const fileByHash = new Map<string, string>();
for (const file of inputs.files) {
  const result = await readStreetFile(file, (lsoa) => geography.places.get(lsoa));
  if (!result.ok) {
    refusals.push(result.message);
    continue;
  }
  const same = fileByHash.get(result.read.sha256);
  if (same) refusals.push(`${shown(file)} has the same content as ${shown(same)}; expected each month's file once`);
  else {
    fileByHash.set(result.read.sha256, file);
    read.push(result.read);
  }
  for (const line of formatMalformed(result.read.tally, shown(file))) console.log(line);
}

console.log('');
for (const line of formatAccounting(read.map((r) => r.tally))) console.log(line);
console.log('Every row is counted once: rows = in council + no location + outside council + malformed. ASB rows are among them.');
console.log('Rows outside the council and with no location count only in the force-wide figures; malformed rows count in none.');
for (const { tally } of read) {
  if (tally.rows > tally.malformed && tally.inCouncil === 0) console.log(`Note: ${tally.name} has no rows in ${geography.council.name}: is it the right force's file? Its rows still count in the force-wide figures.`);
}
if (refusals.length > 0) fail(['', ...refusals.map((r) => `Refused: ${r}`), `Nothing was written: ${refusals.length} of ${inputs.files.length} files refused.`]);

const incoming = buildDataset(read, geography);
const existing = readExistingDataset(out);
if (!existing.ok) fail([existing.message]);
const merged = mergeDatasets(existing.data, incoming);
if (!merged.ok) fail([`${shown(out)} ${merged.message}`]);

const months = Object.keys(merged.data.months);
const span = months.length === 0 ? 'no months: the files have no rows' : `${months.length} month${months.length === 1 ? '' : 's'} (${months[0]} to ${months.at(-1)})`;
console.log('');
if (merged.replaced.length > 0) console.log(`Replaced months already imported: ${merged.replaced.join(', ')}.`);
if (merged.kept.length > 0) console.log(`Kept months imported before: ${merged.kept.join(', ')}.`);
if (values['dry-run']) console.log(`Dry run: would write ${shown(out)} with ${span}.`);
else {
  writeDataset(out, merged.data);
  console.log(`Wrote ${shown(out)}: ${span}.`);
}

/** The council's ONS local authority code, from its site.yaml. */
function localAuthorityCode(siteFile: string): string {
  const code = existsSync(siteFile) ? (yaml.load(readFileSync(siteFile, 'utf8')) as { localAuthorityCode?: unknown } | null)?.localAuthorityCode : undefined;
  if (typeof code !== 'string' || !/^[EW]0[6-9]\d{6}$/.test(code)) fail([`${shown(siteFile)}: localAuthorityCode: found ${JSON.stringify(code ?? '')}, expected an ONS local authority code such as E06000054`], 2);
  return code;
}
