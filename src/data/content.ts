/**
 * The only module that queries Astro's content collections. Pages ask it for entries; it keeps
 * draft and exempt reports out of everything it returns, so no page can publish them by mistake.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import yaml from 'js-yaml';
import { byTitle } from '../lib/format.ts';
import { isPublicReport } from '../schemas/report.ts';
import { siteSchema, type Site } from '../schemas/site.ts';
import { partnershipSchema, type Partnership } from '../schemas/partnership.ts';
import type { CollectionName } from '../schemas/collections.ts';

export type Entry<C extends CollectionName> = CollectionEntry<C>;

const contentDir = path.resolve(process.env.CST_CONTENT_DIR ?? 'content');

function readSingleton(file: string): unknown {
  return yaml.load(readFileSync(path.join(contentDir, file), 'utf8'));
}

let site: Site | undefined;
/** The council's settings from site.yaml (already checked by the integrity check). */
export function getSite(): Site {
  site ??= siteSchema.parse(readSingleton('site.yaml'));
  return site;
}

let partnership: Partnership | undefined;
export function getPartnership(): Partnership {
  partnership ??= partnershipSchema.parse(readSingleton('partnership.yaml'));
  return partnership;
}

const sorted = <T extends { data: { title: string } }>(entries: T[]): T[] => entries.sort((a, b) => byTitle(a.data, b.data));

export const getPowers = async () => sorted(await getCollection('powers'));
export const getLegislation = async () => sorted(await getCollection('legislation'));
export const getProblems = async () => sorted(await getCollection('problems'));
export const getContacts = async () => sorted(await getCollection('contacts'));
export const getAreas = async () => sorted(await getCollection('areas'));
export const getBriefings = async () => (await getCollection('briefings')).sort((a, b) => b.data.date.localeCompare(a.data.date) || byTitle(a.data, b.data));
export const getMeetings = async () => (await getCollection('meetings')).sort((a, b) => a.data.date.localeCompare(b.data.date) || byTitle(a.data, b.data));

/** Published and withdrawn reports only. Draft and exempt reports never leave this module. */
export const getPublicReports = async () =>
  (await getCollection('reports', (entry) => isPublicReport(entry.data))).sort(
    (a, b) => (b.data.dates.published ?? '').localeCompare(a.data.dates.published ?? '') || byTitle(a.data, b.data),
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
