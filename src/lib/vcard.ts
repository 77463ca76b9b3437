/**
 * vCard 3.0 (RFC 2426) for contacts, the version phone address books import most reliably.
 * Lines end in CRLF and are folded at 75 octets; text values are escaped.
 */
import type { Contact } from '../schemas/contact.ts';
import { checkUkPhone } from './phone.ts';

export interface VCardInput {
  /** Address of the contact's page on this site: its stable identifier. */
  pageUrl: string;
  contact: Contact;
  /** The body's "when to call" advice as plain text, for the note. */
  note?: string;
}

/** Escapes a text value: backslash, comma and newline. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/,/g, '\\,');
}

/** Escapes one component of a structured value (N, ORG), where ";" separates components. */
export function escapeComponent(value: string): string {
  return escapeText(value).replace(/;/g, '\\;');
}

/** Folds a content line to at most 75 octets per physical line, never splitting a UTF-8 character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let limit = 75;
  for (const char of line) {
    if (encoder.encode(current + char).length > limit) {
      parts.push(current);
      current = '';
      limit = 74; // continuation lines start with a space
    }
    current += char;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** Markdown as plain text for a note: headings, emphasis and link syntax removed. */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1 ($2)')
    .replace(/(\*\*|__|\*|_)(\S(?:.*?\S)?)\1/g, '$2')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function dial(written: string): string {
  const result = checkUkPhone(written);
  if (!result.ok) throw new Error(`vCard: ${result.message}`);
  return result.dial;
}

export function contactToVCard({ pageUrl, contact, note }: VCardInput): string {
  const lines = [
    'BEGIN:VCARD',
    'VERSION:3.0',
    `FN:${escapeText(contact.title)}`,
    'N:;;;;',
    `ORG:${[contact.organisation, contact.team].filter(Boolean).map((p) => escapeComponent(p!)).join(';')}`,
    ...(contact.phone ? [`TEL;TYPE=WORK,VOICE:${dial(contact.phone)}`] : []),
    ...(contact.textphone ? [`TEL;TYPE=WORK,TEXTPHONE:${dial(contact.textphone)}`] : []),
    ...(contact.email ? [`EMAIL;TYPE=INTERNET,WORK:${contact.email}`] : []),
    ...(contact.web ? [`URL:${contact.web}`] : []),
    `NOTE:${escapeText([contact.person ? `Ask for ${contact.person}.` : '', contact.summary, note ? markdownToText(note) : '', contact.hours ? `Hours: ${contact.hours}` : '', contact.phoneNote ?? ''].filter(Boolean).join('\n'))}`,
    `SOURCE:${pageUrl}`,
    `UID:${pageUrl}`,
    `REV:${contact.reviewed.replaceAll('-', '')}T000000Z`,
    'END:VCARD',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
