/**
 * A national page with its council's parts taken out, so the same page from two councils' sites
 * can be compared byte for byte. What is taken out is what a council may change on a national
 * page: its name (and its place and site name), its local note (overlay), and its contacts (who
 * leads, and the chooser of its areas). Everything else must be identical.
 */

/** The council's own words on its pages. */
export interface CouncilWords {
  council: string;
  place: string;
  siteName: string;
}

/** Removes every element that starts with `opening` (a tag and its attributes, such as `<section class="local-note"`), with what it contains. */
export function withoutElements(html: string, opening: string): string {
  const tag = /^<([a-z0-9]+)/.exec(opening)?.[1];
  if (!tag) throw new Error(`withoutElements: expected an opening tag, found ${opening}`);
  let out = html;
  for (let start = out.indexOf(opening); start !== -1; start = out.indexOf(opening)) {
    const tags = new RegExp(`<${tag}\\b|</${tag}>`, 'g');
    tags.lastIndex = start;
    let depth = 0;
    let end = -1;
    for (let m = tags.exec(out); m; m = tags.exec(out)) {
      depth += m[0].startsWith('</') ? -1 : 1;
      if (depth === 0) {
        end = m.index + m[0].length;
        break;
      }
    }
    if (end === -1) throw new Error(`withoutElements: ${opening} is never closed`);
    out = out.slice(0, start) + out.slice(end);
  }
  return out;
}

/** The page's <main> without the council's parts, with its words replaced by placeholders. */
export function nationalPart(html: string, words: CouncilWords): string {
  const main = /<main\b[\s\S]*<\/main>/.exec(html)?.[0];
  if (!main) throw new Error('nationalPart: the page has no <main>');
  let text = main;
  for (const opening of [
    '<section class="local-note"',
    // The answer first names the council's contacts; its national facts are said again below it.
    '<section class="answer"',
    '<section aria-labelledby="contacts-heading"',
    '<section aria-labelledby="lead-heading"',
    '<nav class="area-chooser',
  ])
    text = withoutElements(text, opening);
  // Longest first, so "Plymouth City Council" is replaced before "Plymouth".
  const names = [
    [words.siteName, '{site}'],
    [words.council, '{council}'],
    [words.place, '{place}'],
  ].sort((a, b) => b[0]!.length - a[0]!.length);
  for (const [name, placeholder] of names) text = text.replaceAll(name!, placeholder!);
  return text;
}
