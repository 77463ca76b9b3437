/**
 * England and Wales. A fixture council in Wales (tests/fixtures/wales, built with the real national
 * content) sees Welsh law first: Welsh fixed penalties, the Renting Homes (Wales) Act route, and the
 * English possession grounds only with a "not used in Wales" note. The English example sees the
 * opposite.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { astroBuild } from '../helpers/astro-build.ts';
import { htmlPages } from '../helpers/dist.ts';
import { exampleDist, outputRoot } from '../helpers/paths.ts';
import { makeWelshTree } from '../helpers/trees.ts';

const walesDist = path.join(outputRoot, 'wales-dist');

beforeAll(async () => {
  const result = await astroBuild(makeWelshTree('wales'), walesDist, undefined, 'cwm-fixture');
  if (result.code !== 0) throw new Error(`The Welsh fixture council did not build:\n${result.output}`);
}, 600_000);

const page = (dist: string, p: string) => readFileSync(path.join(dist, p, 'index.html'), 'utf8');
const mainOf = (html: string) => /<main\b[\s\S]*<\/main>/.exec(html)![0];
const text = (html: string) =>
  html
    .replace(/<\/?(?:a|time|span|strong)\b[^>]*>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
/** The text of the key fact with this label (the dd after the dt). */
const fact = (html: string, label: string) => {
  const match = new RegExp(`<dt[^>]*>${label}</dt>\\s*<dd[^>]*>([\\s\\S]*?)</dd>`).exec(html);
  return match ? text(match[1]!) : undefined;
};
/** The "other nation" blocks, one click away: summary and contents. */
const otherNation = (html: string) =>
  [...html.matchAll(/<details class="other-nation"[^>]*>\s*<summary>([\s\S]*?)<\/summary>([\s\S]*?)<\/details>/g)].map(
    (m) => ({ summary: text(m[1]!), body: m[2]! }),
  );
const banner = (html: string) => /<div class="banner banner--elsewhere"[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1];

const absolute = 'href="/powers/absolute-ground-for-possession/"';
const discretionary = 'href="/powers/discretionary-ground-for-possession/"';
const welshRoute = 'href="/powers/possession-for-anti-social-behaviour-wales/"';

/** The ten problems that rank an English possession ground. */
const possessionProblems = [
  'barking-dog',
  'cannabis-smell',
  'communal-areas-of-flats',
  'cuckooing',
  'drug-dealing-from-a-house',
  'harassment',
  'hate-incidents',
  'noisy-neighbours',
  'nuisance-tenants',
  'untidy-garden',
];

describe('a council in Wales', () => {
  test('the fly-tipping fixed penalty shows the Welsh amounts first, England one click away', () => {
    const html = page(walesDist, 'powers/fly-tipping-fixed-penalty');
    expect(fact(html, 'Fixed penalty in Wales')).toBe(
      'Set by the council between £150 and £400; £200 if it sets none; councils can offer a discount for early payment. Householders who hand waste to an unlicensed carrier: £300, or £150 if paid early (since 21 February 2019; councils and Natural Resources Wales can give it).',
    );
    expect(fact(html, 'Status in Wales')).toBe('In force since 25 October 2017');
    expect(fact(html, 'The law in Wales')).toContain('s33ZB');
    const england = otherNation(html);
    expect(england.map((d) => d.summary)).toEqual(['What is different in England']);
    expect(fact(england[0]!.body, 'Fixed penalty in England')).toContain('up to £1,000 since 31 July 2023');
  });

  test('the graffiti and litter fixed penalties show the Welsh £75 to £150', () => {
    for (const p of ['powers/graffiti-fixed-penalty', 'powers/litter-fixed-penalty'])
      expect(fact(page(walesDist, p), 'Fixed penalty in Wales'), p).toMatch(
        /^£75 unless the council sets its own amount between £75 and £150\./,
      );
  });

  test('the high hedge page shows the Welsh fee cap and appeal to Planning and Environment Decisions Wales', () => {
    const html = page(walesDist, 'powers/high-hedge-remedial-notice');
    expect(fact(html, 'Fee in Wales')).toBe('The council can charge the person complaining a fee of up to £320.');
    expect(fact(html, 'Appeal in Wales')).toContain('Planning and Environment Decisions Wales');
    expect(fact(html, 'Status in Wales')).toBe('In force since 31 December 2004');
  });

  test('the gating order gives its Welsh start date first', () => {
    const html = page(walesDist, 'powers/gating-order');
    expect(fact(html, 'Status in Wales')).toBe('Repealed; in force from 19 February 2007');
    expect(fact(otherNation(html)[0]!.body, 'Came into force in England')).toBe('1 April 2006');
  });

  test('the absolute ground says it is not used in Wales and links the Welsh routes', () => {
    const html = mainOf(page(walesDist, 'powers/absolute-ground-for-possession'));
    const note = banner(html);
    expect(text(note ?? '')).toMatch(
      /^Not used in Wales since 1 December 2022\. This page describes the law in England\./,
    );
    expect(note).toContain(welshRoute);
    expect(note).toContain('href="/powers/prohibited-conduct-standard-contract/"');
  });

  test('the Renting Homes (Wales) Act route is a power in force, with England one click away', () => {
    const html = mainOf(page(walesDist, 'powers/possession-for-anti-social-behaviour-wales'));
    expect(banner(html)).toBeUndefined();
    expect(fact(html, 'Legal test')).toContain('section 55');
    expect(fact(html, 'The law')).toContain('Renting Homes (Wales) Act 2016');
    expect(otherNation(html).map((d) => d.summary)).toEqual(['Not used in England']);
  });

  test.each(possessionProblems)(
    '%s ranks the Welsh route and offers the English grounds only as "not used in Wales"',
    (id) => {
      const html = mainOf(page(walesDist, `problems/${id}`));
      const ranked = /<ol class="entry-list">([\s\S]*?)<\/ol>/.exec(html)![1]!;
      expect(ranked).toContain(welshRoute);
      expect(ranked).not.toContain(absolute);
      expect(ranked).not.toContain(discretionary);
      const elsewhere = otherNation(html);
      expect(elsewhere).toHaveLength(1);
      expect(elsewhere[0]!.summary).toMatch(/^Not used in Wales: \d more powers? for England$/);
      expect(elsewhere[0]!.body).toMatch(new RegExp(`(${absolute}|${discretionary})[^]*?Not used in Wales`));
    },
  );

  test('no page links to an English possession ground without saying it is not used in Wales', () => {
    let links = 0;
    const unexplained = htmlPages(walesDist).flatMap((file) => {
      const html = readFileSync(file, 'utf8');
      const where = path.relative(walesDist, file);
      // The grounds' own pages carry the banner; the changes log records what changed, not what to use.
      if (/^powers\/(absolute|discretionary)-ground-for-possession\//.test(where) || where.startsWith('changes/'))
        return [];
      const contexts = [absolute, discretionary].flatMap((href) => linkContexts(html, href));
      links += contexts.length;
      return contexts
        .filter((c) => !/not used in wales|not used in england|in england, use instead/i.test(c))
        .map((c) => `${where}: ${c}`);
    });
    expect(unexplained).toEqual([]);
    // Problem pages, the A to Z, legislation and contact pages all link to them: the check saw them.
    expect(links).toBeGreaterThan(20);
  });

  test('the comparison table and area lists leave out powers not used in Wales', () => {
    const compare = page(walesDist, 'powers/compare');
    expect(compare).toContain(welshRoute);
    expect(compare).not.toContain(absolute);
    expect(text(compare)).toContain('Every power in force in Wales today');
  });

  test('the powers A to Z lists powers not used in Wales last, under their own heading', () => {
    const html = mainOf(page(walesDist, 'powers'));
    const last = html.slice(html.indexOf('id="group-elsewhere"'));
    expect(text(/<h2[^>]*id="group-elsewhere"[^>]*>([\s\S]*?)<\/h2>/.exec(html)![1]!)).toBe('Not used in Wales (2)');
    expect(last).toContain(absolute);
    expect(last).toContain(discretionary);
    expect(html.indexOf(welshRoute)).toBeLessThan(html.indexOf('id="group-elsewhere"'));
  });

  test('power pages tell search where the power applies', () => {
    expect(page(walesDist, 'powers/absolute-ground-for-possession')).toContain(
      'data-pagefind-meta="applies_in:England"',
    );
    expect(page(walesDist, 'powers/absolute-ground-for-possession')).toContain(
      'data-pagefind-meta="nation_note:Not used in Wales"',
    );
    expect(page(walesDist, 'powers/fly-tipping-fixed-penalty')).toContain(
      'data-pagefind-meta="applies_in:England and Wales"',
    );
    expect(page(walesDist, 'powers/fly-tipping-fixed-penalty')).not.toContain('nation_note:');
  });

  /** Guidance text (the page body) that names an English rule or body, with the Welsh sentence beside it. */
  test.each([
    [
      'powers/waste-removal-notice',
      'often with the Environment Agency (in Wales, Natural Resources Wales) for larger sites.',
    ],
    [
      'powers/domestic-violence-protection-notice',
      'In Wales, the Live Fear Free helpline is free and open 24 hours: 0808 80 10 800.',
    ],
    ['powers/street-litter-control-notice', 'In Wales the same fixed penalty started on 15 March 2007.'],
    ['powers/night-time-noise-warning-notice', 'since 2006 in England and since 2007 in Wales.'],
    [
      'powers/dog-control-order',
      'Parish and town councils in England, and community councils in Wales, could make orders too.',
    ],
    [
      'powers/closure-notice',
      'in Wales housing associations are registered social landlords, and we have not confirmed whether the change covers them.',
    ],
    ['powers/litter-fixed-penalty', 'Those regulations cover England only, and we found no Welsh equivalent.'],
    [
      'problems/asb-reported-again-nothing-happens',
      'the local NHS body (the integrated care board in England, the local health board in Wales)',
    ],
    ['problems/fly-tipping', 'may involve the Environment Agency in England, or Natural Resources Wales in Wales.'],
    [
      'problems/nuisance-tenants',
      'In England, the absolute ground makes it faster where a court has already found serious behaviour; Wales has no such ground (see below).',
    ],
  ])('%s says what applies in Wales in its guidance text', (p, sentence) => {
    expect(text(mainOf(page(walesDist, p)))).toContain(sentence);
  });

  test('the dog control order says who could make one in Wales', () => {
    const html = mainOf(page(walesDist, 'powers/dog-control-order'));
    expect(fact(html, 'Legal test in Wales')).toMatch(
      /^A county or county borough council \(a .primary authority.\) or a community council \(a .secondary authority.\)/,
    );
    expect(fact(otherNation(html)[0]!.body, 'Legal test in England')).toMatch(
      /^A district or unitary council \(a .primary authority.\) or a parish or town council/,
    );
  });

  test('the section 59 notice gives the Welsh legal test first, England one click away', () => {
    const html = mainOf(page(walesDist, 'powers/waste-removal-notice'));
    expect(fact(html, 'Legal test in Wales')).toContain(
      'or Natural Resources Wales, as waste regulation authority, may serve',
    );
    const england = otherNation(html);
    expect(england.map((d) => d.summary)).toEqual(['What is different in England']);
    expect(fact(england[0]!.body, 'Legal test in England')).toContain('or the Environment Agency may serve');
  });
});

describe('the English example shows the opposite', () => {
  test('the fly-tipping fixed penalty shows England first, Wales one click away', () => {
    const html = page(exampleDist, 'powers/fly-tipping-fixed-penalty');
    expect(fact(html, 'Fixed penalty in England')).toContain('up to £1,000 since 31 July 2023');
    const wales = otherNation(html);
    expect(wales.map((d) => d.summary)).toEqual(['What is different in Wales']);
    expect(fact(wales[0]!.body, 'Fixed penalty in Wales')).toContain('between £150 and £400; £200 if it sets none');
    expect(fact(wales[0]!.body, 'Came into force in Wales')).toBe('25 October 2017');
  });

  test("the absolute ground is offered, with Wales's route one click away", () => {
    const html = mainOf(page(exampleDist, 'powers/absolute-ground-for-possession'));
    expect(banner(html)).toBeUndefined();
    expect(fact(html, 'Legal test')).toContain('committed in or near the home');
    const wales = otherNation(html);
    expect(wales.map((d) => d.summary)).toEqual(['Not used in Wales since 1 December 2022']);
    expect(wales[0]!.body).toContain(welshRoute);
  });

  test('the Welsh route says it is not used in England', () => {
    const html = mainOf(page(exampleDist, 'powers/possession-for-anti-social-behaviour-wales'));
    expect(text(banner(html) ?? '')).toMatch(/^Not used in England\. This page describes the law in Wales\./);
    expect(banner(html)).toContain(absolute);
  });

  test.each(possessionProblems)(
    '%s ranks the English grounds and offers the Welsh route only as "not used in England"',
    (id) => {
      const html = mainOf(page(exampleDist, `problems/${id}`));
      const ranked = /<ol class="entry-list">([\s\S]*?)<\/ol>/.exec(html)![1]!;
      expect(ranked).toMatch(new RegExp(`${absolute}|${discretionary}`));
      expect(ranked).not.toContain(welshRoute);
      const elsewhere = otherNation(html);
      expect(elsewhere[0]!.summary).toMatch(/^Not used in England: \d more powers? for Wales$/);
      expect(elsewhere[0]!.body).toContain(welshRoute);
    },
  );

  test('the section 59 notice gives the English legal test, Wales one click away', () => {
    const html = mainOf(page(exampleDist, 'powers/waste-removal-notice'));
    expect(fact(html, 'Legal test in England')).toContain('or the Environment Agency may serve');
    expect(fact(html, 'Legal test in England')).not.toContain('Natural Resources Wales');
    expect(fact(otherNation(html)[0]!.body, 'Legal test in Wales')).toContain('or Natural Resources Wales');
  });

  test('the comparison table offers the English grounds, not the Welsh route', () => {
    const compare = page(exampleDist, 'powers/compare');
    expect(compare).toContain(absolute);
    expect(compare).not.toContain(welshRoute);
  });
});

/**
 * The text around each link to `href`: its list item, table row or paragraph, and the summary of any
 * details element it sits in. Enough to see whether the page says why it is there.
 */
function linkContexts(html: string, href: string): string[] {
  const contexts: string[] = [];
  for (let at = html.indexOf(href); at !== -1; at = html.indexOf(href, at + 1)) {
    const start = Math.max(
      html.lastIndexOf('<li', at),
      html.lastIndexOf('<tr', at),
      html.lastIndexOf('<p>', at),
      html.lastIndexOf('<p ', at),
    );
    const ends = ['</li>', '</tr>', '</p>'].map((tag) => html.indexOf(tag, at)).filter((i) => i !== -1);
    const end = ends.length > 0 ? Math.min(...ends) : at + 200;
    const details = html.lastIndexOf('<details', at);
    const inDetails = details !== -1 && html.lastIndexOf('</details>', at) < details;
    const summary = inDetails ? (/<summary>([\s\S]*?)<\/summary>/.exec(html.slice(details))?.[1] ?? '') : '';
    contexts.push(text(`${summary} ${html.slice(start, end)}`));
  }
  return contexts;
}
