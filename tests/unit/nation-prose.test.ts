/**
 * Guidance prose and Wales: a section of a power or problem page that names an England-only rule
 * or body also says what applies in Wales. The lint runs over every national power and problem.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { englandOnlyWithoutWales } from '../../src/lib/nation-prose.ts';

describe('englandOnlyWithoutWales', () => {
  test.each([
    [
      'a section about Wales as well',
      'Council secure tenancies use Ground 2.\nIn Wales they are occupation contracts.',
      [],
    ],
    ['Welsh counts as a word about Wales', 'Ground 7A applies.\nThe Welsh route is different.', []],
    ['no England-only term', 'The council can serve a notice.', []],
    [
      'a tenancy rule with nothing about Wales',
      'Intro.\n\n## When to use it\n\nCouncil secure tenancies use section 84A.',
      [
        { line: 5, section: 'When to use it', term: 'section 84A' },
        { line: 5, section: 'When to use it', term: 'secure tenancy' },
      ],
    ],
    [
      'a body that exists in England only',
      'Officers work with the Environment Agency for larger sites.',
      [{ line: 1, section: '(top)', term: 'Environment Agency' }],
    ],
    [
      'the Wales sentence must be in the same section',
      '## How it works\n\nThe Environment Agency may help.\n\n## Elsewhere\n\nIn Wales, ask Natural Resources Wales.',
      [{ line: 3, section: 'How it works', term: 'Environment Agency' }],
    ],
    [
      'each term once per section, at its first line',
      'The absolute ground.\nThe absolute ground again.\nThe NHS integrated care board.',
      [
        { line: 1, section: '(top)', term: 'absolute ground' },
        { line: 3, section: '(top)', term: 'integrated care board' },
      ],
    ],
    [
      'the Renters’ Rights Act with a curly apostrophe, and registered providers',
      'Under the Renters’ Rights Act 2025, registered providers can act.',
      [
        { line: 1, section: '(top)', term: 'registered provider' },
        { line: 1, section: '(top)', term: "Renters' Rights Act" },
      ],
    ],
    ['section 215 is not section 21', 'A section 215 notice.', []],
  ])('%s', (_name, body, expected) => {
    expect(englandOnlyWithoutWales(body)).toEqual(expected);
  });

  test('the section 59 page as it was before issue 22 is flagged', () => {
    const before = [
      '## How it works',
      '',
      '1. Officers investigate the waste and who is responsible, often with the Environment Agency for',
      '   larger sites.',
    ].join('\n');
    expect(englandOnlyWithoutWales(before)).toEqual([{ line: 3, section: 'How it works', term: 'Environment Agency' }]);
  });
});

describe('national power and problem pages', () => {
  const root = path.join(import.meta.dirname, '../../content/national');
  const bodies = ['powers', 'problems'].flatMap((dir) =>
    readdirSync(path.join(root, dir))
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => {
        const text = readFileSync(path.join(root, dir, f), 'utf8');
        return { file: `${dir}/${f}`, body: text.slice(text.indexOf('\n---\n', 4) + 5) };
      }),
  );

  test('there are pages to check', () => {
    expect(bodies.length).toBeGreaterThan(100);
  });

  test('no section names an England-only rule or body without saying what applies in Wales', () => {
    const found = Object.fromEntries(
      bodies
        .map((b) => ({ file: b.file, findings: englandOnlyWithoutWales(b.body) }))
        .filter((b) => b.findings.length > 0)
        .map((b) => [b.file, b.findings]),
    );
    expect(found).toEqual({});
  });
});
