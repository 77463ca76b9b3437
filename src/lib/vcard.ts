/**
 * vCard 3.0 (RFC 2426) for contacts, the version phone address books import most reliably.
 * Content lines end in CRLF and fold at 75 octets (content-lines.ts); text values are escaped (escape.ts).
 */
import type { Contact } from '../schemas/contact.ts';
import { contentLines } from './content-lines.ts';
import { escapeVcardComponent, escapeVcardText } from './escape.ts';
import { markdownToText } from './markdown-text.ts';
import { checkUkPhone } from './phone.ts';

export interface VCardInput {
  /** Address of the contact's page on this site: its stable identifier. */
  pageUrl: string;
  contact: Contact;
  /** The body's "when to call" advice as plain text, for the note. */
  note?: string;
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
    `FN:${escapeVcardText(contact.title)}`,
    'N:;;;;',
    `ORG:${[contact.organisation, contact.team]
      .filter(Boolean)
      .map((p) => escapeVcardComponent(p!))
      .join(';')}`,
    ...(contact.phone ? [`TEL;TYPE=WORK,VOICE:${dial(contact.phone)}`] : []),
    ...(contact.textphone ? [`TEL;TYPE=WORK,TEXTPHONE:${dial(contact.textphone)}`] : []),
    ...(contact.email ? [`EMAIL;TYPE=INTERNET,WORK:${contact.email}`] : []),
    ...(contact.web ? [`URL:${contact.web}`] : []),
    `NOTE:${escapeVcardText([contact.person ? `Ask for ${contact.person}.` : '', contact.summary, note ? markdownToText(note) : '', contact.hours ? `Hours: ${contact.hours}` : '', contact.phoneNote ?? ''].filter(Boolean).join('\n'))}`,
    `SOURCE:${pageUrl}`,
    `UID:${pageUrl}`,
    `REV:${contact.reviewed.replaceAll('-', '')}T000000Z`,
    'END:VCARD',
  ];
  return contentLines(lines);
}
