/** Quality gates on the built example site: valid HTML, sitemap, links marked, weight, CSP, reproducibility. */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { HtmlValidate } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { astroBuild } from '../helpers/astro-build.ts';
import { filesUnder, htmlPages } from '../helpers/dist.ts';
import { exampleDist, outputRoot, projectRoot } from '../helpers/paths.ts';

const pages = htmlPages(exampleDist);
const rel = (file: string) => path.relative(exampleDist, file).split(path.sep).join('/');
const read = (file: string) => readFileSync(file, 'utf8');
const siteUrl = 'https://community-safety.example.org/';

describe('HTML validity (html-validate, standard and a11y rules)', () => {
  const validator = new HtmlValidate(JSON.parse(read(path.join(projectRoot, '.htmlvalidate.json'))));
  test.each(pages.map(rel))('%s', async (page) => {
    const report = await validator.validateString(read(path.join(exampleDist, page)), page);
    const messages = report.results.flatMap((r) =>
      r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
    );
    expect(messages).toEqual([]);
  });
});

describe('sitemap', () => {
  const sitemap = read(path.join(exampleDist, 'sitemap.xml'));
  const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);

  test('lists every page except the not-found page, and nothing else', () => {
    const expected = pages
      .map(rel)
      .filter((p) => p !== '404.html')
      .map((p) => new URL(p.replace(/index\.html$/, ''), siteUrl).href)
      .sort();
    expect(urls).toEqual(expected);
  });

  test('robots.txt points at it', () => {
    expect(read(path.join(exampleDist, 'robots.txt'))).toContain(`Sitemap: ${siteUrl}sitemap.xml`);
  });
});

test('every link to another website is marked as external, for readers and screen readers', () => {
  const unmarked: string[] = [];
  for (const page of pages) {
    for (const match of read(page).matchAll(/<a\b([^>]*)>(.*?)<\/a>/gs)) {
      const attrs = match[1]!;
      const href = /\shref="(https?:\/\/[^"]+)"/.exec(attrs)?.[1];
      if (!href || href.startsWith(siteUrl)) continue;
      const relAttr = /\srel="([^"]*)"/.exec(attrs)?.[1] ?? '';
      if (!relAttr.split(/\s+/).includes('external') || !match[2]!.includes('visually-hidden'))
        unmarked.push(`${rel(page)}: ${href}`);
    }
  }
  expect(unmarked).toEqual([]);
});

test('links written in an entry body are marked too, by the Markdown processor plugin', () => {
  // The example's CPN body links to the Home Office guidance: without the plugin this link would
  // be a bare <a>, and the test above would pass only because no other body links out.
  const html = read(path.join(exampleDist, 'powers/community-protection-notice/index.html'));
  const body = html.slice(html.indexOf('id="how-it-works"'));
  expect(body).toMatch(
    /<a href="https:\/\/www\.gov\.uk\/[^"]+" rel="external">statutory guidance for frontline professionals<span class="visually-hidden"> \(on another website\)<\/span><\/a>/,
  );
});

describe('weight', () => {
  const cssFiles = filesUnder(path.join(exampleDist, '_astro')).filter((f) => f.endsWith('.css'));
  const linkedCss = (html: string) =>
    [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => read(path.join(exampleDist, m[1]!)));

  const powerPages = pages
    .map(rel)
    .filter((p) => /^powers\/[a-z0-9-]+\/index\.html$/.test(p) && p !== 'powers/compare/index.html');
  test.each(powerPages)('power page %s, HTML and CSS together, is under 14 KB compressed', (page) => {
    const html = read(path.join(exampleDist, page));
    const size = gzipSync(html).length + linkedCss(html).reduce((n, css) => n + gzipSync(css).length, 0);
    expect(size).toBeLessThan(14 * 1024);
  });

  test('on every page the cascade layers come in the site order, whatever stylesheet loads first', () => {
    // Layer order is set by first appearance; a component's "@layer components" seen first would
    // rank below "base" and let base link colours override the header's (a real bug we had).
    const order = ['tokens', 'base', 'layout', 'components', 'utilities', 'print'];
    const wrong: string[] = [];
    for (const page of pages) {
      const seen: string[] = [];
      for (const match of linkedCss(read(page))
        .join('\n')
        .matchAll(/@layer\s*([^{;]*)[{;]/g))
        for (const name of match[1]!
          .split(',')
          .map((n) => n.trim())
          .filter(Boolean))
          if (!seen.includes(name)) seen.push(name);
      if (seen.join() !== order.filter((n) => seen.includes(n)).join() || seen[0] !== 'tokens')
        wrong.push(`${rel(page)}: ${seen.join(', ')}`);
    }
    expect(wrong).toEqual([]);
  });

  test('no web fonts are shipped', () => {
    expect(filesUnder(exampleDist).filter((f) => /\.(woff2?|ttf|otf|eot)$/i.test(f))).toEqual([]);
    for (const css of cssFiles) expect(read(css)).not.toContain('@font-face');
  });
});

describe('security', () => {
  test('every page carries a Content-Security-Policy that allows no inline script, inline style or other origin', () => {
    for (const page of pages) {
      const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(read(page))?.[1];
      expect(csp, rel(page)).toBeDefined();
      expect(csp).toContain("default-src 'self'");
      expect(csp).toMatch(/script-src 'self'( 'wasm-unsafe-eval')?;/);
      expect(csp).toContain("style-src 'self';");
      expect(csp).not.toMatch(/unsafe-inline|https?:/);
    }
  });

  test('static hosts that read _headers get the same policy, frame-ancestors and HSTS too', () => {
    const headers = read(path.join(exampleDist, '_headers'));
    expect(headers).toContain("frame-ancestors 'none'");
    expect(headers).toContain('X-Content-Type-Options: nosniff');
    expect(headers).toMatch(/^  Strict-Transport-Security: max-age=31536000$/m);
  });
});

test('two builds of the same content give identical output', async () => {
  const second = path.join(outputRoot, 'example-again');
  const result = await astroBuild(path.join(projectRoot, 'content'), second);
  expect(result.code, result.output).toBe(0);
  const hashes = (root: string) =>
    new Map(
      filesUnder(root).map((f) => [path.relative(root, f), createHash('sha256').update(readFileSync(f)).digest('hex')]),
    );
  const [a, b] = [hashes(exampleDist), hashes(second)];
  expect([...b.keys()]).toEqual([...a.keys()]);
  const differ = [...a].filter(([file, hash]) => b.get(file) !== hash).map(([file]) => file);
  expect(differ).toEqual([]);
  expect(existsSync(path.join(second, 'pagefind/pagefind.js'))).toBe(true);
});
