/** The CSS rules of issue 20: layer order stated once, colours only from the tokens file. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { colours } from '../../src/styles/tokens.ts';

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

  test('tokens.css and tokens.ts hold the same colours', () => {
    const css = withoutComments(readFileSync(path.join(src, 'styles/tokens.css'), 'utf8'));
    const tokens = Object.fromEntries(
      [...css.matchAll(/--cst-([\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]),
    );
    // The tokens that are not colours, written out, so a colour in another notation cannot hide among them.
    const notColours = ['font', 'space', 'width', 'radius'];
    const cssColours = Object.entries(tokens).filter(([name]) => !notColours.includes(name));
    expect(cssColours.filter(([, value]) => !/^#[0-9a-f]{6}$/.test(value))).toEqual([]);
    const camel = (name: string) => name.replaceAll(/-(\w)/g, (_, c: string) => c.toUpperCase());
    expect(Object.fromEntries(cssColours.map(([name, value]) => [camel(name), value]))).toEqual(colours);
    expect(Object.keys(tokens).filter((n) => notColours.includes(n))).toEqual(notColours);
  });

  test('the palette, written out: the checks above compare the two files, this pins the values', () => {
    expect(colours).toEqual({
      text: '#0b0c0c',
      muted: '#484949',
      bg: '#ffffff',
      panel: '#f3f2f1',
      border: '#b1b4b6',
      link: '#1d4f91',
      linkVisited: '#4c2c92',
      focus: '#ffdd00',
      brand: '#0b0c0c',
      onBrand: '#ffffff',
      ok: '#00703c',
      okHover: '#005a30',
      okShadow: '#002d18',
      warn: '#8a3b00',
      danger: '#b10e1e',
      info: '#1d4f91',
      amber: '#f47738',
      highlight: '#fff7bf',
      chartBlue: '#1d70b8',
      chartGrid: '#6f777b',
    });
  });

  test('no code or markup in src writes a colour: SVG and email colours come from src/styles/tokens.ts', () => {
    const colour = /#[0-9a-f]{3}(?:[0-9a-f]{3})?(?:[0-9a-f]{2})?\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(/gi;
    // A named colour given to an SVG or HTML colour attribute or an inline style.
    const named =
      /\b(?:fill|stroke|color|background(?:-color)?|border(?:-\w+)?)\s*[:=]\s*["'`{]?\s*[^"'`;]*\b(white|black|red|green|blue|yellow|orange|grey|gray|navy|silver)\b/gi;
    const code = filesUnder(src)
      .filter((f) => /\.(ts|tsx|js|mjs|astro|svg|html)$/.test(f))
      .map((file) => path.relative(root, file).split(path.sep).join('/'))
      .filter((file) => file !== 'src/styles/tokens.ts');
    expect(code).toEqual(expect.arrayContaining(['src/lib/digest.ts', 'src/lib/qr-svg.ts', 'src/lib/police/chart.ts']));
    const found = code.flatMap((file) => {
      // <style> blocks are checked above; this looks at everything else.
      const text = readFileSync(path.join(root, file), 'utf8').replaceAll(/<style[^>]*>[\s\S]*?<\/style>/g, '');
      return [...text.matchAll(colour), ...text.matchAll(named)].map((m) => `${file}: ${m[1] ?? m[0]}`);
    });
    expect(found).toEqual([]);
  });

  test('static files in public/ that cannot import the tokens use only the palette: the favicon is brand and focus', () => {
    const svg = readFileSync(path.join(root, 'public/favicon.svg'), 'utf8');
    const used = [...svg.matchAll(/#[0-9a-f]{3,8}\b/gi)].map((m) => m[0].toLowerCase());
    expect(used).toEqual([colours.brand, colours.focus]);
  });
});
