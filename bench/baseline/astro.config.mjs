// @ts-check
/**
 * The benchmark's baseline (bench/run.ts): plain Astro + MDX, one glob collection, one page per
 * entry, no other integrations. BENCH_CONTENT_DIR, BENCH_OUT_DIR, BENCH_CACHE_DIR, BENCH_VITE_CACHE_DIR
 * and BENCH_PATTERN (src/content.config.ts) are set by
 * the benchmark. Same output format and the same warning filter as the toolkit, so the two builds
 * differ only in what the toolkit adds.
 */
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  site: 'https://community-safety.example.org',
  trailingSlash: 'always',
  outDir: process.env.BENCH_OUT_DIR ?? 'dist',
  ...(process.env.BENCH_CACHE_DIR ? { cacheDir: process.env.BENCH_CACHE_DIR } : {}),
  build: { format: 'directory', inlineStylesheets: 'never' },
  compressHTML: true,
  devToolbar: { enabled: false },
  integrations: [mdx()],
  vite: {
    logLevel: 'warn',
    ...(process.env.BENCH_VITE_CACHE_DIR ? { cacheDir: process.env.BENCH_VITE_CACHE_DIR } : {}),
    build: {
      rollupOptions: {
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
});
