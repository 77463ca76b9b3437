/** Markdown as plain text (for a vCard note): headings, emphasis and link syntax removed. */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1 ($2)')
    .replace(/(\*\*|__|\*|_)(\S(?:.*?\S)?)\1/g, '$2')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
