/**
 * The email-ready digest of the members' briefing for a period: an HTML version with inline styles
 * (email programs and bulletin editors drop style sheets) and a plain-text version. Pure: it takes
 * parsed entries and the period, and returns text; `npm run digest` writes the files.
 *
 * Each item is its title, day and summary, linked to its page on the site. The Markdown body is not
 * included: bodies are MDX and may hold components and site-relative links that an email cannot
 * show, a digest should be short enough to read in one go, and the page stays the single place
 * where an item is corrected after the email has gone.
 */
import type { Briefing } from '../schemas/briefing.ts';
import type { Site } from '../schemas/site.ts';
import { colours } from '../styles/tokens.ts';
import { briefingKindHeadings, newestFirst, type BriefingKind } from './briefings.ts';
import { changesIn, inPeriod, type Change, type ChangeSources, type Period } from './changes.ts';
import { escapeHtml } from './escape.ts';
import { formatDate } from './format.ts';
import { absoluteUrl } from './site-url.ts';

export interface DigestInput {
  site: Pick<Site, 'name' | 'council' | 'url' | 'corrections'>;
  /** The days covered, both included. */
  period: Period;
  /** Briefing items (any dates: those outside the period are left out). */
  briefings: readonly { id: string; data: Briefing }[];
  /** Entries whose dated changes in the period are listed after the briefing items. */
  changes?: ChangeSources;
}

export interface Digest {
  subject: string;
  html: string;
  text: string;
  /** How many briefing items it carries. */
  itemCount: number;
}

interface DigestItem {
  title: string;
  date: string;
  summary: string;
  url: string;
}

interface DigestModel {
  subject: string;
  heading: string;
  intro: string;
  sections: { heading: string; items: DigestItem[] }[];
  facts: (Change & { url: string })[];
  reviewedCount: number;
  changesUrl: string;
  siteUrl: string;
}

export function describePeriod(period: Period): string {
  if (period.since > period.until)
    throw new Error(`digest: the period starts (${period.since}) after it ends (${period.until})`);
  return period.since === period.until
    ? formatDate(period.since)
    : `${formatDate(period.since)} to ${formatDate(period.until)}`;
}

function model(input: DigestInput): DigestModel {
  const { site, period } = input;
  const when = describePeriod(period);
  const inside = newestFirst(input.briefings.filter((b) => inPeriod(b.data.date, period)));
  const sections = (Object.keys(briefingKindHeadings) as BriefingKind[])
    .map((kind) => ({
      heading: briefingKindHeadings[kind],
      items: inside
        .filter((b) => b.data.kind === kind)
        .map((b) => ({
          title: b.data.title,
          date: b.data.date,
          summary: b.data.summary.trim(),
          url: absoluteUrl(site.url, `briefings/${b.id}/`),
        })),
    }))
    .filter((s) => s.items.length > 0);
  const changes = input.changes ? changesIn(input.changes, period) : [];
  const count = inside.length;
  return {
    subject: `Members' briefing on community safety: ${when}`,
    heading: `Members' briefing: ${when}`,
    intro:
      count === 0
        ? `There were no briefing items from ${when}.`
        : `${count === 1 ? 'One item' : `${count} items`} from ${site.council}'s community safety toolkit, from ${when}.`,
    sections,
    facts: changes.filter((c) => c.kind !== 'reviewed').map((c) => ({ ...c, url: absoluteUrl(site.url, c.path) })),
    reviewedCount: changes.filter((c) => c.kind === 'reviewed').length,
    changesUrl: absoluteUrl(site.url, 'changes/'),
    siteUrl: absoluteUrl(site.url, ''),
  };
}

export function buildDigest(input: DigestInput): Digest {
  const m = model(input);
  return {
    subject: m.subject,
    html: digestHtml(m, input.site),
    text: digestText(m, input.site),
    itemCount: m.sections.reduce((n, s) => n + s.items.length, 0),
  };
}

// ---------------------------------------------------------------------------------------------
// HTML with inline styles

const style = {
  body: `margin:0;padding:0;background-color:${colours.bg};`,
  wrap: `max-width:640px;margin:0 auto;padding:16px;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:${colours.text};`,
  kicker: `margin:0 0 4px;font-size:14px;color:${colours.muted};`,
  h1: `margin:0 0 16px;font-size:28px;line-height:1.2;font-weight:bold;color:${colours.text};`,
  h2: `margin:32px 0 8px;padding-top:8px;border-top:4px solid ${colours.info};font-size:22px;line-height:1.3;font-weight:bold;color:${colours.text};`,
  h3: `margin:20px 0 4px;font-size:18px;line-height:1.3;font-weight:bold;color:${colours.text};`,
  date: `margin:0 0 4px;font-size:14px;color:${colours.muted};`,
  p: 'margin:0 0 12px;',
  a: `color:${colours.link};text-decoration:underline;`,
  ul: 'margin:0 0 12px;padding-left:20px;',
  li: 'margin:0 0 8px;',
  footer: `margin:32px 0 0;padding-top:12px;border-top:1px solid ${colours.border};font-size:14px;color:${colours.muted};`,
} as const;

const h = escapeHtml;
/** "12 pages on powers, legislation and contacts were checked against their sources." */
export function reviewedSentence(count: number): string {
  return count === 1
    ? 'One page on powers, legislation or contacts was checked against its sources.'
    : `${count} pages on powers, legislation and contacts were checked against their sources.`;
}
/** Ends text with a full stop unless it already ends with punctuation. */
const sentence = (text: string) => (/[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);
const link = (url: string, text: string) => `<a href="${h(url)}" style="${style.a}">${h(text)}</a>`;
const time = (date: string) => `<time datetime="${date}">${formatDate(date)}</time>`;

function digestHtml(m: DigestModel, site: DigestInput['site']): string {
  const sections = m.sections.flatMap((section) => [
    `<h2 style="${style.h2}">${h(section.heading)}</h2>`,
    ...section.items.flatMap((item) => [
      `<h3 style="${style.h3}">${link(item.url, item.title)}</h3>`,
      `<p style="${style.date}">${time(item.date)}</p>`,
      `<p style="${style.p}">${h(item.summary)}</p>`,
    ]),
  ]);
  const changes =
    m.facts.length === 0 && m.reviewedCount === 0
      ? []
      : [
          `<h2 style="${style.h2}">Also changed in the toolkit</h2>`,
          ...(m.facts.length > 0
            ? [
                `<ul style="${style.ul}">`,
                ...m.facts.map(
                  (c) =>
                    `<li style="${style.li}">${time(c.date)}: ${link(c.url, c.title)}. ${h(sentence(c.what))}</li>`,
                ),
                '</ul>',
              ]
            : []),
          ...(m.reviewedCount > 0
            ? [
                `<p style="${style.p}">${h(reviewedSentence(m.reviewedCount))} ${link(m.changesUrl, 'See what changed in the last 90 days')}.</p>`,
              ]
            : []),
        ];
  return [
    '<!doctype html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${h(m.subject)}</title>`,
    '</head>',
    `<body style="${style.body}">`,
    `<div style="${style.wrap}">`,
    `<p style="${style.kicker}">${h(site.council)}: ${h(site.name)}</p>`,
    `<h1 style="${style.h1}">${h(m.heading)}</h1>`,
    `<p style="${style.p}">${h(m.intro)}</p>`,
    ...sections,
    ...changes,
    `<p style="${style.footer}">From the ${link(m.siteUrl, site.name)}. Spotted a mistake? Email the ${h(site.corrections.team.toLowerCase())} at ${link(`mailto:${site.corrections.email}`, site.corrections.email)}.</p>`,
    '</div>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------
// Plain text

/** Wraps text at `width` columns on spaces; a word longer than the line (an address) keeps its own line. */
export function wrapText(text: string, width = 72): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

const underline = (text: string, char: string) => [text, char.repeat(Math.min(text.length, 72))];

function digestText(m: DigestModel, site: DigestInput['site']): string {
  const out: string[] = [`${site.council}: ${site.name}`, '', ...underline(m.heading, '='), '', ...wrapText(m.intro)];
  for (const section of m.sections) {
    out.push('', '', ...underline(section.heading.toUpperCase(), '-'));
    for (const item of section.items)
      out.push(
        '',
        ...wrapText(item.title),
        formatDate(item.date),
        '',
        ...wrapText(item.summary),
        `Read more: ${item.url}`,
      );
  }
  if (m.facts.length > 0 || m.reviewedCount > 0) {
    out.push('', '', ...underline('ALSO CHANGED IN THE TOOLKIT', '-'));
    for (const c of m.facts) out.push('', ...wrapText(`${formatDate(c.date)}: ${c.title}. ${sentence(c.what)}`), c.url);
    if (m.reviewedCount > 0)
      out.push('', ...wrapText(`${reviewedSentence(m.reviewedCount)} What changed in the last 90 days:`), m.changesUrl);
  }
  out.push(
    '',
    '',
    '--',
    ...wrapText(`From the ${site.name}: ${m.siteUrl}`),
    ...wrapText(`Spotted a mistake? Email the ${site.corrections.team.toLowerCase()} at ${site.corrections.email}.`),
    '',
  );
  return out.join('\n');
}
