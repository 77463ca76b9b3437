/**
 * Settings of the admin page for the council being built: the content layout, the editing backend
 * from site.yaml, and, under `npm run edit`, the address of the local proxy (CST_EDIT_PROXY).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { createRequire } from 'node:module';
import path from 'node:path';
import { adminCsp } from '../lib/cms/csp.ts';
import { siteSchema } from '../schemas/site.ts';
import type { EditingBackend } from '../lib/cms/decap-config.ts';
import { layoutFromEnv, type ContentLayout } from './build-settings.ts';
import { readSiteYaml } from './site-settings.ts';
import { councilFiles } from '../schemas/collections.ts';

export interface AdminSettings {
  layout: ContentLayout;
  repoRoot: string;
  localProxy: string | undefined;
  editing: EditingBackend | undefined;
  csp: string;
  siteName: string;
  council: string;
  /** Each role's title by its id (roles.yaml), so the preview shows "Head of Community Safety", not its id. */
  roleTitles: Record<string, string>;
}

export function adminSettings(env: NodeJS.ProcessEnv = process.env, projectRoot = process.cwd()): AdminSettings {
  const layout = layoutFromEnv(projectRoot, env);
  // The CMS's paths start from the folder that holds the content folder: the project itself, or a test's copy.
  const repoRoot = path.dirname(layout.root);
  const site = (readSiteYaml(layout.councilDir) ?? {}) as { name?: string; council?: string; editing?: unknown };
  const localProxy = env.CST_EDIT_PROXY || undefined;
  const editing = editingOf(site.editing);
  return {
    layout,
    repoRoot,
    localProxy,
    editing,
    csp: adminCsp({ editing, localProxy }),
    siteName: site.name ?? 'Community Safety Toolkit',
    council: site.council ?? layout.council,
    roleTitles: roleTitlesIn(layout.councilDir),
  };
}

/** The titles of the council's roles by id; a role without a title, or a file that is not YAML, is left to the check. */
export function roleTitlesIn(councilDir: string): Record<string, string> {
  const file = path.join(councilDir, councilFiles.roles);
  if (!existsSync(file)) return {};
  try {
    const roles = yaml.load(readFileSync(file, 'utf8'), { schema: yaml.CORE_SCHEMA });
    if (typeof roles !== 'object' || roles === null) return {};
    return Object.fromEntries(
      Object.entries(roles).flatMap(([id, role]) =>
        typeof role?.title === 'string' ? [[id, role.title as string]] : [],
      ),
    );
  } catch {
    return {};
  }
}

/** site.yaml's `editing`, with its defaults; left out when it is not valid (the check reports why). */
export function editingOf(raw: unknown): EditingBackend | undefined {
  if (raw === undefined) return undefined;
  const result = siteSchema.shape.editing.safeParse(raw);
  return result.success ? result.data : undefined;
}

/** The folder of Decap CMS's built files in its npm package. */
export function decapDist(): string {
  const require = createRequire(path.join(process.cwd(), 'package.json'));
  return path.dirname(require.resolve('decap-cms/dist/decap-cms.js'));
}

/** The files the browser loads: the bundle, the parts it loads on demand, and its licence notice. */
export function decapFiles(): string[] {
  return readdirSync(decapDist())
    .filter((f) => /^(?:\d+\.)?decap-cms\.js$|^decap-cms\.js\.LICENSE\.txt$|\.wasm$/.test(f))
    .sort();
}
