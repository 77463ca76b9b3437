/**
 * Where each key fact of a power comes from: section references such as "s48(1)" or "Sch 4 para 3",
 * the legislation.gov.uk addresses they link to, and the rules `npm run check` applies to them.
 * Pure: the caller passes the parsed power.
 */
import type { Citation, Power } from '../schemas/power.ts';
import type { ContentProblem } from './problems.ts';

/** The key facts every statutory power in force or not yet in force must cite, in page order. */
export const keyFacts = [
  'usedBy',
  'legalTest',
  'minimumAge',
  'duration',
  'breach',
  'fixedPenalty',
  'appeal',
  'consultation',
] as const;
export type KeyFact = (typeof keyFacts)[number];
/** Facts that may carry citations: the key facts, and the court, which is optional. */
export const citableFacts = [...keyFacts, 'court'] as const;
export type CitableFact = (typeof citableFacts)[number];

export type ProvisionKind = 'section' | 'schedule' | 'regulation' | 'article';

/** A provision of an Act or instrument, as a reference names it. */
export interface Provision {
  kind: ProvisionKind;
  /** "48", "92A", "4". */
  number: string;
  /** A schedule's paragraph, when the reference names one. */
  paragraph?: string;
}

const sub = String.raw`\([0-9A-Za-z]{1,4}\)`;
const subs = String.raw`(?:${sub})*`;
/** "(2)", "(2)(a)", "(4)-(6)", "(2), (5)" after the number. */
const subsAndMore = String.raw`${subs}(?:(?:\s*[-–]\s*|,\s*)${sub}${subs})*`;
const num = String.raw`(\d{1,4}[A-Z]{0,3})`;
const referencePatterns: [RegExp, (m: RegExpExecArray) => Provision][] = [
  [new RegExp(String.raw`^s${num}${subsAndMore}$`), (m) => ({ kind: 'section', number: m[1]! })],
  [new RegExp(String.raw`^reg ${num}${subsAndMore}$`), (m) => ({ kind: 'regulation', number: m[1]! })],
  [new RegExp(String.raw`^art ${num}${subsAndMore}$`), (m) => ({ kind: 'article', number: m[1]! })],
  [
    new RegExp(
      String.raw`^Sch ${num}(?: Part \d{1,2}[A-Z]?| Ground \d{1,2}[A-Z]{0,3})?(?: para ${num}${subsAndMore})?$`,
    ),
    (m) => ({ kind: 'schedule', number: m[1]!, ...(m[2] ? { paragraph: m[2] } : {}) }),
  ],
];

/** What a reference such as "s48(1)" names, or undefined when it is not a reference this site understands. */
export function parseReference(text: string): Provision | undefined {
  for (const [pattern, build] of referencePatterns) {
    const match = pattern.exec(text.trim());
    if (match) return build(match);
  }
  return undefined;
}

export const referenceHint = 'a section or schedule such as "s48(1)", "s76(6)-(7)", "Sch 4 para 3", "reg 3" or "art 2"';

/** An Act or instrument on legislation.gov.uk: "ukpga/2014/12", or "ukpga/Geo6/12-13-14/55" for an old Act. */
export interface ActPath {
  path: string;
  /** The year, when the address has one (old Acts use regnal years instead). */
  year?: string;
}

const host = String.raw`^https?://(?:www\.)?legislation\.gov\.uk/(?:cy/)?`;
const actPart = String.raw`([a-z]{2,6})/(\d{4}|[A-Z][A-Za-z]*\d?/[\d-]+)/(\d+)`;
const actAddress = new RegExp(`${host}${actPart}(?:[/?#]|$)`);
const provisionAddress = new RegExp(
  `${host}${actPart}/(section|schedule|regulation|article)/(\\d{1,4}[A-Za-z]{0,3})(?:/paragraph/(\\d{1,4}[A-Za-z]{0,3}))?(?:/[^?#]*)?(?:[?#].*)?$`,
);

/** The Act or instrument a legislation.gov.uk address belongs to, whatever part of it the address shows. */
export function actOfUrl(url: string): ActPath | undefined {
  const match = actAddress.exec(url);
  if (!match) return undefined;
  return actPath(match[1]!, match[2]!, match[3]!);
}

/** The provision a legislation.gov.uk address shows, when it is a section, schedule, regulation or article (not a Part, contents or notes). */
export function provisionOfUrl(url: string): { act: ActPath; provision: Provision } | undefined {
  const match = provisionAddress.exec(url);
  if (!match) return undefined;
  const provision: Provision = {
    kind: match[4] as ProvisionKind,
    number: match[5]!.toUpperCase(),
    ...(match[6] ? { paragraph: match[6].toUpperCase() } : {}),
  };
  return { act: actPath(match[1]!, match[2]!, match[3]!), provision };
}

function actPath(type: string, year: string, number: string): ActPath {
  return { path: `${type}/${year}/${number}`, ...(/^\d{4}$/.test(year) ? { year } : {}) };
}

/** The legislation.gov.uk address of a provision. */
export function provisionUrl(act: ActPath, provision: Provision): string {
  const base = `https://www.legislation.gov.uk/${act.path}/${provision.kind}/${provision.number}`;
  return provision.kind === 'schedule' && provision.paragraph ? `${base}/paragraph/${provision.paragraph}` : base;
}

/** Whether an address shows the provision a reference names (a whole schedule also does for one of its paragraphs). */
export function sameProvision(reference: Provision, shown: Provision): boolean {
  if (reference.kind !== shown.kind || reference.number.toUpperCase() !== shown.number) return false;
  return shown.paragraph === undefined || shown.paragraph === reference.paragraph?.toUpperCase();
}

/** The year an Act's name ends with: "LASPO 2012" gives "2012". */
export function yearInName(name: string): string | undefined {
  return /\b(1[5-9]\d\d|20\d\d)\b(?!.*\b(1[5-9]\d\d|20\d\d)\b)/.exec(name)?.[1];
}

const describeProvision = (p: Provision) =>
  p.kind === 'schedule' && p.paragraph ? `schedule ${p.number}, paragraph ${p.paragraph}` : `${p.kind} ${p.number}`;

export const basisLabels = {
  'case-law': 'Case law',
  'court-rules': 'Court rules',
  guidance: 'Guidance',
  'not-confirmed': 'Not confirmed',
} as const;

/** One citation as the page shows it. */
export interface CitationLink {
  /** "Law" for a section of an Act or instrument; otherwise what the source is. */
  basis: 'Law' | (typeof basisLabels)[keyof typeof basisLabels];
  /** "s48(1)", or "LASPO 2012 s85(1)" for another Act, or a case or guidance title. */
  label: string;
  href?: string;
}

/** The citations of each fact, ready to show beside it. */
export function citationLinks(
  power: Pick<Power, 'citations' | 'legislation'>,
): Partial<Record<CitableFact, CitationLink[]>> {
  const own = power.legislation ? actOfUrl(power.legislation.url) : undefined;
  const out: Partial<Record<CitableFact, CitationLink[]>> = {};
  for (const fact of citableFacts) {
    const list = power.citations[fact];
    if (list && list.length > 0) out[fact] = list.map((c) => linkOf(c, own));
  }
  return out;
}

function linkOf(citation: Citation, own: ActPath | undefined): CitationLink {
  if (typeof citation === 'string') {
    const provision = parseReference(citation);
    return { basis: 'Law', label: citation, ...(own && provision ? { href: provisionUrl(own, provision) } : {}) };
  }
  if (citation.basis)
    return {
      basis: basisLabels[citation.basis],
      label: citation.title ?? '',
      ...(citation.url ? { href: citation.url } : {}),
    };
  const ref = citation.ref ?? '';
  const provision = parseReference(ref);
  const href = citation.url ?? (own && provision && !citation.act ? provisionUrl(own, provision) : undefined);
  return { basis: 'Law', label: citation.act ? `${citation.act} ${ref}` : ref, ...(href ? { href } : {}) };
}

/** What `npm run check` knows about Acts from the legislation entries: an entry's title and aliases, and its address. */
export type KnownActs = ReadonlyMap<string, { path: string; file: string }>;

/**
 * Every problem with a power's citations: a key fact without one (for a statutory power in force or
 * not yet in force), a reference that cannot be read, and an address that is not a section or
 * schedule of the Act the power names, or of the other Act the citation names.
 */
export function citationProblems(file: string, power: Power, knownActs: KnownActs = new Map()): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const at = (field: string, message: string) => problems.push({ file, field, message });
  const own = power.legislation ? actOfUrl(power.legislation.url) : undefined;
  const needsCitations = power.statutory && power.status !== 'repealed';

  if (needsCitations)
    for (const fact of keyFacts) {
      if (power[fact] === null) continue;
      const list = power.citations[fact];
      if (!list || list.length === 0)
        at(
          `citations.${fact}`,
          `missing: expected the section this fact comes from, such as "s43(1)"; every key fact of a statutory power in force or not yet in force needs a citation`,
        );
    }

  let ownActNeeded = false;
  for (const fact of citableFacts)
    (power.citations[fact] ?? []).forEach((citation, i) => {
      const field = `citations.${fact}[${i}]`;
      if (typeof citation === 'string') {
        if (!parseReference(citation)) at(field, `found ${JSON.stringify(citation)}, expected ${referenceHint}`);
        ownActNeeded = true;
        return;
      }
      if (citation.basis !== undefined) {
        if (citation.ref !== undefined || citation.act !== undefined)
          at(
            field,
            'found basis together with ref or act, expected either a section (ref, with act and url for another Act) or a basis with its title',
          );
        if (!citation.title) at(`${field}.title`, `missing: expected the name of the case, rules or guidance`);
        if (citation.basis === 'not-confirmed' && power.status === 'in-force')
          at(
            `${field}.basis`,
            `found "not-confirmed", expected a section or another source: a power in force must say where each key fact comes from (list what is unconfirmed under uncertain)`,
          );
        return;
      }
      if (citation.ref === undefined) {
        at(
          field,
          'missing: expected ref (a section, such as "s48(1)") or basis and title (for case law, court rules or guidance)',
        );
        return;
      }
      const provision = parseReference(citation.ref);
      if (!provision) {
        at(`${field}.ref`, `found ${JSON.stringify(citation.ref)}, expected ${referenceHint}`);
        return;
      }
      if (citation.act !== undefined && citation.url === undefined) {
        at(`${field}.url`, `missing: expected the address of ${citation.ref} of ${citation.act} on legislation.gov.uk`);
        return;
      }
      if (citation.act === undefined) ownActNeeded = true;
      if (citation.url !== undefined)
        problems.push(
          ...urlProblems(file, `${field}.url`, citation.url, provision, citation.ref, citation.act, own, knownActs),
        );
    });

  if (ownActNeeded && power.legislation && !own)
    at(
      'legislation.url',
      `found ${JSON.stringify(power.legislation.url)}, expected an address on legislation.gov.uk, such as https://www.legislation.gov.uk/ukpga/2014/12, so that citations can link to its sections`,
    );
  if (ownActNeeded && !power.legislation)
    at(
      'citations',
      'found citations of sections, expected legislation (act, sections, url) to say which Act they belong to',
    );
  return problems;
}

function urlProblems(
  file: string,
  field: string,
  url: string,
  provision: Provision,
  ref: string,
  act: string | undefined,
  own: ActPath | undefined,
  knownActs: KnownActs,
): ContentProblem[] {
  const shown = provisionOfUrl(url);
  const example = provisionUrl(own && !act ? own : { path: 'ukpga/2012/10' }, provision);
  if (!shown)
    return [
      {
        file,
        field,
        message: `found ${JSON.stringify(url)}, expected the address of a section or schedule on legislation.gov.uk, such as ${example}`,
      },
    ];
  if (!sameProvision(provision, shown.provision))
    return [
      {
        file,
        field,
        message: `found ${describeProvision(shown.provision)} in the address, expected ${describeProvision(provision)} to match ref "${ref}"`,
      },
    ];
  if (act === undefined) {
    if (own && shown.act.path !== own.path)
      return [
        {
          file,
          field,
          message: `found a ${shown.provision.kind} of ${shown.act.path}, expected a section or schedule of the Act the power names (${own.path}, from legislation.url); to cite another Act, add act with its name`,
        },
      ];
    return [];
  }
  const known = knownActs.get(act);
  const year = yearInName(act);
  if (!known && !year)
    return [
      {
        file,
        field: field.replace(/\.url$/, '.act'),
        message: `found ${JSON.stringify(act)}, expected the Act's name with its year, such as "LASPO 2012" or "Crime and Disorder Act 1998"`,
      },
    ];
  if (known && known.path !== shown.act.path)
    return [
      {
        file,
        field,
        message: `found a ${shown.provision.kind} of ${shown.act.path}, expected one of ${known.path}, the Act ${known.file} gives for "${act}"`,
      },
    ];
  if (!known && year && shown.act.year && shown.act.year !== year)
    return [
      {
        file,
        field,
        message: `found a ${shown.provision.kind} of ${shown.act.path}, an Act of ${shown.act.year}, expected an Act of ${year} as act "${act}" names`,
      },
    ];
  return [];
}
