/**
 * Citations on the built power pages: every key fact of a statutory power in force or not yet in
 * force shows where it comes from, and every "Law" link goes to one section or schedule on
 * legislation.gov.uk. The address patterns are written out here, not taken from src/lib.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { exampleDist, nationalDir } from '../helpers/paths.ts';

const page = (id: string) => readFileSync(path.join(exampleDist, 'powers', id, 'index.html'), 'utf8');
const powers = readdirSync(path.join(nationalDir, 'powers')).map((file) => {
  const text = readFileSync(path.join(nationalDir, 'powers', file), 'utf8');
  return {
    id: file.replace(/\.mdx$/, ''),
    data: yaml.load(/^---\n([\s\S]*?)\n---/.exec(text)![1]!, { schema: yaml.CORE_SCHEMA }) as Record<string, unknown>,
  };
});
const cited = powers.filter((p) => p.data.statutory !== false && p.data.status !== 'repealed');
const labels = {
  usedBy: 'Who can use it',
  legalTest: 'Legal test',
  minimumAge: 'Minimum age',
  duration: 'How long it lasts',
  breach: 'If it is breached',
  fixedPenalty: 'Fixed penalty',
  appeal: 'Appeal',
  consultation: 'Duty to consult',
};
// A fact that differs between England and Wales is labelled with its nation: "Fixed penalty in England".
const fact = (html: string, label: string) =>
  new RegExp(`<dt>${label}(?: in (?:England|Wales))?</dt><dd>([\\s\\S]*?)</dd>`).exec(html)?.[1] ?? '';
const section =
  /^https:\/\/www\.legislation\.gov\.uk\/[a-z]+\/(\d{4}|[A-Z][A-Za-z]*\d?\/[\d-]+)\/\d+\/(section|schedule|regulation|article)\/[0-9A-Z]+(\/paragraph\/[0-9A-Z]+)?(\/\d{4}-\d{2}-\d{2})?$/;

describe('citations beside the key facts', () => {
  test('there are statutory powers in force or not yet in force to check', () => {
    expect(cited.length).toBeGreaterThan(35);
  });

  test.each(cited.map((p) => [p.id, p] as const))('%s cites every key fact that is not "none"', (id, power) => {
    const html = page(id);
    for (const [field, label] of Object.entries(labels)) {
      if (power.data[field] === null) continue;
      expect(fact(html, label), `${id}: ${field}`).toMatch(
        /<span class="fact-sources"[^>]*>(Law|Case law|Court rules|Guidance|Not confirmed)/,
      );
    }
  });

  test.each(cited.map((p) => p.id))('%s: every "Law" link is one section or schedule on legislation.gov.uk', (id) => {
    const groups = [...page(id).matchAll(/<span class="fact-sources"[^>]*>([\s\S]*?)<\/span><\/dd>/g)].map(
      // Any run of whitespace reads as one space, as a browser shows it.
      (m) => m[1]!.replaceAll(/\s+/g, ' '),
    );
    for (const group of groups) {
      const law = group
        .split(/; (?=(?:Law|Case law|Court rules|Guidance|Not confirmed): )/)
        .filter((part) => part.startsWith('Law: '));
      for (const part of law)
        for (const [, href] of part.matchAll(/href="([^"]+)"/g)) expect(href, id).toMatch(section);
    }
  });

  test('the CPN breach links the 2014 Act section and LASPO 2012 section 85', () => {
    const breach = fact(page('community-protection-notice'), 'If it is breached');
    const hidden = '<span class="visually-hidden"> (on legislation.gov.uk)</span>';
    expect(breach).toContain(
      `<a href="https://www.legislation.gov.uk/ukpga/2014/12/section/48" rel="external">s48(1)${hidden}</a>`,
    );
    expect(breach).toContain(
      `<a href="https://www.legislation.gov.uk/ukpga/2012/10/section/85" rel="external">LASPO 2012 s85(1)${hidden}</a>`,
    );
  });

  test('a schedule paragraph links to that paragraph', () => {
    expect(fact(page('asb-case-review'), 'Appeal')).toContain(
      '<a href="https://www.legislation.gov.uk/ukpga/2014/12/schedule/4/paragraph/3" rel="external">Sch 4 para 3<span class="visually-hidden"> (on legislation.gov.uk)</span></a>',
    );
  });

  test('a source that is not legislation says what it is', () => {
    // Any run of whitespace reads as one space, as a browser shows it.
    expect(fact(page('closure-order'), 'Appeal').replaceAll(/\s+/g, ' ')).toContain(
      '; Case law: <a href="https://caselaw.nationalarchives.gov.uk/ewhc/admin/2020/2838" rel="external">Crocker v Chief Constable of Devon and Cornwall [2020] EWHC 2838 (Admin)<span class="visually-hidden"> (on another website)</span></a>',
    );
    expect(fact(page('respect-order'), 'If it is breached')).toMatch(
      /Not confirmed:\s+Maximum reported at Lords Report stage/,
    );
  });

  test('repealed powers and voluntary tools need no citations', () => {
    expect(powers.filter((p) => p.data.status === 'repealed' || p.data.statutory === false).length).toBeGreaterThan(10);
  });
});
