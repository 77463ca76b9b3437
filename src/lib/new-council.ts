/**
 * The files `npm run new:council` writes for a council's own folder: settings to fill in, one
 * area per ward (or the wards grouped into areas by a mapping file), services with the national
 * helplines already mapped, a contact for the council itself, empty local collections and a
 * checklist of what to fill in and where each fact usually comes from. Pure: the script reads the
 * lookup and writes the files.
 *
 * Nothing here is a guess about the council. What the lookup and the law say is written as fact;
 * everything else says "To fill in", which `npm run check` lists as a warning until it is replaced.
 */
import { slugify } from './scaffold.ts';

/** What marks text still to be written; the check warns about any council file that keeps it. */
export const placeholderMarker = 'To fill in';

export interface Ward {
  code: string;
  name: string;
  /** Its LSOAs in the lookup. */
  lsoas: number;
}

export interface AreaGroup {
  id: string;
  title: string;
  /** The area board, where the council has them. */
  areaBoard?: string | undefined;
  /** Ward codes, in the order given. */
  wards: string[];
}

export interface NewCouncil {
  id: string;
  /** The council's name, such as "Plymouth City Council". */
  name: string;
  /** The place it serves, such as "Plymouth". */
  place: string;
  /** Its ONS local authority code. */
  lad: string;
  /** The police forces whose police.uk files cover it, as the files name them. */
  policeForces: string[];
  /** The lookup's ward column, such as "WD18CD", which dates the wards. */
  wardColumn: string;
  /** The council's wards from the lookup, sorted by name. */
  wards: Ward[];
  /** Areas grouping the wards (from --areas), or undefined for one area per ward. */
  groups?: AreaGroup[] | undefined;
  /** National services (id -> name), to list what is left to map. */
  services: Record<string, string>;
  /** National contacts that exist, so only those are pre-mapped. */
  nationalContacts: ReadonlySet<string>;
  /** Today, YYYY-MM-DD. */
  today: string;
}

/** National services every council can map to national helplines straight away. */
export const nationalHelplines: Record<string, string[]> = {
  emergency: ['emergency-999'],
  'domestic-abuse-helpline': ['national-domestic-abuse-helpline', 'mens-advice-line'],
  'victim-care': ['victim-support'],
  'fraud-reporting': ['report-fraud'],
  'social-landlords': ['social-landlords'],
};

const lookupSource = {
  title: 'Office for National Statistics, Open Geography Portal (LSOA to ward lookups)',
  url: 'https://geoportal.statistics.gov.uk/',
};
const responsibleAuthoritiesSource = {
  title: 'Crime and Disorder Act 1998, section 5 (responsible authorities)',
  url: 'https://www.legislation.gov.uk/ukpga/1998/37/section/5',
};
const findCouncil = { title: 'GOV.UK, Find your local council', url: 'https://www.gov.uk/find-local-council' };

const q = (text: string) => JSON.stringify(text);
const sourcesYaml = (sources: readonly { title: string; url: string }[], indent = '') =>
  sources.map((s) => `${indent}  - title: ${q(s.title)}\n${indent}    url: ${s.url}`).join('\n');

/** The year a lookup column dates its wards to: "WD18CD" -> "2018". */
export function wardYear(wardColumn: string): string {
  const yy = /^WD(\d{2})CD$/.exec(wardColumn)?.[1];
  if (!yy) throw new Error(`wardYear: expected a column such as "WD18CD", found "${wardColumn}"`);
  return `20${yy}`;
}

/** The council's own contact: its id. */
export const councilContactId = (id: string) => `${id}-council`;

/** Every file to write, by path inside the council's folder. */
export function newCouncilFiles(council: NewCouncil): Map<string, string> {
  const files = new Map<string, string>();
  files.set('site.yaml', siteYaml(council));
  files.set('partnership.yaml', partnershipYaml(council));
  files.set('services.yaml', servicesYaml(council));
  files.set(`contacts/${councilContactId(council.id)}.mdx`, councilContact(council));
  for (const [id, text] of areaFiles(council)) files.set(`areas/${id}.yaml`, text);
  for (const folder of ['reports', 'briefings', 'meetings', 'overlays/powers', 'overlays/problems'])
    files.set(`${folder}/.gitkeep`, '');
  files.set('CHECKLIST.md', checklist(council));
  return files;
}

function siteYaml(c: NewCouncil): string {
  return `# ${c.name}: settings for its community safety toolkit, written by npm run new:council.
# Lines marked "to fill in" need your council's own facts: see CHECKLIST.md.
council: ${q(c.name)}
place: ${q(c.place)}
name: Community Safety Toolkit
description: >-
  What councillors in ${c.place} need to tackle crime and anti-social behaviour: the powers, who to
  contact, what changed in the law, what scrutiny found and packs for single-topic meetings.
# To fill in: the address the site will be published at.
url: https://${c.id}.community-safety.example.org/
localAuthorityCode: ${c.lad}
# The police force(s) whose police.uk files the figures come from, as their "Falls within" column names them.
policeForces: [${c.policeForces.map(q).join(', ')}]
# England or Wales: the site shows that nation's law first.
nation: ${c.lad.startsWith('W') ? 'wales' : 'england'}
areaKind: ${c.groups ? 'community-area' : 'ward'}
contentLicence:
  name: Open Government Licence v3.0
  url: https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/
# To fill in: where your copy of the toolkit's source files can be seen.
sourceUrl: https://github.com/example/community-safety-toolkit
corrections:
  # To fill in: the address and team that will fix mistakes readers report.
  email: community.safety@example.org
  team: Community safety team
reviewPeriodDays: 365
accessibility:
  # Re-run the tests (npm test) and update these when you publish.
  lastTested: ${c.today}
  testedBy: the toolkit's own automated checks (axe-core in Chromium on every page type, keyboard tests) run on every change
  statementPrepared: ${c.today}
  statementReviewed: ${c.today}
  knownIssues: []
sources: []
`;
}

function partnershipYaml(c: NewCouncil): string {
  return `# ${c.name}'s community safety partnership, written by npm run new:council.
# Replace every "To fill in" with what the partnership's own papers say: see CHECKLIST.md.
title: "${placeholderMarker}: the name of ${c.place}'s community safety partnership"
aliases: [CSP, Community Safety Partnership]
summary: >-
  The public bodies that by law work together to cut crime, disorder, anti-social behaviour,
  substance misuse and reoffending in ${c.place}.
# The council is a responsible authority by law. Add the police, fire and rescue service, NHS
# integrated care board and Probation Service as contacts, then as members here.
members:
  - contact: ${councilContactId(c.id)}
    role: responsible-authority
framework: []
# plan: add the current plan once you have found it (title, from, to, url, note).
priorities: []
meetingCycle: "${placeholderMarker}: how often the partnership's board meets, from its papers."
committee:
  name: "${placeholderMarker}: the council's crime and disorder committee"
reviewed: ${c.today}
sources:
${sourcesYaml([responsibleAuthoritiesSource])}
`;
}

function servicesYaml(c: NewCouncil): string {
  const mapped = new Map<string, string[]>([['council-switchboard', [councilContactId(c.id)]]]);
  for (const [service, contacts] of Object.entries(nationalHelplines)) {
    const present = contacts.filter((id) => c.nationalContacts.has(id));
    if (service in c.services && present.length > 0) mapped.set(service, present);
  }
  const lines = Object.keys(c.services).map((service) => {
    const ids = mapped.get(service);
    return ids ? `${service}: [${ids.join(', ')}]` : `# ${service}: [] # to fill in: ${c.services[service]}`;
  });
  return `# Who provides each national service in ${c.place}: contact ids, the main route first.
# National helplines are mapped already. For each line still commented out, add a contact in
# contacts/ for your council's or partner's team, put its id in the brackets and remove the "#".
# Leave a service out when nobody provides it locally: npm run check lists it as a warning.
${lines.join('\n')}
`;
}

function councilContact(c: NewCouncil): string {
  return `---
title: ${q(c.name)}
organisation: ${q(c.name)}
kind: council-team
summary: "The council's main contact route. ${placeholderMarker}: its phone number and website."
phoneNote: "${placeholderMarker}: the council's main phone number (phone:), its website (web:) and where you found them (sources:)."
web: ${findCouncil.url}
areas: all
needs: [partnership]
powers: []
reviewed: ${c.today}
sources:
${sourcesYaml([findCouncil])}
---

${placeholderMarker}: when to call the council, in a sentence or two.
`;
}

function areaFiles(c: NewCouncil): Map<string, string> {
  const year = wardYear(c.wardColumn);
  const byCode = new Map(c.wards.map((w) => [w.code, w]));
  const boundaryNote = `These are the wards in the ONS lookup this toolkit uses (${c.wardColumn}, the wards of ${year}). ${placeholderMarker}: say whether ${c.place}'s wards have changed since, and when.`;
  const groups: AreaGroup[] = c.groups ?? c.wards.map((w) => ({ id: slugify(w.name), title: w.name, wards: [w.code] }));
  const files = new Map<string, string>();
  for (const group of groups) {
    const wards = group.wards.map((code) => byCode.get(code)!);
    const lsoas = wards.reduce((n, w) => n + w.lsoas, 0);
    const summary = c.groups
      ? `${placeholderMarker}: one plain sentence about ${group.title}, which has ${wards.length} ward${wards.length === 1 ? '' : 's'} and ${lsoas} small census areas (LSOAs).`
      : `One of ${c.place}'s ${c.wards.length} wards in the ONS lookup, made up of ${lsoas} small census areas (LSOAs).`;
    files.set(
      group.id,
      `title: ${q(group.title)}
${group.areaBoard ? `areaBoard: ${q(group.areaBoard)}\n` : ''}summary: ${q(summary)}
wards:
${wards.map((w) => `  - { code: ${w.code}, name: ${q(w.name)} }`).join('\n')}
boundaryNote: ${q(boundaryNote)}
contacts: [${councilContactId(c.id)}]
priorities: []
reviewed: ${c.today}
sources:
${sourcesYaml([lookupSource])}
`,
    );
  }
  return files;
}

function checklist(c: NewCouncil): string {
  const unmapped = Object.keys(c.services).filter((s) => s !== 'council-switchboard' && !(s in nationalHelplines));
  return `# Checklist: ${c.name}

\`npm run new:council\` wrote this folder on ${c.today}. It passes \`npm run check -- --council ${c.id}\`
and builds, but the site is not ready to publish until the items below are done. Every fact needs a
source (a title and a web address) and a \`reviewed\` date. Where you cannot find a fact, say so in
plain words ("We found no published phone number"); never guess. \`npm run check -- --council ${c.id}\`
lists each "${placeholderMarker}" that is left, and each national service no contact provides yet.

## 1. Settings: site.yaml

- [ ] \`url\`: the address the site will be published at. From your web team.
- [ ] \`corrections\`: the email address and team that fix mistakes readers report.
- [ ] \`sourceUrl\`: where your copy of the toolkit is kept (your git host).
- [ ] \`description\` and \`name\`: change them if you want your own wording.
- [ ] \`sources\`: the council papers the home page draws on, such as the partnership plan.

## 2. Contacts: contacts/ and services.yaml

One file per team or partner (copy \`contacts/${councilContactId(c.id)}.mdx\`). Each needs at least a
phone number, email or web page, and where you found it.

- [ ] The council itself (\`contacts/${councilContactId(c.id)}.mdx\`): main phone number and website.
  Usually on the council's "contact us" page.
- [ ] Then one contact for each service still to map in \`services.yaml\`:
${unmapped.map((s) => `  - [ ] \`${s}\`: ${c.services[s]}`).join('\n')}

Where these usually come from:

- Council teams (anti-social behaviour, noise, fly-tipping, licensing, planning enforcement,
  trading standards, housing options): each team's page on the council's website. A page that only
  gives the main number is fine: say so in \`phoneNote\`.
- Council as landlord: check whether the council still owns homes. Many councils moved their homes
  to a housing association; if yours did, leave \`council-housing\` out and write a local note on the
  housing powers (section 6).
- Police (101 and online reporting), fire and rescue, the police and crime commissioner's office and
  the victim care service it pays for: those bodies' own websites.
- NHS integrated care board, Probation Service and Crown Prosecution Service area: their websites;
  the CPS area pages say which police forces each area works with.
- Local domestic abuse service and youth justice service: the council's and the commissioner's
  pages on the services they commission.

## 3. The partnership: partnership.yaml

- [ ] Its name, and its members (add each as a contact first) with their standing: responsible
  authority, duty to co-operate (the police and crime commissioner) or other member.
- [ ] The laws it works under, as its papers cite them (\`framework\`).
- [ ] The current plan: title, period and address. If the plan gives only years, write the years.
- [ ] Each priority as published, with its lead only where the plan names one. Leave \`lead\` out
  where it names none: the page then says "Not named in the plan".
- [ ] How often it meets, and the council's crime and disorder committee.

Where from: the partnership plan and strategic assessment (often in Health and Wellbeing Board or
Cabinet papers), the council's community safety pages, and the annual scrutiny of the partnership in
the committee papers.

## 4. Areas: areas/

${
  c.groups
    ? `The wards are grouped into ${c.groups.length} areas from your mapping file.`
    : `There is one area per ward (${c.wards.length} wards). To group wards into areas (community areas or area
boards) before you fill anything in, delete this folder and run \`npm run new:council\` again with
\`--areas <mapping csv>\` (columns ward_code, area_id, area_name and, if the areas have boards,
area_board). Or edit the files: each area lists its wards by ONS code, and \`npm run check\` tests
every code against the lookup in \`data/\`.`
}

- [ ] Each area's \`summary\`, local priorities (from ward profiles, the police's neighbourhood
  priorities or area meeting papers) and local contacts.
- [ ] The boundary note: when were ${c.place}'s wards last redrawn? The Local Government Boundary
  Commission for England (or Wales) publishes each review.

## 5. Police figures: data/

- [ ] Download the street-level crime files for your force from data.police.uk, then run
  \`npm run import:police -- <files> --lookup content/councils/${c.id}/data/ons-lsoa-ward-lookup.csv --council ${c.id}\`.
  Use months that match the wards in the lookup (${c.wardColumn}).

## 6. Local notes on national pages: overlays/

- [ ] Add a note where ${c.place} differs from the national picture: public spaces protection orders
  in force, the threshold for an ASB case review, who holds the former council homes. Name the file
  after the national entry, such as \`overlays/powers/public-spaces-protection-order.mdx\`.

## 7. Scrutiny, meetings and briefings

- [ ] Scrutiny reports: \`npm run new:report -- "Title" --council ${c.id}\`. Enter what the paper
  publishes, and say what it leaves out.
- [ ] A single-topic meeting: \`npm run new:meeting -- --area <id> --problem <id> --date YYYY-MM-DD --council ${c.id}\`.
- [ ] Briefings for members: one file each in \`briefings/\`.

## 8. Your own copy

- [ ] Put \`council: ${c.id}\` in \`local.yaml\` at the project root, so every command uses this council.
- [ ] Run \`npm run check\`, \`npm run build\` and \`npm test\`.
`;
}

/**
 * Groups the council's wards into areas from a mapping file's rows (columns ward_code, area_id,
 * area_name and, optionally, area_board). Every ward must be in exactly one area. Problems name
 * the file and the line (the header is line 1).
 */
export function groupWards(
  file: string,
  rows: readonly Record<string, string>[],
  wards: readonly Ward[],
): { groups: AreaGroup[]; problems: string[] } {
  const problems: string[] = [];
  const columns = Object.keys(rows[0] ?? {});
  const missing = ['ward_code', 'area_id', 'area_name'].filter((c) => !columns.includes(c));
  if (rows.length === 0)
    return {
      groups: [],
      problems: [
        `${file}: found no rows; expected a header (ward_code,area_id,area_name,area_board) and one row per ward`,
      ],
    };
  if (missing.length > 0)
    return {
      groups: [],
      problems: [
        `${file}: line 1: missing the column${missing.length === 1 ? '' : 's'} ${missing.join(', ')}; found ${columns.join(', ')}`,
      ],
    };
  const known = new Map(wards.map((w) => [w.code, w]));
  const placed = new Map<string, number>();
  const groups = new Map<string, AreaGroup>();
  rows.forEach((row, i) => {
    const line = i + 2;
    const code = (row.ward_code ?? '').trim();
    const id = (row.area_id ?? '').trim();
    const title = (row.area_name ?? '').trim();
    const board = (row.area_board ?? '').trim() || undefined;
    if (!known.has(code))
      return problems.push(
        `${file}: line ${line}: ward_code: found "${code}", expected a ward of this council in the lookup`,
      );
    if (placed.has(code))
      return problems.push(
        `${file}: line ${line}: ward_code: ${code} is already in an area on line ${placed.get(code)}; each ward goes in one area`,
      );
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))
      return problems.push(
        `${file}: line ${line}: area_id: found "${id}", expected lower-case words joined by hyphens, such as "${slugify(title) || 'north-area'}"`,
      );
    if (!title) return problems.push(`${file}: line ${line}: area_name: missing; expected the area's name`);
    placed.set(code, line);
    const group = groups.get(id);
    if (!group) groups.set(id, { id, title, areaBoard: board, wards: [code] });
    else if (group.title !== title || group.areaBoard !== board)
      problems.push(
        `${file}: line ${line}: area_name: found "${title}"${board ? ` (board "${board}")` : ''} for area ${id}, which earlier lines call "${group.title}"${group.areaBoard ? ` (board "${group.areaBoard}")` : ''}`,
      );
    else group.wards.push(code);
  });
  const left = wards.filter((w) => !placed.has(w.code));
  if (left.length > 0)
    problems.push(
      `${file}: missing ${left.length} of the council's wards; expected every ward in one area, also: ${left.map((w) => `${w.code} (${w.name})`).join(', ')}`,
    );
  return { groups: [...groups.values()], problems };
}
