/** Where a build reads content and writes the site: one rule for astro.config.mjs and the scripts. */
import path from 'node:path';

/** The content folder: CST_CONTENT_DIR when set (tests use it for fixtures), else ./content. */
export function contentDirFromEnv(projectRoot: string): string {
  return path.resolve(projectRoot, process.env.CST_CONTENT_DIR ?? 'content');
}

/** The built site: CST_OUT_DIR when set, else ./dist. */
export function outDirFromEnv(projectRoot: string): string {
  return path.resolve(projectRoot, process.env.CST_OUT_DIR ?? 'dist');
}

/**
 * Astro's V8 heap cap. Without one, V8 lets garbage pile up on large sites before it collects,
 * and the peak memory is higher for no steady gain in time (bench/RESULTS.md); 1,536 MiB builds 10,000
 * entries. Most of what remains of Astro's peak is outside V8's heap, where no cap reaches.
 */
export const DEFAULT_ASTRO_HEAP_MB = 1536;

/** The heap cap for Astro's process: none when NODE_OPTIONS sets one, else CST_BUILD_HEAP_MB or the default. */
export function astroHeapArgs(env: NodeJS.ProcessEnv = process.env): string[] {
  if (/--max-old-space-size/.test(env.NODE_OPTIONS ?? '')) return [];
  const raw = env.CST_BUILD_HEAP_MB ?? String(DEFAULT_ASTRO_HEAP_MB);
  const mb = Number(raw);
  if (!/^\d+$/.test(raw) || mb < 256) throw new Error(`CST_BUILD_HEAP_MB: found "${raw}", expected a whole number of MiB, 256 or more`);
  return [`--max-old-space-size=${mb}`];
}
