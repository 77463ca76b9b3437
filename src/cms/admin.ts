/**
 * The admin page's own script: loads Decap CMS from this site, gives it the project's file formats
 * (src/lib/cms/entry-format.ts), checks every entry with the project's schemas before it is saved,
 * names new files with the scaffolds' rule, and adds previews in the site's own style.
 */
import { editables } from '../lib/cms/collections.ts';
import { entryFormat } from '../lib/cms/entry-format.ts';
import { rootShape } from '../lib/cms/shape.ts';
import { registerPreviews } from './previews.ts';
import { beforeSave } from './before-save.ts';

interface DecapGlobal {
  registerCustomFormat(name: string, extension: string, format: unknown): void;
  registerEventListener(listener: { name: string; handler: (args: { entry: any }) => unknown }): void;
  registerPreviewTemplate(name: string, component: unknown): void;
  registerPreviewStyle(href: string): void;
  init(options?: { config?: Record<string, unknown> }): void;
}

declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
    CMS?: DecapGlobal;
  }
}

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

async function start(): Promise<void> {
  if (document.body.dataset.editing === 'not-set-up') {
    const main = document.createElement('main');
    main.innerHTML =
      '<h1>Editing in a browser is not set up for this site</h1>' +
      '<p>To edit on your own computer, run <code>npm run edit</code> in the project folder and open the address it prints.</p>' +
      '<p>To edit the published site, name its git host in the council\'s <code>site.yaml</code> (<code>editing:</code>) and publish again. The README\'s section "Editing without git" says how.</p>';
    document.body.append(main);
    return;
  }
  window.CMS_MANUAL_INIT = true;
  await loadScript(new URL('decap-cms.js', document.baseURI).href);
  const cms = window.CMS!;
  const shapes = new Map<string, ReturnType<typeof rootShape>>();
  for (const editable of editables()) {
    const shape = rootShape(editable.schema, {}, { withoutDocs: true });
    shapes.set(editable.name, shape);
    cms.registerCustomFormat(
      editable.name,
      editable.kind === 'folder' ? editable.extension : 'yaml',
      entryFormat(shape, editable.kind === 'folder' ? editable.extension : 'yaml'),
    );
  }
  cms.registerEventListener({ name: 'preSave', handler: ({ entry }) => beforeSave(entry, shapes) });
  registerPreviews(cms);
  cms.init();
}

start().catch((error: unknown) => {
  document.body.textContent = `The content manager could not start: ${error instanceof Error ? error.message : String(error)}`;
});
