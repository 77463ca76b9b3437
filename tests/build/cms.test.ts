/** The content manager in the built example site: served from the site, its own policy, kept out of search. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { filesUnder, htmlPages, readAsText } from '../helpers/dist.ts';
import { exampleDist, projectRoot } from '../helpers/paths.ts';

const read = (file: string) => readFileSync(path.join(exampleDist, file), 'utf8');
const siteCsp =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";
const adminCsp =
  "default-src 'self'; script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self' data:; frame-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'";

describe('the admin page', () => {
  const html = read('admin/index.html');

  test('has its own Content-Security-Policy, and asks search engines to leave it out', () => {
    expect(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1]).toBe(adminCsp);
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
  });

  test('loads only files of this site: its own script, and Decap CMS copied from the npm package', () => {
    const sources = [...html.matchAll(/\s(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) expect(source, source).not.toMatch(/^(https?:)?\/\//);
    const fromNpm = readFileSync(path.join(projectRoot, 'node_modules/decap-cms/dist/decap-cms.js'));
    expect(readFileSync(path.join(exampleDist, 'admin/decap-cms.js')).equals(fromNpm)).toBe(true);
  });

  test('its configuration is made for the example council, editing through npm run edit', () => {
    const config = yaml.load(read('admin/config.yml')) as {
      backend: unknown;
      collections: { name: string; folder?: string }[];
    };
    expect(config.backend).toEqual({ name: 'proxy', proxy_url: 'http://127.0.0.1:8081/api/v1', branch: 'main' });
    expect(config.collections.find((c) => c.name === 'reports')?.folder).toBe('content/councils/wiltshire/reports');
  });
});

describe('everything else keeps the site policy, and the admin page stays out of sight', () => {
  test('every other page keeps its own Content-Security-Policy', () => {
    const pages = htmlPages(exampleDist);
    expect(pages.length).toBeGreaterThan(50);
    for (const page of pages)
      expect(
        /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(readFileSync(page, 'utf8'))?.[1],
        page,
      ).toBe(siteCsp);
  });

  test('_headers: the site policy for every page, the admin policy for /admin/* with the site one dropped', () => {
    const headers = read('_headers');
    expect(headers).toContain(`\n  Content-Security-Policy: ${siteCsp}; frame-ancestors 'none'\n`);
    expect(headers).toContain(
      `/admin/*\n  ! Content-Security-Policy\n  Content-Security-Policy: ${adminCsp}; frame-ancestors 'none'\n`,
    );
    expect(headers).not.toContain('ADMIN_CSP');
  });

  test('not in the sitemap, disallowed in robots.txt, not in the search index', () => {
    expect(read('sitemap.xml')).not.toContain('/admin');
    expect(read('robots.txt')).toContain('Disallow: /admin/\n');
    const fragments = filesUnder(path.join(exampleDist, 'pagefind/fragment')).map(readAsText);
    expect(fragments.length).toBeGreaterThan(50);
    for (const fragment of fragments) expect(fragment).not.toContain('/admin/');
    expect(existsSync(path.join(exampleDist, 'admin/index.html'))).toBe(true);
  });
});

describe("the content manager's code stays on its own page", () => {
  /** Every script a page loads, with the scripts they import, as paths in dist/. */
  function scriptsOf(page: string): string[] {
    const found = new Set<string>();
    const queue = [...readFileSync(page, 'utf8').matchAll(/<script[^>]*\ssrc="\/([^"]+\.js)"/g)].map((m) =>
      path.join(exampleDist, m[1]!),
    );
    while (queue.length > 0) {
      const file = queue.pop()!;
      if (found.has(file) || !existsSync(file)) continue;
      found.add(file);
      for (const m of readFileSync(file, 'utf8').matchAll(/(?:import|from)\s*["']\.\/([\w.-]+\.js)["']/g))
        queue.push(path.join(path.dirname(file), m[1]!));
    }
    return [...found];
  }
  // zod, which checks entries in the CMS, probes for eval with Function(""): the site's own policy
  // refuses eval, so the probe is a policy violation on any page that loads it.
  const evalProbe = /\bFunction\(\s*(?:``|""|'')\s*\)/;

  test('the admin script carries the schemas (the probe is there to find)', () => {
    const admin = scriptsOf(path.join(exampleDist, 'admin/index.html'));
    expect(admin.some((file) => evalProbe.test(readFileSync(file, 'utf8')))).toBe(true);
  });

  test('no other page loads a script with the schemas in it', () => {
    const pages = htmlPages(exampleDist).filter((p) => !p.includes(`${path.sep}admin${path.sep}`));
    const carrying = pages.flatMap((page) =>
      scriptsOf(page)
        .filter((file) => evalProbe.test(readFileSync(file, 'utf8')))
        .map((file) => `${path.relative(exampleDist, page)}: ${path.relative(exampleDist, file)}`),
    );
    expect(pages.some((page) => scriptsOf(page).length > 0)).toBe(true);
    expect(carrying).toEqual([]);
  });
});
