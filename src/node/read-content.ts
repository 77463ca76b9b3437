/**
 * Reads a council's content from disk, both layers, into raw entries for the integrity check.
 * Parses YAML with js-yaml, the same parser Astro uses, but without its date conversion, so a
 * date is checked as written.
 * Files that cannot belong to any collection are reported, never silently skipped.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import {
  collections,
  collectionNames,
  councilDataFolder,
  councilFiles,
  nationalFiles,
  overlays,
  type CollectionName,
} from '../schemas/collections.ts';
import type { ContentSnapshot, RawEntry, RawOverlay, RawSingleton } from '../lib/snapshot.ts';
import type { BodyLink } from '../lib/safe-body.ts';
import { explainYamlError, type ContentProblem } from '../lib/problems.ts';
import { encodingProblem } from '../lib/encoding.ts';
import { checkBody } from '../lib/safe-body.ts';
import type { ContentLayout } from './build-settings.ts';

/** Pictures an MDX entry may show (![what it shows](./picture.png)), kept beside it in its folder. */
const imageExtensions = ['.png', '.jpg', '.jpeg', '.gif', '.webp', '.avif'];

/**
 * File extensions each kind of collection accepts, matched exactly as Astro's glob loader matches
 * them (src/content.config.ts): case matters, so "A.MDX" is not read by the build.
 */
const acceptedExtensions = { '.mdx': ['.mdx', '.md'], '.yaml': ['.yaml', '.yml'] } as const;

export interface ReadResult {
  snapshot: ContentSnapshot;
  /** Problems found while reading: unparseable YAML, stray files, bad file names. */
  problems: ContentProblem[];
}

type Show = (p: string) => string;

/** What reading one council's files needs and collects. */
interface Reader {
  show: Show;
  problems: ContentProblem[];
  /** Entries whose file exists but cannot be read: their ids still count, so other files' references to them are not reported too. */
  unreadable: RawEntry[];
  /** The site's own origin, so images from it are not taken for another website's. */
  siteOrigin: string | undefined;
}

/**
 * @param layout the content root and the council to read
 * @param displayRoot the folder paths in messages are relative to (the project root)
 */
export function readContent(layout: ContentLayout, displayRoot: string): ReadResult {
  const show: Show = (p) => path.relative(displayRoot, p).split(path.sep).join('/');
  const problems: ContentProblem[] = [];
  const entries: RawEntry[] = [];
  const singleton = (dir: string, name: string): RawSingleton => {
    const file = path.join(dir, name);
    if (!existsSync(file)) return { file: show(file), data: undefined };
    const data = parseYamlFile(file, show, problems);
    return { file: show(file), data, ...(data === undefined ? { unreadable: true } : {}) };
  };
  const site = singleton(layout.councilDir, councilFiles.site);
  const reader: Reader = { show, problems, unreadable: [], siteOrigin: originOf(site.data) };

  for (const collection of collectionNames) {
    const { layer, folder } = collections[collection];
    if (layer !== 'council')
      entries.push(...readFolder(path.join(layout.nationalDir, folder), collection, 'national', reader));
    if (layer !== 'national')
      entries.push(...readFolder(path.join(layout.councilDir, folder), collection, 'council', reader));
  }
  const overlayEntries = readOverlays(path.join(layout.councilDir, overlays.folder), reader);
  problems.push(...strayFiles(layout, show));

  return {
    snapshot: {
      entries,
      unreadable: reader.unreadable,
      overlays: overlayEntries,
      site,
      partnership: singleton(layout.councilDir, councilFiles.partnership),
      councilServices: singleton(layout.councilDir, councilFiles.services),
      roles: singleton(layout.councilDir, councilFiles.roles),
      nationalServices: singleton(layout.nationalDir, nationalFiles.services),
      nationalChangelog: singleton(layout.nationalDir, nationalFiles.changelog),
      commonComplaints: singleton(layout.nationalDir, nationalFiles.commonComplaints),
      contentDir: show(layout.root),
      council: layout.council,
    },
    problems,
  };
}

function originOf(site: unknown): string | undefined {
  const url = (site as { url?: unknown } | undefined)?.url;
  try {
    return typeof url === 'string' ? new URL(url).origin : undefined;
  } catch {
    return undefined;
  }
}

/** Every file of one collection's folder in one layer. */
function readFolder(dir: string, collection: CollectionName, layer: RawEntry['layer'], reader: Reader): RawEntry[] {
  const { extension } = collections[collection];
  return entryFiles(dir, extension, reader.show, reader.problems).flatMap(({ file, id }) => {
    const read =
      extension === '.mdx' ? readMdx(file, reader) : { data: parseYamlFile(file, reader.show, reader.problems) };
    const entry: RawEntry = {
      collection,
      layer,
      id,
      file: reader.show(file),
      data: read.data,
      ...(read.links ? { bodyLinks: read.links } : {}),
    };
    if (read.data === undefined) {
      reader.unreadable.push(entry);
      return [];
    }
    return [entry];
  });
}

function readOverlays(dir: string, reader: Reader): RawOverlay[] {
  if (!existsSync(dir)) return [];
  const targets: readonly string[] = overlays.targets;
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.') || (targets.includes(name) && statSync(path.join(dir, name)).isDirectory())) continue;
    reader.problems.push({
      file: reader.show(path.join(dir, name)),
      field: '',
      message: `found something overlays cannot hold; expected only the folders ${targets.join(' and ')}/, with one file per national entry`,
    });
  }
  return overlays.targets.flatMap((target) =>
    entryFiles(path.join(dir, target), overlays.extension, reader.show, reader.problems).flatMap(({ file, id }) => {
      const { data, links } = readMdx(file, reader);
      return data === undefined
        ? []
        : [{ target, id, file: reader.show(file), data, ...(links ? { bodyLinks: links } : {}) }];
    }),
  );
}

/** The entry files directly in a folder, each with its id; anything else is a problem. */
function entryFiles(
  dir: string,
  extension: '.mdx' | '.yaml',
  show: Show,
  problems: ContentProblem[],
): { file: string; id: string }[] {
  if (!existsSync(dir)) return [];
  const accepted: readonly string[] = acceptedExtensions[extension];
  const files: { file: string; id: string }[] = [];
  for (const name of readdirSync(dir).sort()) {
    const file = path.join(dir, name);
    if (name.startsWith('.')) continue;
    const ext = path.extname(name);
    if (extension === '.mdx' && imageExtensions.includes(ext) && statSync(file).isFile()) continue;
    if (statSync(file).isDirectory() || !accepted.includes(ext)) {
      const lower = ext.toLowerCase();
      problems.push({
        file: show(file),
        field: '',
        message:
          accepted.includes(lower) && !statSync(file).isDirectory()
            ? `found the extension "${ext}", which the build does not read; rename the file to ${path.basename(name, ext)}${lower}`
            : `found a file this collection cannot read; expected ${accepted.join(' or ')} files directly in ${show(dir)}/`,
      });
      continue;
    }
    const id = path.basename(name, ext);
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
      problems.push({
        file: show(file),
        field: 'file name',
        message: `found "${id}", expected lower-case words joined by hyphens, such as "noisy-neighbours"`,
      });
      continue;
    }
    files.push({ file, id });
  }
  return files;
}

/** Anything in the content root, the national layer or the council's folder that the site does not use. */
function strayFiles(layout: ContentLayout, show: Show): ContentProblem[] {
  if (!existsSync(layout.root))
    return [{ file: show(layout.root), field: '', message: 'missing: the content folder does not exist' }];
  const folders = (layer: 'national' | 'council') =>
    collectionNames
      .filter((c) => collections[c].layer !== (layer === 'national' ? 'council' : 'national'))
      .map((c) => collections[c].folder);
  const expected: [string, Set<string>][] = [
    [layout.root, new Set(['national', 'councils'])],
    [layout.nationalDir, new Set([...folders('national'), ...Object.values(nationalFiles)])],
    [
      layout.councilDir,
      new Set([...folders('council'), ...Object.values(councilFiles), overlays.folder, councilDataFolder]),
    ],
  ];
  return expected.flatMap(([dir, known]) => {
    if (!existsSync(dir))
      return [{ file: show(dir), field: '', message: `missing: expected the folder ${show(dir)}/` }];
    return readdirSync(dir)
      .filter(
        (name) =>
          !name.startsWith('.') && !known.has(name) && !['readme.md', 'checklist.md'].includes(name.toLowerCase()),
      )
      .map((name) => ({
        file: show(path.join(dir, name)),
        field: '',
        message: `found something the site does not use; expected only ${[...known].sort().join(', ')}`,
      }));
  });
}

const frontMatterPattern = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** A file's text, or undefined (with the problem listed) when it is not UTF-8. */
function readText(file: string, show: Show, problems: ContentProblem[]): string | undefined {
  const bytes = readFileSync(file);
  const bad = encodingProblem(bytes);
  if (bad) {
    problems.push({ file: show(file), field: '', ...bad });
    return undefined;
  }
  return bytes.toString('utf8');
}

/** An MDX or Markdown entry: its front matter, and its body checked as safe (src/lib/safe-body.ts). */
function readMdx(file: string, reader: Reader): { data: unknown; links?: BodyLink[] } {
  const { show, problems } = reader;
  const text = readText(file, show, problems);
  if (text === undefined) return { data: undefined };
  const match = frontMatterPattern.exec(text);
  if (!match) {
    problems.push({
      file: show(file),
      field: '',
      message: 'found no front matter; expected the file to start with fields between two "---" lines',
    });
    return { data: undefined };
  }
  const data = parseYaml(match[1]!, file, show, problems, 1);
  const body = checkBody(text, {
    format: path.extname(file) === '.md' ? 'md' : 'mdx',
    ...(reader.siteOrigin ? { siteOrigin: reader.siteOrigin } : {}),
  });
  problems.push(...body.problems.map((p) => ({ file: show(file), field: '', ...p })));
  for (const image of body.images) {
    const target = path.resolve(path.dirname(file), safeDecode(image.url.split(/[?#]/)[0]!));
    if (!existsSync(target))
      problems.push({
        file: show(file),
        field: '',
        line: image.line,
        column: image.column,
        message: `found the image ${image.url}, but ${show(target)} does not exist; put the picture beside the entry, such as ./${path.basename(target)}`,
      });
    else if (!imageExtensions.includes(path.extname(target)))
      problems.push({
        file: show(file),
        field: '',
        line: image.line,
        column: image.column,
        message: `found the image ${image.url}; expected a picture file (${imageExtensions.join(', ')})`,
      });
  }
  return { data, links: body.links };
}

function safeDecode(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

function parseYamlFile(file: string, show: Show, problems: ContentProblem[]): unknown {
  const text = readText(file, show, problems);
  return text === undefined ? undefined : parseYaml(text, file, show, problems, 0);
}

function parseYaml(text: string, file: string, show: Show, problems: ContentProblem[], lineOffset: number): unknown {
  try {
    // CORE_SCHEMA keeps dates as the text written: js-yaml's default would turn "2026-02-30"
    // into a Date that rolls over to 2 March, and the mistake would pass unseen.
    const data = yaml.load(text, { schema: yaml.CORE_SCHEMA });
    if (data === null || typeof data !== 'object') {
      problems.push({ file: show(file), field: '', message: 'found no fields; expected "name: value" lines' });
      return undefined;
    }
    return data;
  } catch (error) {
    const mark = (error as { mark?: { line: number } }).mark;
    const line = mark ? ` at line ${mark.line + 1 + lineOffset}` : '';
    const reason = (error as { reason?: string }).reason ?? String(error);
    const plain = explainYamlError(reason, mark ? text.split(/\r?\n/)[mark.line] : undefined);
    problems.push({
      file: show(file),
      field: '',
      message: `found YAML that cannot be read${line}: ${plain ?? reason}`,
    });
    return undefined;
  }
}
