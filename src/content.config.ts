/** Wiring only: one glob loader per content folder, schemas from src/schemas. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collections as registry, collectionNames } from './schemas/collections.ts';

const contentDir = process.env.CST_CONTENT_DIR ?? 'content';

export const collections = Object.fromEntries(
  collectionNames.map((name) => {
    const { folder, extension, schema } = registry[name];
    const pattern = extension === '.mdx' ? '*.{md,mdx}' : '*.{yaml,yml}';
    return [name, defineCollection({ loader: glob({ base: `${contentDir}/${folder}`, pattern }), schema })];
  }),
);
