/**
 * Reads the content folder from disk into raw entries for the integrity check. Parses YAML with
 * js-yaml, the same parser Astro uses, but without its date conversion, so a date is checked as
 * written.
 * Files that cannot belong to any collection are reported, never silently skipped.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { collections, collectionNames, singletonFiles, type CollectionName } from '../schemas/collections.ts';
import type { ContentSnapshot, RawEntry, RawSingleton } from '../lib/integrity.ts';
import type { ContentProblem } from '../lib/problems.ts';

/** File extensions each kind of collection accepts. */
const acceptedExtensions = { '.mdx': ['.mdx', '.md'], '.yaml': ['.yaml', '.yml'] } as const;
/** Folders under content/ that are not collections and hold generated or other files. */
const otherFolders = new Set(['data']);

export interface ReadResult {
  snapshot: ContentSnapshot;
  /** Problems found while reading: unparseable YAML, stray files, bad file names. */
  problems: ContentProblem[];
}

/**
 * @param contentDir absolute path of the content folder
 * @param displayRoot the folder paths in messages are relative to (the project root)
 */
export function readContent(contentDir: string, displayRoot: string): ReadResult {
  const show = (p: string) => path.relative(displayRoot, p).split(path.sep).join('/');
  const problems: ContentProblem[] = [];
  const entries: RawEntry[] = [];

  for (const collection of collectionNames) entries.push(...readCollection(contentDir, collection, show, problems));
  problems.push(...strayTopLevel(contentDir, show));

  const singleton = (name: string): RawSingleton => {
    const file = path.join(contentDir, name);
    return { file: show(file), data: existsSync(file) ? parseYamlFile(file, show, problems) : undefined };
  };
  return {
    snapshot: {
      entries,
      site: singleton(singletonFiles.site),
      partnership: singleton(singletonFiles.partnership),
      contentDir: show(contentDir),
    },
    problems,
  };
}

function readCollection(contentDir: string, collection: CollectionName, show: (p: string) => string, problems: ContentProblem[]): RawEntry[] {
  const { folder, extension } = collections[collection];
  const dir = path.join(contentDir, folder);
  if (!existsSync(dir)) return [];
  const accepted: readonly string[] = acceptedExtensions[extension];
  const entries: RawEntry[] = [];
  for (const name of readdirSync(dir).sort()) {
    const file = path.join(dir, name);
    if (name.startsWith('.')) continue;
    const ext = path.extname(name).toLowerCase();
    if (statSync(file).isDirectory() || !accepted.includes(ext)) {
      problems.push({
        file: show(file),
        field: '',
        message: `found a file this collection cannot read; expected ${accepted.join(' or ')} files directly in ${show(dir)}/`,
      });
      continue;
    }
    const id = path.basename(name, path.extname(name));
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
      problems.push({ file: show(file), field: 'file name', message: `found "${id}", expected lower-case words joined by hyphens, such as "noisy-neighbours"` });
      continue;
    }
    const data = extension === '.mdx' ? parseFrontMatter(file, show, problems) : parseYamlFile(file, show, problems);
    if (data !== undefined) entries.push({ collection, id, file: show(file), data });
  }
  return entries;
}

function strayTopLevel(contentDir: string, show: (p: string) => string): ContentProblem[] {
  if (!existsSync(contentDir)) return [{ file: show(contentDir), field: '', message: 'missing: the content folder does not exist' }];
  const known = new Set<string>([...collectionNames.map((c) => collections[c].folder), ...Object.values(singletonFiles), ...otherFolders]);
  return readdirSync(contentDir)
    .filter((name) => !name.startsWith('.') && !known.has(name) && name.toLowerCase() !== 'readme.md')
    .map((name) => ({
      file: show(path.join(contentDir, name)),
      field: '',
      message: `found something the site does not use; expected only ${[...known].sort().join(', ')}`,
    }));
}

const frontMatterPattern = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

function parseFrontMatter(file: string, show: (p: string) => string, problems: ContentProblem[]): unknown {
  const text = readFileSync(file, 'utf8');
  const match = frontMatterPattern.exec(text);
  if (!match) {
    problems.push({ file: show(file), field: '', message: 'found no front matter; expected the file to start with fields between two "---" lines' });
    return undefined;
  }
  return parseYaml(match[1]!, file, show, problems, 1);
}

function parseYamlFile(file: string, show: (p: string) => string, problems: ContentProblem[]): unknown {
  return parseYaml(readFileSync(file, 'utf8'), file, show, problems, 0);
}

function parseYaml(text: string, file: string, show: (p: string) => string, problems: ContentProblem[], lineOffset: number): unknown {
  try {
    // CORE_SCHEMA keeps dates as the text written: js-yaml's default would turn "2026-02-30"
    // into a Date that rolls over to 2 March, and the mistake would pass unseen.
    const data = yaml.load(text, { schema: yaml.CORE_SCHEMA });
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      problems.push({ file: show(file), field: '', message: 'found no fields; expected "name: value" lines' });
      return undefined;
    }
    return data;
  } catch (error) {
    const mark = (error as { mark?: { line: number } }).mark;
    const line = mark ? ` at line ${mark.line + 1 + lineOffset}` : '';
    const reason = (error as { reason?: string }).reason ?? String(error);
    problems.push({ file: show(file), field: '', message: `found YAML that cannot be read${line}: ${reason}` });
    return undefined;
  }
}
