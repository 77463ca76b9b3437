/** Wiring only: one glob loader per content folder of the two layers, schemas from src/schemas. */
import path from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collections as registry, overlays, type CollectionName } from './schemas/collections.ts';
import { areaSchema } from './schemas/area.ts';
import { briefingSchema } from './schemas/briefing.ts';
import { contactSchema } from './schemas/contact.ts';
import { legislationSchema } from './schemas/legislation.ts';
import { meetingSchema } from './schemas/meeting.ts';
import { overlaySchema } from './schemas/overlay.ts';
import { powerSchema } from './schemas/power.ts';
import { problemSchema } from './schemas/problem.ts';
import { reportSchema } from './schemas/report.ts';
import { layoutFromEnv } from './node/build-settings.ts';
import { hiddenReportFiles } from './node/hidden-reports.ts';

const layout = layoutFromEnv(process.cwd());
const patternFor = (extension: '.mdx' | '.yaml') => (extension === '.mdx' ? '*.{md,mdx}' : '*.{yaml,yml}');
/** An entry's id is its file name without the extension, whichever layer it comes from. */
const fileNameId = ({ entry }: { entry: string }) => path.basename(entry, path.extname(entry));

/** The loader for a collection's folder (or folders, for contacts), from the registry the integrity check also reads. */
function loader(name: CollectionName) {
  const { layer, folder, extension } = registry[name];
  if (layer === 'both') {
    const councilFolder = path.relative(layout.root, path.join(layout.councilDir, folder)).split(path.sep).join('/');
    return glob({
      base: layout.root,
      pattern: `{national/${folder},${councilFolder}}/${patternFor(extension)}`,
      generateId: fileNameId,
    });
  }
  const base = path.join(layer === 'national' ? layout.nationalDir : layout.councilDir, folder);
  // Draft and exempt reports never enter the content layer, so nothing of theirs is compiled.
  const hidden = name === 'reports' ? hiddenReportFiles(base).map((file) => `!${file}`) : [];
  return glob({ base, pattern: [patternFor(extension), ...hidden], generateId: fileNameId });
}

// Written out one by one (not generated) so each collection keeps its own schema type.
export const collections = {
  powers: defineCollection({ loader: loader('powers'), schema: powerSchema }),
  legislation: defineCollection({ loader: loader('legislation'), schema: legislationSchema }),
  problems: defineCollection({ loader: loader('problems'), schema: problemSchema }),
  contacts: defineCollection({ loader: loader('contacts'), schema: contactSchema }),
  areas: defineCollection({ loader: loader('areas'), schema: areaSchema }),
  reports: defineCollection({ loader: loader('reports'), schema: reportSchema }),
  briefings: defineCollection({ loader: loader('briefings'), schema: briefingSchema }),
  meetings: defineCollection({ loader: loader('meetings'), schema: meetingSchema }),
  /** Local notes on national entries; the id is "<collection>/<national id>", such as "powers/closure-order". */
  overlays: defineCollection({
    loader: glob({
      base: path.join(layout.councilDir, overlays.folder),
      pattern: `{${overlays.targets.join(',')}}/*.{md,mdx}`,
      generateId: ({ entry }) => `${path.dirname(entry)}/${path.basename(entry, path.extname(entry))}`,
    }),
    schema: overlaySchema,
  }),
};
