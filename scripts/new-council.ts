/**
 * npm run new:council -- <id> --name "<Council name>" --lad <ONS code> --lookup <ONS csv>
 *     --police-force "<force as police.uk names it>" (once per force)
 *     [--areas <mapping csv>] [--place <place>] [--content <folder>]
 *
 * Starts a council's own folder, content/councils/<id>/: settings to fill in, one area per ward
 * of the lookup (or the wards grouped into areas by --areas, a CSV of ward_code, area_id,
 * area_name and optionally area_board), services.yaml with the national helplines mapped and the
 * rest listed to fill in, a contact for the council, empty local collections, the council's rows
 * of the lookup in data/, and CHECKLIST.md. The folder passes `npm run check` as it stands.
 * Refuses to write over a folder that exists.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse/sync';
import yaml from 'js-yaml';
import { contentDirFromEnv } from '../src/node/build-settings.ts';
import { todayInLondon } from '../src/node/clock.ts';
import { readCouncilLookup, wardLookupFile } from '../src/node/ward-lookup.ts';
import { groupWards, newCouncilFiles, type AreaGroup } from '../src/lib/new-council.ts';
import { nationalServicesSchema } from '../src/schemas/services.ts';

const usage =
  'usage: npm run new:council -- <id> --name "<Council name>" --lad <ONS local authority code> --lookup <ONS LSOA-to-ward csv> --police-force "<force, as police.uk names it>" [--areas <mapping csv>] [--place <place>]';
function fail(lines: string[], code = 2): never {
  for (const line of lines) console.error(line);
  process.exit(code);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      name: { type: 'string' },
      lad: { type: 'string' },
      lookup: { type: 'string' },
      areas: { type: 'string' },
      place: { type: 'string' },
      content: { type: 'string' },
      'police-force': { type: 'string', multiple: true },
    },
  });
} catch (error) {
  fail([(error as Error).message, usage]);
}
const { values, positionals } = parsed;
const id = positionals[0];
const problems = [
  ...(positionals.length !== 1
    ? [
        `expected one council id, such as "camden"; found ${positionals.length === 0 ? 'none' : positionals.map((p) => `"${p}"`).join(', ')}`,
      ]
    : []),
  ...(id !== undefined && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)
    ? [`id: found "${id}", expected lower-case words joined by hyphens, such as "camden"`]
    : []),
  ...(values.name?.trim() ? [] : ['--name is missing; expected the council\'s name, such as "Plymouth City Council"']),
  ...(values.lad === undefined
    ? ['--lad is missing; expected the ONS local authority code, such as E06000026']
    : /^[EW]0[6-9]\d{6}$/.test(values.lad)
      ? []
      : [`--lad: found "${values.lad}", expected an ONS local authority code such as E06000026`]),
  ...(values.lookup === undefined
    ? ['--lookup is missing; expected the ONS LSOA-to-ward lookup CSV']
    : existsSync(values.lookup)
      ? []
      : [`--lookup: ${values.lookup} does not exist`]),
  ...((values['police-force'] ?? []).some((f) => f.trim())
    ? []
    : [
        '--police-force is missing; expected the police force as police.uk files name it in "Falls within", such as "Devon & Cornwall Police" (give it once per force)',
      ]),
  ...(values.areas !== undefined && !existsSync(values.areas) ? [`--areas: ${values.areas} does not exist`] : []),
];
if (problems.length > 0) fail([...problems, usage]);

const root = values.content ? path.resolve(values.content) : contentDirFromEnv(process.cwd());
const councilDir = path.join(root, 'councils', id!);
const shown = (p: string) => path.relative(process.cwd(), p).split(path.sep).join('/');
if (!existsSync(path.join(root, 'national/services.yaml')))
  fail([`${shown(root)} has no national/services.yaml; expected a content folder holding national/ and councils/`], 1);
if (existsSync(councilDir)) fail([`${shown(councilDir)} already exists; choose another id, or edit that folder`], 1);

let lookup;
try {
  lookup = readCouncilLookup(values.lookup!, values.lad!);
} catch (error) {
  fail([(error as Error).message], 1);
}
if (!lookup)
  fail(
    [`--lad: ${values.lad} has no rows in ${values.lookup}; check the code, or use a lookup that covers the council`],
    1,
  );

let groups: AreaGroup[] | undefined;
if (values.areas) {
  const rows = parse(readFileSync(values.areas), {
    bom: true,
    columns: true,
    skip_empty_lines: true,
    trim: true,
  }) as Record<string, string>[];
  const grouped = groupWards(values.areas, rows, lookup.wards);
  if (grouped.problems.length > 0) fail(grouped.problems, 1);
  groups = grouped.groups;
}

const services = nationalServicesSchema.parse(
  yaml.load(readFileSync(path.join(root, 'national/services.yaml'), 'utf8')),
);
const contactsDir = path.join(root, 'national/contacts');
const nationalContacts = new Set(
  existsSync(contactsDir) ? readdirSync(contactsDir).map((f) => path.basename(f, path.extname(f))) : [],
);

const files = newCouncilFiles({
  id: id!,
  name: values.name!.trim(),
  place: values.place?.trim() || lookup.localAuthorityName,
  lad: values.lad!,
  policeForces: values['police-force']!.map((f) => f.trim()).filter(Boolean),
  wardColumn: lookup.wardColumn,
  wards: lookup.wards,
  groups,
  services: Object.fromEntries(Object.entries(services).map(([sid, s]) => [sid, s.name])),
  nationalContacts,
  today: todayInLondon(),
});
files.set(wardLookupFile, `${lookup.lines.join(lookup.lineEnd)}${lookup.lineEnd}`);
for (const [file, text] of files) {
  const target = path.join(councilDir, file);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, text);
}

const areaCount = groups?.length ?? lookup.wards.length;
console.log(`Wrote ${shown(councilDir)}/ for ${values.name!.trim()} (${values.lad}):`);
console.log(
  `  ${lookup.wards.length} wards from ${shown(values.lookup!)} (${lookup.wardColumn}), ${lookup.lines.length - 1} LSOAs, in ${areaCount} area${areaCount === 1 ? '' : 's'}`,
);
console.log(`  site.yaml, partnership.yaml, services.yaml, a contact for the council, empty local collections`);
console.log(`Next: read ${shown(path.join(councilDir, 'CHECKLIST.md'))}, then run npm run check -- --council ${id}`);
