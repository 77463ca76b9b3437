import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { foldLine } from '../../src/lib/content-lines.ts';
import { escapeVcardComponent, escapeVcardText } from '../../src/lib/escape.ts';
import { markdownToText } from '../../src/lib/markdown-text.ts';
import { contactToVCard } from '../../src/lib/vcard.ts';
import type { Contact } from '../../src/schemas/contact.ts';

const contact: Contact = {
  title: 'Council ASB team; nights, weekends',
  aliases: [],
  organisation: 'Example Council',
  team: 'Anti-social behaviour team',
  kind: 'council-team',
  summary: 'Persistent anti-social behaviour that is not an emergency.',
  phone: '0300 456 0100',
  textphone: '18001 101',
  email: 'asb@example.org',
  web: 'https://example.org/asb',
  hours: 'Monday to Friday, 9am to 5pm',
  areas: 'all',
  needs: ['report-asb'],
  powers: [],
  reviewed: '2026-11-23',
  sources: [{ title: 'Council', url: 'https://example.org/asb' }],
};

/** Parses with ical.js, a vCard reader this project did not write. */
function parse(text: string) {
  return new ICAL.Component(ICAL.parse(text) as unknown[]);
}

describe('contactToVCard', () => {
  const text = contactToVCard({
    pageUrl: 'https://toolkit.example.org/contacts/asb/',
    contact,
    note: '## When to call\n\nCall **before** 5pm. See [the form](https://example.org/form).',
  });

  test('parses as a vCard 3.0 with the right name, organisation and numbers', () => {
    const card = parse(text);
    expect(card.getFirstPropertyValue('version')).toBe('3.0');
    expect(card.getFirstPropertyValue('fn')).toBe('Council ASB team; nights, weekends');
    const tels = card.getAllProperties('tel').map((p) => String(p.getFirstValue()));
    expect(tels).toEqual(['+443004560100', '18001101']);
    expect(card.getFirstPropertyValue('email')).toBe('asb@example.org');
    expect(card.getFirstProperty('org')?.getValues()).toEqual([['Example Council', 'Anti-social behaviour team']]);
    expect(card.getFirstPropertyValue('url')).toBe('https://example.org/asb');
    const note = String(card.getFirstPropertyValue('note'));
    expect(note).toContain('Call before 5pm. See the form (https://example.org/form).');
    expect(note).toContain('Hours: Monday to Friday, 9am to 5pm');
  });

  test('uses CRLF line ends and folds long lines at 75 octets', () => {
    expect(text.endsWith('END:VCARD\r\n')).toBe(true);
    expect(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
  });

  test('throws on a number that would not dial', () => {
    expect(() => contactToVCard({ pageUrl: 'https://x/', contact: { ...contact, phone: '0300 456 010' } })).toThrow(
      'expected a valid UK phone number',
    );
  });
});

describe('vCard text helpers', () => {
  test('escapeVcardText', () => expect(escapeVcardText('a,b;c\\d\ne\r\nf')).toBe('a\\,b;c\\\\d\\ne\\nf'));
  test('escapeVcardComponent also escapes semicolons', () => expect(escapeVcardComponent('a;b')).toBe('a\\;b'));
  test('foldLine keeps multi-byte characters whole', () => {
    const folded = foldLine(`NOTE:${'£'.repeat(60)}`);
    expect(folded.split('\r\n ').join('')).toBe(`NOTE:${'£'.repeat(60)}`);
    expect(folded.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
  });
  test('markdownToText', () =>
    expect(markdownToText('## Title\n\n**Bold** and [link](https://a.b)')).toBe(
      'Title\n\nBold and link (https://a.b)',
    ));
});
