/**
 * The layers of src/ and who may import whom, read from the import statements themselves (like
 * Starlight's import tests): src/lib is pure (no Node, no Astro, no reading content), src/schemas
 * stands alone, only src/data reads Astro's collections, and no module imports itself in a circle.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const src = path.join(root, 'src');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    if (d.isDirectory()) return filesUnder(full);
    return /\.(ts|astro)$/.test(d.name) && !d.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** The code of a module: a .astro file's front matter and scripts count as code. */
function codeOf(file: string): string {
  return readFileSync(file, 'utf8');
}

/** Every module specifier a file imports or re-exports, with whether the import is of types only. */
function importsOf(file: string): { specifier: string; typeOnly: boolean }[] {
  const code = codeOf(file);
  const found: { specifier: string; typeOnly: boolean }[] = [];
  const statement = /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[^'"`;]*?\sfrom\s+)?['"]([^'"]+)['"]/g;
  for (const m of code.matchAll(statement)) found.push({ specifier: m[3]!, typeOnly: Boolean(m[2]) });
  for (const m of code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g))
    found.push({ specifier: m[1]!, typeOnly: false });
  return found;
}

const layerOf = (file: string) => path.relative(src, file).split(path.sep)[0]!;
const shown = (file: string) => path.relative(root, file).split(path.sep).join('/');

function resolveLocal(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  return path.resolve(path.dirname(from), specifier);
}

const files = filesUnder(src);

describe('who may import whom', () => {
  test('src/lib imports no node: module, no astro: module, nothing from src/node and nothing from src/data', () => {
    const breaches = files
      .filter((f) => layerOf(f) === 'lib')
      .flatMap((f) =>
        importsOf(f)
          .filter(({ specifier }) => {
            const target = resolveLocal(f, specifier);
            return (
              specifier.startsWith('node:') ||
              specifier.startsWith('astro:') ||
              (target !== undefined && ['node', 'data'].includes(layerOf(target)))
            );
          })
          .map(({ specifier }) => `${shown(f)} imports ${specifier}`),
      );
    expect(breaches).toEqual([]);
  });

  test('src/schemas imports nothing from src/lib, src/node or src/data', () => {
    const breaches = files
      .filter((f) => layerOf(f) === 'schemas')
      .flatMap((f) =>
        importsOf(f)
          .filter(({ specifier }) => {
            const target = resolveLocal(f, specifier);
            return target !== undefined && ['lib', 'node', 'data'].includes(layerOf(target));
          })
          .map(({ specifier }) => `${shown(f)} imports ${specifier}`),
      );
    expect(breaches).toEqual([]);
  });

  test('only src/data reads Astro content collections', () => {
    const readers = files
      .filter((f) => layerOf(f) !== 'data' && /\bgetCollection\s*\(|\bgetEntry\s*\(/.test(codeOf(f)))
      .map(shown);
    expect(readers).toEqual([]);
  });
});

describe('one home per concern', () => {
  test('only src/node/police-file.ts reads and validates the police figures file', () => {
    const readers = files
      .filter(
        (f) =>
          /\bpoliceDataSchema\b/.test(codeOf(f)) &&
          !['schemas/police-data.ts', 'node/police-file.ts'].includes(path.relative(src, f).split(path.sep).join('/')),
      )
      .map(shown);
    expect(readers).toEqual([]);
  });

  test('only src/node/clock.ts reads the clock, and src/data/build-date.ts does not depend on the check runner', () => {
    const clockReaders = files
      .filter((f) => /\bnew Date\(\s*\)|\bDate\.now\(/.test(codeOf(f)) && !f.endsWith(path.join('node', 'clock.ts')))
      .map(shown);
    expect(clockReaders).toEqual([]);
    expect(importsOf(path.join(src, 'data/build-date.ts')).map((i) => i.specifier)).toEqual(['../node/clock.ts']);
  });

  test('one content-folder setting and one loader of site.yaml', () => {
    const inSrc = (f: string) => path.relative(src, f).split(path.sep).join('/');
    const contentDirReaders = files.filter((f) => /\benv\.CST_CONTENT_DIR\b/.test(codeOf(f))).map(inSrc);
    expect(contentDirReaders).toEqual(['node/build-settings.ts']);
    // A loader names the file and reads files; the CMS's list of collections only names it.
    const siteLoaders = files
      .filter((f) => /\bcouncilFiles\.site\b/.test(codeOf(f)) && /from 'node:fs'/.test(codeOf(f)))
      .map(inSrc)
      .sort();
    expect(siteLoaders).toEqual(['node/read-content.ts', 'node/site-settings.ts']);
  });

  test('the police figures modules live in src/lib/police, not flat in src/lib', () => {
    const flat = files
      .filter((f) => path.dirname(f) === path.join(src, 'lib') && path.basename(f).startsWith('police-'))
      .map(shown);
    expect(flat).toEqual([]);
  });
});

/** Every cycle in a graph of module -> imported modules, each written "a -> b -> a". */
function findCycles(edges: ReadonlyMap<string, readonly string[]>): string[] {
  const cycles: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of edges.get(node) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next].join(' -> '));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of [...edges.keys()].sort()) if (!state.has(node)) visit(node);
  return cycles;
}

describe('no import cycles', () => {
  test('the cycle finder finds a cycle, and reads real imports', () => {
    expect(
      findCycles(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', ['a']],
          ['d', ['a']],
        ]),
      ),
    ).toEqual(['a -> b -> c -> a']);
    expect(
      findCycles(
        new Map([
          ['a', ['b']],
          ['b', []],
        ]),
      ),
    ).toEqual([]);
    expect(importsOf(path.join(src, 'lib/police/dataset.ts')).map((i) => i.specifier)).toContain(
      '../../schemas/police-data.ts',
    );
  });

  test('no module reaches itself through its imports, types included', () => {
    const strip = (f: string) => shown(f).replace(/\.(ts|astro)$/, '');
    const known = new Set(files.map(strip));
    const edges = new Map(
      files.map((f) => [
        strip(f),
        importsOf(f)
          .map(({ specifier }) => resolveLocal(f, specifier))
          .filter((t): t is string => t !== undefined)
          .map(strip)
          .filter((t) => known.has(t)),
      ]),
    );
    expect(findCycles(edges)).toEqual([]);
  });
});
