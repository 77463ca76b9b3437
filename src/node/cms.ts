/**
 * The CMS for one council: its Decap configuration, made from the schemas, their doc comments and
 * the council's content (the names of services and contacts to choose from). Used by the admin
 * page's config.yml route and by the tests.
 */
import path from 'node:path';
import yaml from 'js-yaml';
import type { z } from 'zod';
import { editables, type Editable } from '../lib/cms/collections.ts';
import { decapConfig } from '../lib/cms/decap-config.ts';
import { editingOf } from './cms-settings.ts';
import { rootShape, type RootShape } from '../lib/cms/shape.ts';
import * as schemaModules from './cms-schema-modules.ts';
import { SchemaDocs } from './schema-docs.ts';
import type { ContentLayout } from './build-settings.ts';
import { readContent } from './read-content.ts';

/** src/schemas, found from the project's root: inside a build this module runs from a bundle elsewhere. */
const schemasDir = (projectRoot = process.cwd()) => path.join(projectRoot, 'src/schemas');

/** Where a schema is written: its file in src/schemas and the name it is exported as. */
export function schemaSource(schema: z.ZodType): { file: string; exportName: string } {
  for (const [file, module] of Object.entries(schemaModules.byFile)) {
    for (const [exportName, value] of Object.entries(module))
      if (value === schema) return { file: path.join(schemasDir(), file), exportName };
  }
  throw new Error('a schema the CMS edits is not exported from a file listed in src/node/cms-schema-modules.ts');
}

/** The CMS's view of every file it edits, with the doc comments as hints. */
export function cmsShapes(docs = new SchemaDocs()): Map<string, { editable: Editable; shape: RootShape }> {
  const out = new Map<string, { editable: Editable; shape: RootShape }>();
  for (const editable of editables()) {
    const source = schemaSource(editable.schema);
    out.set(editable.name, {
      editable,
      shape: rootShape(editable.schema, docs.treeOf(source.file, source.exportName)),
    });
  }
  return out;
}

export interface CmsOptions {
  /** The repository's root: the CMS's backend sees paths relative to it. */
  repoRoot: string;
  /** The address of `npm run edit`'s local proxy, when editing on this computer. */
  localProxy?: string | undefined;
}

/** The Decap configuration for one council, as an object. */
export function cmsConfig(layout: ContentLayout, options: CmsOptions): Record<string, unknown> {
  const { snapshot } = readContent(layout, options.repoRoot);
  const site = (snapshot.site.data ?? {}) as { council?: string; url?: string; editing?: unknown };
  const titles = (collection: string) =>
    snapshot.entries
      .filter((e) => e.collection === collection)
      .map((e) => ({ id: e.id, title: String((e.data as { title?: unknown }).title ?? e.id) }))
      .sort((a, b) => a.title.localeCompare(b.title));
  const services = Object.entries((snapshot.nationalServices.data ?? {}) as Record<string, { name?: string }>).map(
    ([id, s]) => ({ id, name: s?.name ?? id }),
  );
  const shapes = cmsShapes();
  return decapConfig(
    {
      council: layout.council,
      councilName: site.council ?? layout.council,
      contentPath: path.relative(options.repoRoot, layout.root).split(path.sep).join('/'),
      services,
      choices: { contacts: titles('contacts') },
      literalChoices: { areas: titles('areas') },
      editing: editingOf(site.editing),
      localProxy: options.localProxy,
      siteUrl: site.url ?? '/',
      fieldsOf: (editable) => shapes.get(editable.name)!.shape.fields,
    },
    editables(),
  );
}

/** The configuration as the YAML file the admin page loads. */
export function cmsConfigYaml(layout: ContentLayout, options: CmsOptions): string {
  return `# Made by src/node/cms.ts from the schemas in src/schemas for the council "${layout.council}". Do not edit.\n${yaml.dump(cmsConfig(layout, options), { lineWidth: 120, noRefs: true })}`;
}
