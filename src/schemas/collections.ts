/**
 * The registry of content collections: where each lives under content/ and which schema checks it.
 * src/content.config.ts and the integrity check both read this, so they cannot drift apart.
 */
import type { z } from 'zod';
import { areaSchema } from './area.ts';
import { briefingSchema } from './briefing.ts';
import { contactSchema } from './contact.ts';
import { legislationSchema } from './legislation.ts';
import { meetingSchema } from './meeting.ts';
import { powerSchema } from './power.ts';
import { problemSchema } from './problem.ts';
import { reportSchema } from './report.ts';

export const collections = {
  powers: { folder: 'powers', extension: '.mdx', schema: powerSchema },
  legislation: { folder: 'legislation', extension: '.mdx', schema: legislationSchema },
  problems: { folder: 'problems', extension: '.mdx', schema: problemSchema },
  contacts: { folder: 'contacts', extension: '.mdx', schema: contactSchema },
  areas: { folder: 'areas', extension: '.yaml', schema: areaSchema },
  reports: { folder: 'reports', extension: '.mdx', schema: reportSchema },
  briefings: { folder: 'briefings', extension: '.mdx', schema: briefingSchema },
  meetings: { folder: 'meetings', extension: '.mdx', schema: meetingSchema },
} as const satisfies Record<string, { folder: string; extension: '.mdx' | '.yaml'; schema: z.ZodType }>;

export type CollectionName = keyof typeof collections;
export const collectionNames = Object.keys(collections) as CollectionName[];

/** Single files under content/ that are not collections. */
export const singletonFiles = { site: 'site.yaml', partnership: 'partnership.yaml' } as const;
