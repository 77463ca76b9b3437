// @ts-check
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import toolkit from './src/integrations/toolkit.ts';
import cms from './src/integrations/cms.ts';
import { layoutFromEnv, outDirFromEnv } from './src/node/build-settings.ts';
import { readSiteYaml } from './src/node/site-settings.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { externalLinks } from './src/integrations/external-links.ts';
import { safeBodies } from './src/integrations/safe-bodies.ts';

const root = path.dirname(fileURLToPath(import.meta.url));
// CST_COUNCIL picks the council (npm run build -- --council <id> sets it); tests build fixture
// trees by pointing CST_CONTENT_DIR and CST_OUT_DIR at other folders.
const layout = layoutFromEnv(root);
const outDir = outDirFromEnv(root);

/** The published address comes from the council's own site.yaml. */
function siteAddress() {
  try {
    const site = /** @type {{url?: string} | undefined} */ (readSiteYaml(layout.councilDir));
    return new URL(site?.url ?? 'http://localhost/');
  } catch {
    return new URL('http://localhost/'); // the integrity check reports the real problem
  }
}
const address = siteAddress();

/**
 * A digest of src/schemas. Astro keeps parsed entries in its cache and does not notice a change to a
 * schema in an imported file, so a new field's default would be missing from unchanged entries; a
 * changed schema therefore gets a fresh cache.
 */
function schemaDigest() {
  const dir = path.join(root, 'src/schemas');
  const hash = createHash('sha256');
  for (const file of readdirSync(dir).sort()) hash.update(file).update(readFileSync(path.join(dir, file)));
  return hash.digest('hex').slice(0, 8);
}

export default defineConfig({
  site: address.origin,
  base: address.pathname,
  trailingSlash: 'always',
  outDir,
  // One cache per content tree, council and version of the schemas, so builds never share stale entries.
  cacheDir: path.join(
    root,
    'node_modules/.astro',
    `${path.relative(root, layout.root).replaceAll(/[\\/]/g, '_') || 'content'}-${layout.council}-${schemaDigest()}`,
  ),
  build: { format: 'directory', inlineStylesheets: 'never' },
  compressHTML: true,
  devToolbar: { enabled: false },
  // Sätteri is Astro 7's own Markdown and MDX processor; MDX entries use it too. safeBodies refuses
  // a body that holds code, with the same function npm run check uses (src/lib/safe-body.ts).
  markdown: {
    processor: satteri({
      mdastPlugins: [safeBodies({ siteOrigin: address.origin, projectRoot: root })],
      hastPlugins: [externalLinks(address.origin)],
    }),
  },
  integrations: [mdx(), toolkit({ layout, asOf: process.env.CST_AS_OF, siteUrl: address.href }), cms()],
  vite: {
    logLevel: 'warn',
    // Under npm run edit, saving in the CMS changes content files; live reloading would reload
    // the CMS itself mid-edit. The site's pages show the change on the next refresh instead.
    server: { hmr: !process.env.CST_EDIT_PROXY },
    build: {
      assetsInlineLimit: 0, // every script and style is a file, so the CSP needs no 'unsafe-inline'
      rollupOptions: {
        // Rolldown warns once per MDX file about a module-level directive Astro adds; it is noise, and
        // filtering it keeps real warnings visible.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
    define: { 'import.meta.env.CST_AS_OF': JSON.stringify(process.env.CST_AS_OF ?? '') },
  },
});
