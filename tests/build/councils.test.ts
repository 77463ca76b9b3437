/**
 * Every bundled council builds its own site from the shared national content: Wiltshire (the
 * example), Plymouth and Medway, each built once by the global setup. Each site is whole and
 * valid, names no other council, indexes only itself for search, and shows the national pages
 * exactly as the others do apart from the council's name, its local notes and its contacts.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { brokenLinks, filesUnder, htmlPages, readAsText } from '../helpers/dist.ts';
import { nationalPart, type CouncilWords } from '../helpers/national-pages.ts';
import { councilDist, exampleContent, exampleCouncil, otherCouncils, projectRoot } from '../helpers/paths.ts';

const councils = [exampleCouncil, ...otherCouncils];
const read = (file: string) => readFileSync(file, 'utf8');
const wordsOf = (council: string): CouncilWords => {
  const site = yaml.load(read(path.join(exampleContent, 'councils', council, 'site.yaml'))) as {
    council: string;
    place: string;
    name: string;
  };
  return { council: site.council, place: site.place, siteName: site.name };
};

test('the bundled councils are the three the tests build', () => {
  expect(councils).toEqual(['wiltshire', 'plymouth', 'medway']);
});

describe.each(otherCouncils)("%s's own site", (council) => {
  const dist = councilDist(council);
  const pages = htmlPages(dist);
  const rel = (file: string) => path.relative(dist, file).split(path.sep).join('/');
  const words = wordsOf(council);

  test('it built, under its own name', () => {
    expect(pages.length).toBeGreaterThan(150);
    const home = read(path.join(dist, 'index.html'));
    expect(home).toContain(`<span class="site-header__council">${words.council}</span>`);
    expect(home).toMatch(new RegExp(`<h1(?: data-astro-cid-\\w+)?>${words.siteName}</h1>`));
  });

  test('every page has lang, a title, one main and one h1', () => {
    const bad = pages.filter((p) => {
      const html = read(p);
      return (
        !/<html lang="en-GB"/.test(html) ||
        !/<title>[^<]+<\/title>/.test(html) ||
        html.match(/<main\b/g)?.length !== 1 ||
        html.match(/<h1\b/g)?.length !== 1
      );
    });
    expect(bad.map(rel)).toEqual([]);
  });

  test('every internal link and anchor resolves', () => {
    expect(brokenLinks(dist, pages, 'http://site.test')).toEqual([]);
  });

  // The example's every page is validated elsewhere; here, every page of the council's own
  // content and one page of each national kind (the rest differ from the example's only in the
  // parts these share, as the national pages test below shows).
  test('its own pages and a page of each national kind are valid HTML (html-validate, standard and a11y rules)', async () => {
    const validator = new HtmlValidate(JSON.parse(read(path.join(projectRoot, '.htmlvalidate.json'))));
    const messages: string[] = [];
    const national = /^(powers|problems|legislation)\/[^/]+\/index\.html$/;
    const sample = [
      'powers/public-spaces-protection-order/index.html',
      'problems/street-drinking/index.html',
      'legislation/crime-and-disorder-act-1998/index.html',
    ];
    const chosen = pages.filter((p) => !national.test(rel(p)) || sample.includes(rel(p)));
    expect(chosen.length).toBeGreaterThan(60);
    for (const page of chosen) {
      const report = await validator.validateString(read(page), rel(page));
      messages.push(
        ...report.results.flatMap((r) =>
          r.messages.map((m) => `${rel(page)} ${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
        ),
      );
    }
    expect(messages).toEqual([]);
  });

  test('its local notes show under its own place name', () => {
    const page = read(path.join(dist, 'powers/public-spaces-protection-order/index.html'));
    expect(page).toMatch(new RegExp(`<h2 id="local-note-heading"[^>]*>In ${words.place}</h2>`));
  });

  test('its areas are its wards, checked against the ONS lookup, with police figures', () => {
    const areas = read(path.join(dist, 'areas/index.html'));
    expect(areas).toContain('<h1>Wards</h1>');
    expect(areas).not.toMatch(/area board/i);
    const figures = read(path.join(dist, 'figures/index.html'));
    expect(figures).toMatch(/data\.police\.uk/);
  });
});

test("Plymouth's partnership shows the eleven priorities of its plan with no lead named", () => {
  const page = read(path.join(councilDist('plymouth'), 'partnership/index.html'));
  const body = /<caption>Priorities and their leads<\/caption>[\s\S]*?<tbody>([\s\S]*?)<\/tbody>/.exec(page)![1]!;
  expect(body.match(/<tr>/g)).toHaveLength(11);
  expect(body.match(/<td>Not named in the plan<\/td>/g)).toHaveLength(11);
  expect(page).toMatch(/covering\s*<time datetime="2014">2014<\/time> to\s+<time datetime="2017">2017<\/time>/);
});

test("Medway's partnership shows each priority's lead as its plan names it", () => {
  const page = read(path.join(councilDist('medway'), 'partnership/index.html'));
  expect(page).toMatch(
    /<td>Strengthening communities<\/td>\s*<td><a href="\/contacts\/medway-council\/">Medway Council<\/a><\/td>/,
  );
  expect(page).toMatch(
    /<td>Reducing re-offending<\/td>\s*<td>Kent, Surrey and Sussex Community Rehabilitation Company \(KSS CRC\), now <a href="\/contacts\/probation-service\/">The Probation Service<\/a><\/td>/,
  );
  expect(page).not.toContain('Not named in the plan');
});

/**
 * The content manager's files: /admin/ and the scripts its page loads. Its hints and checks quote
 * the schemas' examples ("such as "Wiltshire Council""), which are the toolkit's, not a council's.
 */
function adminFiles(dist: string): Set<string> {
  const found = new Set<string>();
  const page = path.join(dist, 'admin/index.html');
  if (!existsSync(page)) return found;
  const queue = [...readFileSync(page, 'utf8').matchAll(/src="\/(_astro\/[^"]+\.js)"/g)].map((m) =>
    path.join(dist, m[1]!),
  );
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (found.has(file) || !existsSync(file)) continue;
    found.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(/["'`]\.\/([\w.-]+\.js)["'`]/g))
      queue.push(path.join(path.dirname(file), m[1]!));
  }
  return found;
}

describe('no council is named on another council’s site', () => {
  // Every file of the site, Pagefind's compressed index included; the content manager's files aside.
  const mentions = (council: string, names: readonly string[]) => {
    const admin = adminFiles(councilDist(council));
    const adminDir = path.join(councilDist(council), 'admin') + path.sep;
    return filesUnder(councilDist(council))
      .filter((file) => !file.startsWith(adminDir) && !admin.has(file))
      .flatMap((file) => {
        const text = readAsText(file);
        return names
          .filter((name) => new RegExp(`\\b${name}\\b`, 'i').test(text))
          .map((name) => `${path.relative(councilDist(council), file)}: ${name}`);
      });
  };

  test('the content manager is set aside by its own files only', () => {
    const admin = [...adminFiles(councilDist('plymouth'))].map((f) => path.relative(councilDist('plymouth'), f));
    expect(admin.length).toBeGreaterThan(0);
    expect(admin.every((f) => f.startsWith('_astro/') && f.endsWith('.js'))).toBe(true);
  });

  test.each(otherCouncils)("%s's site never mentions Wiltshire", (council) => {
    expect(mentions(council, ['Wiltshire'])).toEqual([]);
  });

  test("Wiltshire's site never mentions Plymouth or Medway", () => {
    expect(mentions(exampleCouncil, ['Plymouth', 'Medway'])).toEqual([]);
  });

  test('the search would find a name if it were there', () => {
    expect(mentions('plymouth', ['Plymouth Community Homes']).length).toBeGreaterThan(0);
  });
});

describe('national pages are the same on every council’s site', () => {
  const nationalPages = (council: string) =>
    htmlPages(councilDist(council))
      .map((file) => path.relative(councilDist(council), file).split(path.sep).join('/'))
      .filter(
        (page) =>
          /^(powers|problems|legislation)\/[^/]+\/index\.html$/.test(page) && page !== 'powers/compare/index.html',
      );

  test('each site has the same national pages', () => {
    const wiltshire = nationalPages(exampleCouncil);
    expect(wiltshire.length).toBeGreaterThan(100);
    for (const council of otherCouncils) expect(nationalPages(council)).toEqual(wiltshire);
  });

  test('each national page is byte for byte the same apart from the council’s name, local note and contacts', () => {
    const differ: string[] = [];
    for (const page of nationalPages(exampleCouncil)) {
      const [first, ...rest] = councils.map((council) =>
        nationalPart(read(path.join(councilDist(council), page)), wordsOf(council)),
      );
      rest.forEach((part, i) => {
        if (part !== first) differ.push(`${page}: ${councils[i + 1]} differs from ${exampleCouncil}`);
      });
    }
    expect(differ).toEqual([]);
  });

  test('what the comparison leaves is the page itself, and it does see a difference', () => {
    const page = 'powers/public-spaces-protection-order/index.html';
    const wiltshire = read(path.join(councilDist(exampleCouncil), page));
    const part = nationalPart(wiltshire, wordsOf(exampleCouncil));
    expect(part).toContain('<h1');
    expect(part).toContain('id="key-facts-heading"');
    expect(part).not.toContain('local-note-heading');
    expect(part).not.toContain('Wiltshire');
    expect(nationalPart(wiltshire.replace('Key facts', 'Key fact'), wordsOf(exampleCouncil))).not.toBe(part);
  });
});

describe('what changed in the law', () => {
  // The oracle: the changelog as written, newest first, same-day changes in file order.
  const changelog = (
    yaml.load(read(path.join(exampleContent, 'national/changelog.yaml')), { schema: yaml.CORE_SCHEMA }) as {
      date: string;
      summary: string;
      entries: string[];
    }[]
  )
    .map((c, i) => ({ ...c, i }))
    .sort((a, b) => (a.date === b.date ? a.i - b.i : a.date < b.date ? 1 : -1));
  const text = (html: string) =>
    html
      .replace(/<[^>]+>/g, '')
      .replace(/&#39;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&')
      .replace(/\s+/g, ' ')
      .trim();

  test.each(councils)(
    "%s's site lists every national change, newest first, linking each page it touched",
    (council) => {
      const page = read(path.join(councilDist(council), 'changes/law/index.html'));
      const main = /<main\b[\s\S]*<\/main>/.exec(page)![0];
      const headings = [...main.matchAll(/<h2 id="change-[^"]+"[^>]*>([\s\S]*?)<\/h2>/g)].map((m) => text(m[1]!));
      expect(headings).toEqual(changelog.map((c) => c.summary.trim()));
      for (const change of changelog) for (const entry of change.entries) expect(main).toContain(`href="/${entry}/"`);
    },
  );

  test('the page is the same on every site apart from the council’s name', () => {
    const parts = councils.map((council) =>
      nationalPart(read(path.join(councilDist(council), 'changes/law/index.html')), wordsOf(council)),
    );
    expect(new Set(parts).size).toBe(1);
  });

  test('the changes page and the footer of every page point to it', () => {
    const changes = read(path.join(councilDist('medway'), 'changes/index.html'));
    expect(changes).toContain('<a href="/changes/law/">Every change to the shared pages</a>');
    expect(changes).toMatch(/<a href="\/changes\/law\/#change-\d{4}-\d{2}-\d{2}-\d+"/);
    expect(read(path.join(councilDist('plymouth'), 'powers/closure-order/index.html'))).toContain(
      '<a href="/changes/law/">What changed in the law</a>',
    );
  });
});

describe('Pagefind indexes each council’s site alone', () => {
  test.each(councils)('%s: the index holds exactly its own searchable pages', (council) => {
    const dist = councilDist(council);
    const entry = JSON.parse(read(path.join(dist, 'pagefind/pagefind-entry.json'))) as {
      languages: Record<string, { page_count: number }>;
    };
    const count = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
    const searchable = htmlPages(dist).filter((p) => /data-pagefind-body/.test(read(p)));
    expect(count).toBe(searchable.length);
    // A fragment is a short signature, then the page's record as JSON.
    const urls = filesUnder(path.join(dist, 'pagefind/fragment')).map((f) => {
      const text = readAsText(f);
      return (JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url;
    });
    expect(urls).toHaveLength(count);
    const missing = urls.filter(
      (url) => !existsSync(path.join(dist, decodeURIComponent(url), url.endsWith('/') ? 'index.html' : '')),
    );
    expect(missing).toEqual([]);
  });

  test("each index finds its own council's contacts and not another's", () => {
    const fragments = (council: string) =>
      filesUnder(path.join(councilDist(council), 'pagefind/fragment'))
        .map(readAsText)
        .join('\n');
    expect(fragments('plymouth')).toContain('Plymouth Community Homes');
    expect(fragments('medway')).toContain('Medway Council Housing Services');
    expect(fragments('medway')).not.toContain('Plymouth Community Homes');
    expect(fragments('plymouth')).not.toContain('Medway Council Housing Services');
  });
});
