/**
 * One collection: every .mdx file under the benchmark's content folder (BENCH_PATTERN to take .md
 * files instead), with a permissive schema.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
  entries: defineCollection({
    loader: glob({
      base: process.env.BENCH_CONTENT_DIR ?? 'content',
      pattern: process.env.BENCH_PATTERN ?? '**/*.mdx',
    }),
    schema: z.looseObject({ title: z.string(), summary: z.string().optional() }),
  }),
};
