import { describe, expect, test } from 'vitest';
import { buildDigest, describePeriod, reviewedSentence, wrapText, type DigestInput } from '../../src/lib/digest.ts';
import { briefingSchema } from '../../src/schemas/briefing.ts';
import { contactSchema } from '../../src/schemas/contact.ts';
import { reportSchema } from '../../src/schemas/report.ts';
import { validContact, validReport } from './factories.ts';

const site = {
  name: 'Community Safety Toolkit',
  council: 'Example Council',
  url: 'https://example.org/community-safety/',
  corrections: { email: 'safety@example.org', team: 'Community safety team' },
};

const briefing = (id: string, fields: Record<string, unknown>) => ({
  id,
  data: briefingSchema.parse({
    title: `Title ${id}`,
    reviewed: '2026-11-23',
    date: '2026-10-01',
    kind: 'general',
    summary: `Summary ${id}.`,
    ...fields,
  }),
});

const briefings = [
  briefing('law-old', { kind: 'legislative-change', date: '2026-08-31', title: 'Before the period' }),
  briefing('law-1', {
    kind: 'legislative-change',
    date: '2026-09-01',
    title: 'Fines rise to £500 & more <soon>',
    summary: 'Councils & police: "new" rules < old ones.',
  }),
  briefing('law-2', { kind: 'legislative-change', date: '2026-11-01', title: 'Second law' }),
  briefing('win', { kind: 'achievement', date: '2026-10-15', title: 'A win' }),
  briefing('later', { kind: 'meeting', date: '2026-12-01', title: 'After the period' }),
];

const input = (overrides: Partial<DigestInput> = {}): DigestInput => ({
  site,
  period: { since: '2026-09-01', until: '2026-11-23' },
  briefings,
  ...overrides,
});

describe('what goes in', () => {
  const digest = buildDigest(input());

  test('only items dated inside the period, both ends included', () => {
    expect(digest.itemCount).toBe(3);
    for (const title of ['Second law', 'A win']) expect(digest.text).toContain(title);
    for (const title of ['Before the period', 'After the period']) {
      expect(digest.text).not.toContain(title);
      expect(digest.html).not.toContain(title);
    }
  });

  test('grouped by kind, changes in the law first, newest first within a kind', () => {
    const order = ['CHANGES IN THE LAW', 'Second law', 'Fines rise', 'ACHIEVEMENTS', 'A win'].map((t) =>
      digest.text.indexOf(t),
    );
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(digest.html.indexOf('>Changes in the law<')).toBeLessThan(digest.html.indexOf('>Achievements<'));
  });

  test('the subject names the period', () => {
    expect(digest.subject).toBe("Members' briefing on community safety: 1 September 2026 to 23 November 2026");
    expect(describePeriod({ since: '2026-09-01', until: '2026-09-01' })).toBe('1 September 2026');
    expect(() => describePeriod({ since: '2026-09-02', until: '2026-09-01' })).toThrow(
      'starts (2026-09-02) after it ends (2026-09-01)',
    );
  });

  test('an empty period says so instead of sending nothing', () => {
    const empty = buildDigest(input({ period: { since: '2027-01-01', until: '2027-01-31' } }));
    expect(empty.itemCount).toBe(0);
    expect(empty.text).toContain('There were no briefing items from 1 January 2027 to 31 January 2027.');
    expect(empty.html).toContain('There were no briefing items');
  });
});

describe('HTML for email', () => {
  const { html } = buildDigest(input());

  test('is a whole document in British English with a title', () => {
    expect(html).toMatch(/^<!doctype html>\n<html lang="en-GB">/);
    expect(html).toContain(
      "<title>Members' briefing on community safety: 1 September 2026 to 23 November 2026</title>",
    );
    expect(html.trim().endsWith('</html>')).toBe(true);
  });

  test('styles are inline only: no style sheet, no class, no script, no external resource', () => {
    expect(html).not.toMatch(/<style|<link|class=|<script|<img|src=/);
    expect(html).toMatch(/<h2 style="[^"]+">Changes in the law<\/h2>/);
    const tags = [...html.matchAll(/<(p|h1|h2|h3|a|ul|li|body|div)\b([^>]*)>/g)];
    expect(tags.length).toBeGreaterThan(10);
    for (const [, tag, attrs] of tags) expect(attrs, tag).toMatch(/style="/);
  });

  test('text is escaped', () => {
    expect(html).toContain('Fines rise to £500 &amp; more &lt;soon&gt;');
    expect(html).toContain('Councils &amp; police: &quot;new&quot; rules &lt; old ones.');
    expect(html).not.toContain('<soon>');
  });

  test('links are absolute, under the site address and its path', () => {
    const hrefs = [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);
    expect(hrefs).toContain('https://example.org/community-safety/briefings/law-1/');
    for (const href of hrefs)
      expect(
        href.startsWith('https://example.org/community-safety/') || href === 'mailto:safety@example.org',
        href,
      ).toBe(true);
  });

  test('days are written out and marked up', () => {
    expect(html).toContain('<time datetime="2026-09-01">1 September 2026</time>');
  });
});

describe('plain text', () => {
  const { text } = buildDigest(input());

  test('no line is longer than 72 characters except a web address on its own', () => {
    for (const line of text.split('\n'))
      if (line.length > 72) expect(line, line).toMatch(/^(Read more: )?https:\/\/\S+$/);
  });

  test('no HTML and no escaping: the text as written', () => {
    expect(text).not.toMatch(/<\/?(p|a|h\d|ul|li|div|time)\b|&amp;|&lt;|&quot;/);
    expect(text).toContain('Fines rise to £500 & more <soon>');
  });

  test('each item ends with its address', () => {
    expect(text).toContain('Read more: https://example.org/community-safety/briefings/law-2/');
  });

  test.each([
    ['short', 72, ['short']],
    ['one two three four', 9, ['one two', 'three', 'four']],
    [
      'see https://example.org/a/very/long/address/that/does/not/fit now',
      20,
      ['see', 'https://example.org/a/very/long/address/that/does/not/fit', 'now'],
    ],
    ['  spaces   collapse  ', 72, ['spaces collapse']],
    ['', 72, []],
  ])('wrapText(%j, %i)', (input, width, lines) => expect(wrapText(input, width)).toEqual(lines));
});

describe('changes in the toolkit', () => {
  const reports = [
    {
      id: 'pub',
      data: reportSchema.parse({
        ...validReport(),
        title: 'Published report',
        recommendations: [
          { id: 'R1', text: 'x', to: 'y', updates: [{ date: '2026-10-01', text: 'Done.', status: 'complete' }] },
        ],
      }),
    },
    {
      id: 'secret',
      data: reportSchema.parse({
        ...validReport(),
        title: 'CANARY draft report',
        status: 'draft',
        recommendations: [
          { id: 'S1', text: 'x', to: 'y', updates: [{ date: '2026-10-01', text: 'Done.', status: 'complete' }] },
        ],
      }),
    },
  ];
  const contacts = [
    { id: 'team', data: contactSchema.parse({ ...validContact(), reviewed: '2026-10-02' }) },
    { id: 'old', data: contactSchema.parse({ ...validContact(), reviewed: '2026-01-01' }) },
  ];
  const digest = buildDigest(input({ changes: { reports, contacts } }));

  test('lists real changes with links, and counts checks instead of listing them', () => {
    expect(digest.text).toContain('ALSO CHANGED IN THE TOOLKIT');
    expect(digest.text).toContain('1 October 2026: Published report: recommendation R1. Progress update:');
    expect(digest.html).toContain('href="https://example.org/community-safety/reports/pub/#recommendation-R1"');
    expect(digest.text.replace(/\s+/g, ' ')).toContain(reviewedSentence(1));
    expect(digest.html).toContain('href="https://example.org/community-safety/changes/"');
  });

  test('never a draft or exempt report', () => {
    expect(digest.text).not.toContain('CANARY');
    expect(digest.html).not.toContain('CANARY');
    expect(digest.html).not.toContain('reports/secret/');
  });

  test('no changes section when nothing changed', () => {
    expect(buildDigest(input()).text).not.toContain('ALSO CHANGED');
  });

  test.each([
    [1, 'One page on powers, legislation or contacts was checked against its sources.'],
    [12, '12 pages on powers, legislation and contacts were checked against their sources.'],
  ])('reviewedSentence(%i)', (n, sentence) => expect(reviewedSentence(n)).toBe(sentence));
});
