/**
 * Guidance prose that names an England-only rule or body must say what applies in Wales in the same
 * section. Every council, English or Welsh, shows the same body text, so a sentence about secure
 * tenancies or the Environment Agency alone would read to a Welsh councillor as Welsh law. Pure: the
 * caller passes the body of a page.
 */

/** Rules and bodies that exist in England only, or under that name in England only. */
export const englandOnlyTerms: readonly { term: string; pattern: RegExp }[] = [
  { term: 'secure tenancy', pattern: /\bsecure tenanc/i },
  { term: 'assured tenancy', pattern: /\bassured (?:shorthold )?tenanc/i },
  { term: "Renters' Rights Act", pattern: /\bRenters['’] Rights Act/i },
  { term: 'Ground 7A', pattern: /\bGround 7A\b/i },
  { term: 'section 84A', pattern: /\b(?:s\.? ?|section )84A\b/i },
  { term: 'section 21 notice', pattern: /\bsection 21 notice/i },
  { term: 'absolute ground', pattern: /\babsolute ground\b/i },
  { term: 'Environment Agency', pattern: /\bEnvironment Agency\b/ },
  { term: 'integrated care board', pattern: /\bintegrated care board/i },
  { term: 'Planning Inspectorate', pattern: /\bPlanning Inspectorate\b/ },
  { term: 'registered provider', pattern: /\bregistered providers?\b/i },
];

/** A sentence about Wales: it names Wales or something Welsh. */
const saysWales = /\bWales\b|\bWelsh\b/;

export interface EnglandOnlyFinding {
  /** The line of the body (from 1) where the term first appears in its section. */
  line: number;
  /** The section's heading, or "(top)" before the first heading. */
  section: string;
  /** The England-only term. */
  term: string;
}

/** The England-only terms in each section of a body that has no word about Wales. */
export function englandOnlyWithoutWales(body: string): EnglandOnlyFinding[] {
  const findings: EnglandOnlyFinding[] = [];
  let section = { heading: '(top)', start: 0, lines: [] as string[] };
  const close = () => {
    const text = section.lines.join('\n');
    if (saysWales.test(text)) return;
    for (const { term, pattern } of englandOnlyTerms) {
      const at = section.lines.findIndex((l) => pattern.test(l));
      if (at >= 0) findings.push({ line: section.start + at + 1, section: section.heading, term });
    }
  };
  body.split('\n').forEach((line, i) => {
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    if (!heading) return void section.lines.push(line);
    close();
    section = { heading: heading[1]!.trim(), start: i, lines: [line] };
  });
  close();
  return findings.sort((a, b) => a.line - b.line || a.term.localeCompare(b.term));
}
