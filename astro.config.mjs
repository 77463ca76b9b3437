// @ts-check
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import yaml from 'js-yaml';
import toolkit from './src/integrations/toolkit.ts';
import { contentDirFromEnv, outDirFromEnv } from './src/node/build-settings.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { externalLinks } from './src/integrations/external-links.ts';

const root = path.dirname(fileURLToPath(import.meta.url));
// Tests build fixture trees by pointing these at other folders.
const contentDir = contentDirFromEnv(root);
const outDir = outDirFromEnv(root);

/** The published address comes from the council's own site.yaml. */
function siteAddress() {
  try {
    const site = /** @type {{url?: string}} */ (yaml.load(readFileSync(path.join(contentDir, 'site.yaml'), 'utf8')));
    return new URL(site.url ?? 'http://localhost/');
  } catch {
    return new URL('http://localhost/'); // the integrity check reports the real problem
  }
}
const address = siteAddress();

export default defineConfig({
  site: address.origin,
  base: address.pathname,
  trailingSlash: 'always',
  outDir,
  cacheDir: path.join(root, 'node_modules/.astro', path.relative(root, contentDir).replaceAll(/[\\/]/g, '_') || 'content'),
  build: { format: 'directory', inlineStylesheets: 'never' },
  compressHTML: true,
  devToolbar: { enabled: false },
  // Sätteri is Astro 7's own Markdown and MDX processor; MDX entries use it too.
  markdown: { processor: satteri({ hastPlugins: [externalLinks(address.origin)] }) },
  integrations: [
    mdx(),
    toolkit({ contentDir, asOf: process.env.CST_AS_OF, siteUrl: address.href }),
  ],
  vite: {
    logLevel: 'warn',
    build: {
      assetsInlineLimit: 0, // every script and style is a file, so the CSP needs no 'unsafe-inline'
      rollupOptions: {
        // Rolldown warns once per MDX file about a directive Astro adds; it is noise (see TOOLCHAIN.md).
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
    define: { 'import.meta.env.CST_AS_OF': JSON.stringify(process.env.CST_AS_OF ?? '') },
  },
});
