/**
 * The one loader of a council's settings file, site.yaml. It parses YAML as the check parses every
 * content file (js-yaml's CORE_SCHEMA, so dates stay the text written), whether the caller is
 * astro.config.mjs, the build's pages or a script.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { councilFiles } from '../schemas/collections.ts';
import { siteSchema, type Site } from '../schemas/site.ts';

/** Where a council's settings file lives. */
export function siteSettingsFile(councilDir: string): string {
  return path.join(councilDir, councilFiles.site);
}

/** site.yaml as written, unchecked; undefined when there is none. Throws when it is not YAML. */
export function readSiteYaml(councilDir: string): unknown {
  const file = siteSettingsFile(councilDir);
  if (!existsSync(file)) return undefined;
  return yaml.load(readFileSync(file, 'utf8'), { schema: yaml.CORE_SCHEMA });
}

/** The council's settings, checked against their schema. Throws when the file is missing or wrong. */
export function loadSite(councilDir: string): Site {
  return siteSchema.parse(readSiteYaml(councilDir));
}
