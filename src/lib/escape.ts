/**
 * Escaping for the text formats the site writes by hand: XML (feeds, sitemap, SVG), HTML (RSS
 * descriptions, the digest e-mail) and the text values of iCalendar and vCard content lines.
 * One home, so a fix reaches every format at once.
 */

/** Characters XML 1.0 cannot carry at all (control characters, lone surrogates, U+FFFE/U+FFFF). */
export const notXmlChar = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * Text safe inside an XML element or a double-quoted attribute (quote every attribute with ").
 * Characters XML cannot carry are dropped: they are never meaningful in a title, summary or address.
 */
export function escapeXml(text: string): string {
  return escapeHtml(text.replace(notXmlChar, ''));
}

/** Plain text as HTML that shows the same text, in an element or a double-quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A vCard 3.0 text value (RFC 2426 5): backslash, comma and line breaks escaped. */
export function escapeVcardText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/,/g, '\\,');
}

/**
 * One component of a structured vCard value (N, ORG), where ";" separates components. In a plain
 * text value a ";" stays as written: vCard readers such as ical.js give "\;" back literally there.
 */
export function escapeVcardComponent(value: string): string {
  return escapeVcardText(value).replace(/;/g, '\\;');
}

/** An iCalendar TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks escaped. */
export function escapeIcalText(value: string): string {
  return escapeVcardComponent(value);
}
