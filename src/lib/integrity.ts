/**
 * The integrity check: every schema violation, dangling reference, duplicate id and broken rule
 * in the content, all at once, one line per problem. Pure: the caller reads the files.
 */
import type { z } from 'zod';
import { collections, type CollectionName } from '../schemas/collections.ts';
import { partnershipSchema } from '../schemas/partnership.ts';
import type { Report } from '../schemas/report.ts';
import { isPublicReport } from './public-reports.ts';
import { siteSchema } from '../schemas/site.ts';
import type { Area } from '../schemas/area.ts';
import type { Contact } from '../schemas/contact.ts';
import type { Meeting } from '../schemas/meeting.ts';
import { meetingRules } from './meeting-rules.ts';
import type { Legislation } from '../schemas/legislation.ts';
import type { Power } from '../schemas/power.ts';
import { actOfUrl, citationProblems, type KnownActs } from './citations.ts';
import { checkUkPhone } from './phone.ts';
import type { ContentProblem, SchemaIssue } from './problems.ts';
import type { Finding } from './problem-facts.ts';
import { partnershipReferences, referencesOf } from './references.ts';
import {
  danglingReferences,
  duplicateIds,
  idsByCollection,
  linksToHiddenReports,
  rawReferences,
  reviewDateProblems,
  schemaProblems,
  validateSingleton,
} from './check-basics.ts';
import { layerProblems } from './layers.ts';
import { bodyLinkProblems, type SiteMap } from './body-links.ts';
import {
  rawRoleReferences,
  readableReportField,
  reportRules,
  roleProblems,
  roleReferenceProblems,
} from './report-rules.ts';
import { rolesSchema } from '../schemas/roles.ts';
import { nationProblems } from './nation-rules.ts';
import type { CheckOptions, ContentSnapshot, RawEntry, ValidEntry, WardLookup } from './snapshot.ts';

/**
 * Every problem, unsorted: some are facts for the caller to put into words
 * (src/node/problem-words.ts), so the caller sorts them once they are words.
 */
export function checkContent(snapshot: ContentSnapshot, options: CheckOptions): Finding[] {
  const problems: Finding[] = [];
  problems.push(...duplicateIds([...snapshot.entries, ...(snapshot.unreadable ?? [])]));

  const valid: ValidEntry[] = [];
  const invalid: RawEntry[] = [];
  for (const raw of snapshot.entries) {
    const schema = collections[raw.collection].schema as z.ZodType;
    const result = schema.safeParse(raw.data, { reportInput: true });
    if (result.success) valid.push({ raw, data: result.data as Record<string, unknown> });
    else {
      problems.push(...schemaProblems(raw.file, schema, result.error.issues as SchemaIssue[]));
      invalid.push(raw);
    }
  }
  validateSingleton(snapshot.site, siteSchema, problems);
  const partnership = validateSingleton(snapshot.partnership, partnershipSchema, problems);
  // roles.yaml is optional: a council whose reports name no roles needs none.
  const roles =
    snapshot.roles.data === undefined ? undefined : validateSingleton(snapshot.roles, rolesSchema, problems);
  if (roles) problems.push(...roleProblems(snapshot.roles.file, roles));
  const roleContext = {
    roles,
    rolesFile: snapshot.roles.file,
    rolesFileExists: snapshot.roles.data !== undefined || snapshot.roles.unreadable === true,
  };

  const ids = idsByCollection([...snapshot.entries, ...(snapshot.unreadable ?? [])]);
  const nonPublicReports = new Set(
    valid.filter((e) => e.raw.collection === 'reports' && !isPublicReport(e.data as Report)).map((e) => e.raw.id),
  );
  const knownActs = knownActsOf(valid);
  for (const entry of valid) {
    const refs = referencesOf(entry.raw.collection, entry.data as never);
    problems.push(...danglingReferences(entry.raw.file, refs, ids));
    if (!(entry.raw.collection === 'reports' && nonPublicReports.has(entry.raw.id)))
      problems.push(...linksToHiddenReports(entry.raw.file, refs, nonPublicReports));
    problems.push(...reviewDateProblems(entry.raw.file, entry.data, options.asOf));
    if (entry.raw.collection === 'reports')
      problems.push(...reportRules(entry.raw.file, entry.data as Report, roleContext));
    if (entry.raw.collection === 'contacts') problems.push(...contactRules(entry.raw.file, entry.data as Contact));
    if (entry.raw.collection === 'meetings') problems.push(...meetingRules(entry.raw.file, entry.data as Meeting));
    if (entry.raw.collection === 'powers')
      problems.push(...citationProblems(entry.raw.file, entry.data as Power, knownActs));
    if (entry.raw.collection === 'areas') problems.push(...areaRouteRules(entry.raw.file, entry.data as Area));
  }
  if (options.wards)
    problems.push(
      ...wardRules(
        valid.filter((e) => e.raw.collection === 'areas').map((e) => ({ file: e.raw.file, area: e.data as Area })),
        options.wards,
      ),
    );
  // An entry that failed its schema still gets its references checked, so one pass lists everything.
  for (const raw of invalid) {
    problems.push(...danglingReferences(raw.file, rawReferences(raw), ids));
    if (raw.collection === 'reports')
      problems.push(...roleReferenceProblems(raw.file, rawRoleReferences(raw.data), roleContext));
  }
  if (partnership) {
    problems.push(...danglingReferences(snapshot.partnership.file, partnershipReferences(partnership), ids));
    problems.push(...reviewDateProblems(snapshot.partnership.file, partnership, options.asOf));
  }
  if (options.routes) problems.push(...bodyLinkFindings(snapshot, ids, nonPublicReports, options.routes));
  problems.push(...layerProblems(snapshot, ids, options.asOf));
  problems.push(...nationProblems(valid));
  // Officers count recommendations from 1 and know them by their printed label.
  const reportData = new Map(snapshot.entries.filter((e) => e.collection === 'reports').map((e) => [e.file, e.data]));
  return problems.map((p) =>
    reportData.has(p.file) && p.field ? { ...p, field: readableReportField(p.field, reportData.get(p.file)) } : p,
  );
}

/** The meeting rules live with the meetings' other rules. */
export { meetingRules };

/** The Acts the legislation entries name, by title and alias, so a citation of another Act can be checked against its address. */
function knownActsOf(valid: readonly ValidEntry[]): KnownActs {
  const acts = new Map<string, { path: string; file: string }>();
  for (const entry of valid) {
    if (entry.raw.collection !== 'legislation') continue;
    const law = entry.data as Legislation;
    const act = law.kind === 'act' || law.kind === 'regulations' ? actOfUrl(law.url) : undefined;
    if (act) for (const name of [law.title, ...law.aliases]) acts.set(name, { path: act.path, file: entry.raw.file });
  }
  return acts;
}

/** Internal links in the bodies of public entries and overlays must reach a page that exists and is public. */
function bodyLinkFindings(
  snapshot: ContentSnapshot,
  ids: Map<CollectionName, Set<string>>,
  hiddenReports: Set<string>,
  routes: readonly string[],
): ContentProblem[] {
  const url = (snapshot.site.data as { url?: unknown } | undefined)?.url;
  const pages = new Map<string, ReadonlySet<string>>(
    [...ids].map(([collection, set]) => [
      collection,
      collection === 'reports' ? new Set([...set].filter((id) => !hiddenReports.has(id))) : set,
    ]),
  );
  const site: SiteMap = { siteUrl: typeof url === 'string' ? url : undefined, routes, pages, hiddenReports };
  return [
    ...snapshot.entries
      .filter((e) => e.bodyLinks && !(e.collection === 'reports' && hiddenReports.has(e.id)))
      .flatMap((e) => bodyLinkProblems(e.file, `${e.collection}/${e.id}/`, e.bodyLinks!, site)),
    ...snapshot.overlays
      .filter((o) => o.bodyLinks)
      .flatMap((o) => bodyLinkProblems(o.file, `${o.target}/${o.id}/`, o.bodyLinks!, site)),
  ];
}

/** An area's own routes: every phone number is a real UK number, as for contacts. */
export function areaRouteRules(file: string, area: Area): ContentProblem[] {
  const routes = area.routes;
  if (!routes) return [];
  const named = [
    ...(['police', 'areaBoard', 'councillors'] as const).flatMap((kind) =>
      routes[kind] ? [{ field: `routes.${kind}`, route: routes[kind] }] : [],
    ),
    ...routes.other.map((route, i) => ({ field: `routes.other[${i}]`, route })),
  ];
  return named.flatMap(({ field, route }) => {
    if (route.phone === undefined) return [];
    const result = checkUkPhone(route.phone);
    return result.ok ? [] : [{ file, field: `${field}.phone`, message: result.message }];
  });
}

/** Phone numbers must be real UK numbers or known short codes, so every tel: link dials. */
export function contactRules(file: string, contact: Contact): ContentProblem[] {
  return (['phone', 'textphone'] as const).flatMap((field) => {
    const written = contact[field];
    if (written === undefined) return [];
    const result = checkUkPhone(written);
    return result.ok ? [] : [{ file, field, message: result.message }];
  });
}

/** Every ward must be one of the council's wards in the ONS lookup, named as the lookup names it, in one area only. */
export function wardRules(areas: { file: string; area: Area }[], lookup: WardLookup): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const placed = new Map<string, string>();
  for (const { file, area } of areas) {
    area.wards.forEach((ward, i) => {
      const known = lookup.wards.get(ward.code);
      if (known === undefined)
        problems.push({
          file,
          field: `wards[${i}].code`,
          message: `found "${ward.code}", expected a ward of local authority ${lookup.localAuthority} in ${lookup.file}`,
        });
      else if (known !== ward.name)
        problems.push({
          file,
          field: `wards[${i}].name`,
          message: `found "${ward.name}", expected "${known}" (the name ${lookup.file} gives ${ward.code})`,
        });
      const other = placed.get(ward.code);
      if (other)
        problems.push({
          file,
          field: `wards[${i}].code`,
          message: `found "${ward.code}", which ${other} already places in its area; expected each ward in one area only`,
        });
      else placed.set(ward.code, file);
    });
  }
  return problems;
}
