/**
 * The only module that queries Astro's content collections. Pages ask it for entries; it keeps
 * draft and exempt reports out of everything it returns, so no page can publish them by mistake.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { getCollection, render } from 'astro:content';
import yaml from 'js-yaml';
import { byTitle } from '../lib/format.ts';
import { reportDate } from '../schemas/report.ts';
import { isPublicReport } from '../lib/public-reports.ts';
import { earliestDay } from '../lib/partial-date.ts';
import type { Site } from '../schemas/site.ts';
import { loadSite } from '../node/site-settings.ts';
import { partnershipSchema, type Partnership } from '../schemas/partnership.ts';
import { councilFiles, nationalFiles } from '../schemas/collections.ts';
import {
  councilServicesSchema,
  nationalServicesSchema,
  type CouncilServices,
  type NationalServices,
} from '../schemas/services.ts';
import { rolesSchema, type Roles } from '../schemas/roles.ts';
import { nationalChangelogSchema, type NationalChange } from '../schemas/national-changelog.ts';
import { commonComplaintsSchema, type CommonComplaints } from '../schemas/common-complaints.ts';
import { layoutFromEnv } from '../node/build-settings.ts';
import { powerInNation } from '../lib/nations.ts';

/** The content root and the council this build is for (CST_CONTENT_DIR, CST_COUNCIL). */
export const layout = layoutFromEnv(process.cwd());

/** Parses as the check and site.yaml's loader do: CORE_SCHEMA keeps dates as the text written. */
function readYaml(file: string): unknown {
  return yaml.load(readFileSync(file, 'utf8'), { schema: yaml.CORE_SCHEMA });
}

/** Reads a single YAML file once per build; every one was checked by the integrity check first. */
function once<T>(read: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: read() }).v;
}

/** The council's settings from site.yaml. */
export const getSite: () => Site = once(() => loadSite(layout.councilDir));
export const getPartnership: () => Partnership = once(() =>
  partnershipSchema.parse(readYaml(path.join(layout.councilDir, councilFiles.partnership))),
);
/** The national services that powers and problems name as leads. */
export const getNationalServices: () => NationalServices = once(() =>
  nationalServicesSchema.parse(readYaml(path.join(layout.nationalDir, nationalFiles.services))),
);
/** Which of the council's contacts provide each national service. */
export const getCouncilServices: () => CouncilServices = once(() =>
  councilServicesSchema.parse(readYaml(path.join(layout.councilDir, councilFiles.services))),
);
/** The council's roles (lead officers, cabinet members, bodies) by id; none when it has no roles.yaml. */
export const getRoles: () => Roles = once(() => {
  const file = path.join(layout.councilDir, councilFiles.roles);
  return existsSync(file) ? rolesSchema.parse(readYaml(file) ?? {}) : {};
});
/** What changed in the national content, newest first; empty when there is no changelog. */
export const getNationalChangelog: () => NationalChange[] = once(() => {
  const file = path.join(layout.nationalDir, nationalFiles.changelog);
  if (!existsSync(file)) return [];
  return nationalChangelogSchema.parse(readYaml(file)).sort((a, b) => b.date.localeCompare(a.date));
});

/** The commonest complaints in order, for the problem finder; undefined when the file is absent. */
export const getCommonComplaints: () => CommonComplaints | undefined = once(() => {
  const file = path.join(layout.nationalDir, nationalFiles.commonComplaints);
  return existsSync(file) ? commonComplaintsSchema.parse(readYaml(file)) : undefined;
});

const sorted = <T extends { data: { title: string } }>(entries: T[]): T[] =>
  entries.sort((a, b) => byTitle(a.data, b.data));

/**
 * Every power as the council's nation has it (site.yaml's nation): its fields carry that nation's
 * law, and data.inNation says what is different in the other nation or why it is not used here.
 */
export const getPowers = async () =>
  sorted(
    (await getCollection('powers')).map((entry) => ({ ...entry, data: powerInNation(entry.data, getSite().nation) })),
  );
export const getLegislation = async () => sorted(await getCollection('legislation'));
export const getProblems = async () => sorted(await getCollection('problems'));
export const getContacts = async () => sorted(await getCollection('contacts'));
export const getAreas = async () => sorted(await getCollection('areas'));
export const getBriefings = async () =>
  (await getCollection('briefings')).sort((a, b) => b.data.date.localeCompare(a.data.date) || byTitle(a.data, b.data));
/** The council's local notes on national powers and problems, by "<collection>/<id>". */
export const getOverlays = async () => new Map((await getCollection('overlays')).map((o) => [o.id, o]));
export const getMeetings = async () =>
  (await getCollection('meetings')).sort((a, b) => a.data.date.localeCompare(b.data.date) || byTitle(a.data, b.data));

const sortDay = (report: Parameters<typeof reportDate>[0]) => {
  const date = reportDate(report);
  return date === undefined ? '' : earliestDay(date);
};

/** Published and withdrawn reports only. Draft and exempt reports never leave this module. */
export const getPublicReports = async () =>
  (await getCollection('reports', (entry) => isPublicReport(entry.data))).sort(
    (a, b) => sortDay(b.data).localeCompare(sortDay(a.data)) || byTitle(a.data, b.data),
  );

/** Every public entry of every collection, for the site-wide "last reviewed" date and exports. */
export async function getAllPublicEntries() {
  return [
    ...(await getPowers()),
    ...(await getLegislation()),
    ...(await getProblems()),
    ...(await getContacts()),
    ...(await getAreas()),
    ...(await getPublicReports()),
    ...(await getBriefings()),
    ...(await getMeetings()),
  ];
}

export { render };
