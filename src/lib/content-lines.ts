/**
 * Content lines, the line format iCalendar (RFC 5545 3.1) and vCard (RFC 2426 2.6) share: CRLF
 * line ends, each line folded at 75 octets.
 */

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

/** Lines folded and joined with CRLF, ending in CRLF. */
export function contentLines(lines: readonly string[]): string {
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
