/** The CSS rules of issue 20: layer order stated once, colours only from the tokens file. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const src = path.join(root, 'src');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)],
  );
}

/** Every stylesheet in src: .css files whole, and each <style> block of an .astro file. */
const sheets = filesUnder(src).flatMap((file) => {
  const rel = path.relative(root, file).split(path.sep).join('/');
  const text = readFileSync(file, 'utf8');
  if (file.endsWith('.css')) return [{ file: rel, css: text }];
  if (file.endsWith('.astro'))
    return [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => ({ file: rel, css: m[1]! }));
  return [];
});
const withoutComments = (css: string) => css.replaceAll(/\/\*[\s\S]*?\*\//g, '');

describe('styles', () => {
  test('finds the stylesheets (global, layers, tokens and component styles)', () => {
    const files = new Set(sheets.map((s) => s.file));
    for (const f of [
      'src/styles/global.css',
      'src/styles/layers.css',
      'src/styles/tokens.css',
      'src/components/TrackerTable.astro',
    ])
      expect(files).toContain(f);
  });

  test('the layer order is stated once, in src/styles/layers.css', () => {
    const statements = sheets.flatMap((s) =>
      [...withoutComments(s.css).matchAll(/@layer\s+([^{;]+);/g)].map((m) => `${s.file}: ${m[1]!.trim()}`),
    );
    expect(statements).toEqual(['src/styles/layers.css: tokens, base, layout, components, utilities, print']);
  });

  test('Base.astro imports layers.css before any other stylesheet', () => {
    const imports = [
      ...readFileSync(path.join(src, 'layouts/Base.astro'), 'utf8').matchAll(/^import '([^']+\.css)';$/gm),
    ].map((m) => m[1]);
    expect(imports).toEqual(['../styles/layers.css', '../styles/tokens.css', '../styles/global.css']);
  });

  test('every <style> block imports layers.css before anything else', () => {
    const styles = sheets.filter((s) => s.file.endsWith('.astro'));
    const first = (css: string) => withoutComments(css).trim().split('\n')[0]!.trim();
    const wrong = styles
      .filter((s) => !/^@import '(\.\.\/)+styles\/layers\.css';$/.test(first(s.css)))
      .map((s) => `${s.file}: ${first(s.css)}`);
    expect(styles.length).toBeGreaterThan(20);
    expect(wrong).toEqual([]);
  });

  test('every layer block names one of the six layers', () => {
    const names = sheets.flatMap((s) =>
      [...withoutComments(s.css).matchAll(/@layer\s+([^{;,]+)\{/g)].map((m) => m[1]!.trim()),
    );
    const unknown = names.filter((n) => !['tokens', 'base', 'layout', 'components', 'utilities', 'print'].includes(n));
    expect(names.length).toBeGreaterThan(20);
    expect(unknown).toEqual([]);
  });

  test('global.css opens each layer once', () => {
    const css = withoutComments(readFileSync(path.join(src, 'styles/global.css'), 'utf8'));
    expect([...css.matchAll(/@layer\s+(\w+)\s*\{/g)].map((m) => m[1])).toEqual([
      'base',
      'layout',
      'components',
      'utilities',
      'print',
    ]);
  });

  test('colours are written only in src/styles/tokens.css; everything else uses its custom properties', () => {
    const colour = /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(/gi;
    // A named colour in a declaration's value (class names such as .rag--red are selectors, not values).
    const named = /:[^;{}]*?\b(white|black|red|green|blue|yellow|orange|grey|gray|navy|silver)\b[^;{}]*;/gi;
    const found = sheets
      .filter((s) => s.file !== 'src/styles/tokens.css')
      .flatMap((s) =>
        [...withoutComments(s.css).matchAll(colour), ...withoutComments(s.css).matchAll(named)].map(
          (m) => `${s.file}: ${m[1] ?? m[0]}`,
        ),
      );
    expect(found).toEqual([]);
  });

  test('tokens.css holds only custom properties in the tokens layer', () => {
    const css = withoutComments(readFileSync(path.join(src, 'styles/tokens.css'), 'utf8'));
    const declarations = [...css.matchAll(/([\w-]+)\s*:\s*[^;]+;/g)].map((m) => m[1]!);
    expect(declarations.filter((d) => !d.startsWith('--cst-'))).toEqual([]);
    expect(css.trim().startsWith('@layer tokens {')).toBe(true);
  });
});
