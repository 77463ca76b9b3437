/**
 * The registry of content collections: which layer and folder each lives in and which schema
 * checks it. src/content.config.ts and the integrity check both read this, so they cannot drift.
 *
 * Layers: "national" entries live in <content>/national/<folder>/ and are shared by every
 * council; "council" entries in <content>/councils/<id>/<folder>/; "both" in either (contacts:
 * national helplines and a council's own teams share one id space).
 */
import type { z } from 'zod';
import { areaSchema } from './area.ts';
import { briefingSchema } from './briefing.ts';
import { contactSchema } from './contact.ts';
import { legislationSchema } from './legislation.ts';
import { meetingSchema } from './meeting.ts';
import { overlaySchema } from './overlay.ts';
import { powerSchema } from './power.ts';
import { problemSchema } from './problem.ts';
import { reportSchema } from './report.ts';

export type Layer = 'national' | 'council' | 'both';

export const collections = {
  powers: { layer: 'national', folder: 'powers', extension: '.mdx', schema: powerSchema },
  legislation: { layer: 'national', folder: 'legislation', extension: '.mdx', schema: legislationSchema },
  problems: { layer: 'national', folder: 'problems', extension: '.mdx', schema: problemSchema },
  contacts: { layer: 'both', folder: 'contacts', extension: '.mdx', schema: contactSchema },
  areas: { layer: 'council', folder: 'areas', extension: '.yaml', schema: areaSchema },
  reports: { layer: 'council', folder: 'reports', extension: '.mdx', schema: reportSchema },
  briefings: { layer: 'council', folder: 'briefings', extension: '.mdx', schema: briefingSchema },
  meetings: { layer: 'council', folder: 'meetings', extension: '.mdx', schema: meetingSchema },
} as const satisfies Record<string, { layer: Layer; folder: string; extension: '.mdx' | '.yaml'; schema: z.ZodType }>;

export type CollectionName = keyof typeof collections;
export const collectionNames = Object.keys(collections) as CollectionName[];

/**
 * Local notes on national entries: councils/<id>/overlays/<collection>/<national id>.mdx. Not a
 * collection of its own pages; each is shown on the national entry's page.
 */
export const overlays = {
  folder: 'overlays',
  targets: ['powers', 'problems'] as const,
  extension: '.mdx' as const,
  schema: overlaySchema,
};
export type OverlayTarget = (typeof overlays.targets)[number];

/** Single files of the national layer. */
export const nationalFiles = {
  services: 'services.yaml',
  changelog: 'changelog.yaml',
  commonComplaints: 'common-complaints.yaml',
} as const;

/** Single files of a council's layer. */
export const councilFiles = {
  site: 'site.yaml',
  partnership: 'partnership.yaml',
  services: 'services.yaml',
  roles: 'roles.yaml',
} as const;

/** Folders of a council's layer that are not collections: imported figures and lookups. */
export const councilDataFolder = 'data';
