/** Wiring only: one glob loader per content folder, schemas from src/schemas. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collections as registry, type CollectionName } from './schemas/collections.ts';
import { areaSchema } from './schemas/area.ts';
import { briefingSchema } from './schemas/briefing.ts';
import { contactSchema } from './schemas/contact.ts';
import { legislationSchema } from './schemas/legislation.ts';
import { meetingSchema } from './schemas/meeting.ts';
import { powerSchema } from './schemas/power.ts';
import { problemSchema } from './schemas/problem.ts';
import { reportSchema } from './schemas/report.ts';

const contentDir = process.env.CST_CONTENT_DIR ?? 'content';

/** The loader for a collection's folder, from the registry the integrity check also reads. */
function loader(name: CollectionName) {
  const { folder, extension } = registry[name];
  return glob({ base: `${contentDir}/${folder}`, pattern: extension === '.mdx' ? '*.{md,mdx}' : '*.{yaml,yml}' });
}

// Written out one by one (not generated) so each collection keeps its own schema type.
export const collections = {
  powers: defineCollection({ loader: loader('powers'), schema: powerSchema }),
  legislation: defineCollection({ loader: loader('legislation'), schema: legislationSchema }),
  problems: defineCollection({ loader: loader('problems'), schema: problemSchema }),
  contacts: defineCollection({ loader: loader('contacts'), schema: contactSchema }),
  areas: defineCollection({ loader: loader('areas'), schema: areaSchema }),
  reports: defineCollection({ loader: loader('reports'), schema: reportSchema }),
  briefings: defineCollection({ loader: loader('briefings'), schema: briefingSchema }),
  meetings: defineCollection({ loader: loader('meetings'), schema: meetingSchema }),
};
