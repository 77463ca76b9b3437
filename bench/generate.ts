/**
 * Deterministic synthetic content for the benchmark (issue 9).
 *
 *   node bench/generate.ts --size 1000 --out bench/.work/content-1000 [--seed 9]
 *
 * Writes a full, valid content tree: site.yaml, partnership.yaml, a small fixed set of contacts,
 * areas, legislation, briefings and meetings, and `size` entries split across powers (25%),
 * problems (40%) and scrutiny reports with recommendations (35%). Bodies are a few hundred words
 * of varied plain English built from bench/vocabulary.ts; every reference points at an entry that
 * exists; a few reports are draft or exempt, as in real life. The same size and seed always give
 * byte-identical files (a seeded PRNG, no Math.random, no clock). No content/data folder is
 * written, so the ward and police-figure checks do not run.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import yaml from 'js-yaml';
import * as V from './vocabulary.ts';

/** "Today" for generated content and for the builds that read it (CST_AS_OF). */
export const AS_OF = '2026-11-23';
export const DEFAULT_SEED = 9;
const MARKER = '.bench-generated';

/** mulberry32: small, fast, good enough for test data, and the same on every machine. */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  /** `count` distinct items, in random order. */
  some<T>(items: readonly T[], count: number): T[] {
    return this.shuffle([...items]).slice(0, Math.min(count, items.length));
  }
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    return items;
  }
}

// ---------- dates (UTC day arithmetic on YYYY-MM-DD strings) ----------
const DAY = 86_400_000;
const toDays = (iso: string) =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY;
const fromDays = (days: number) => new Date(days * DAY).toISOString().slice(0, 10);
const addDays = (iso: string, n: number) => fromDays(toDays(iso) + n);
const minDate = (a: string, b: string) => (a < b ? a : b);
const randomDate = (rng: Rng, from: string, to: string) => fromDays(rng.int(toDays(from), toDays(to)));

// ---------- text ----------
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
export const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

interface TextContext {
  subject: string;
  short: string;
  town: string;
  instrument: string;
}

const allSentences = [...V.sentences, ...V.moreSentences];

/** A made-up English-looking place or family name: "Thornbury", "Kelworth". */
function madeUpName(rng: Rng): string {
  return `${rng.pick(V.namePrefixes)}${rng.chance(0.6) ? rng.pick(V.nameMiddles) : ''}${rng.pick(V.nameSuffixes)}`;
}

function sentence(rng: Rng, ctx: TextContext, used?: Set<number>): string {
  const agency = rng.pick(V.agencies);
  let agency2 = rng.pick(V.agencies);
  if (agency2 === agency) agency2 = 'the landlord';
  const slots: Record<string, string> = {
    subject: ctx.subject,
    short: ctx.short,
    town: rng.chance(0.7) ? ctx.town : rng.pick(V.towns),
    agency,
    Agency: cap(agency),
    agency2,
    setting: rng.pick(V.settings),
    when: rng.pick(V.whens),
    evidence: rng.pick(V.evidence),
    role: rng.pick(V.roles),
    number: String(rng.int(3, 240)),
    months: String(rng.int(3, 18)),
    instrument: rng.chance(0.6) ? ctx.instrument : rng.pick(V.instruments).name,
    street: `${rng.chance(0.6) ? madeUpName(rng) : rng.pick(V.streetWords)} ${rng.pick(V.streetTypes)}`,
    business: rng.pick(V.businesses),
    first: rng.pick(V.firstNames),
    surname: rng.chance(0.5) ? madeUpName(rng) : rng.pick(V.surnames),
    month: rng.pick(V.months),
    year: String(rng.int(2016, 2026)),
    ordinal: rng.pick(V.ordinals),
    count: String(rng.int(4, 60)),
    count2: String(rng.int(2, 48)),
    money: (rng.int(4, 400) * 50).toLocaleString('en-GB'),
    role_lower: rng.pick(V.roles).toLowerCase(),
  };
  let index = rng.int(0, allSentences.length - 1);
  if (used) {
    while (used.has(index)) index = (index + 1) % allSentences.length;
    used.add(index);
  }
  return allSentences[index]!.replace(/\{(\w+)\}/g, (_, key: string) => slots[key] ?? key);
}

function paragraph(rng: Rng, ctx: TextContext, sentences: number, used = new Set<number>()): string {
  const lines = Array.from({ length: sentences }, () => sentence(rng, ctx, used));
  return wrap(lines.join(' '));
}

/** Wraps prose at about 100 columns, as the real entries are written. */
function wrap(text: string): string {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > 100) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out.join('\n');
}

/** A body of roughly 250 to 450 words: paragraphs, sometimes headings, a list and a link. */
function body(rng: Rng, ctx: TextContext): string {
  const parts: string[] = [];
  const paragraphs = rng.int(4, 6);
  const headings = rng.some(V.headings, 3);
  const used = new Set<number>(); // no sentence twice in one body
  for (let i = 0; i < paragraphs; i++) {
    if (i > 0 && i % 2 === 0 && headings.length > 0 && rng.chance(0.7)) parts.push(`## ${headings.shift()}`);
    parts.push(paragraph(rng, ctx, rng.int(3, 5), used));
    if (i === 1 && rng.chance(0.4))
      parts.push(
        rng
          .some(V.firstSteps, rng.int(2, 4))
          .map((s) => `- ${s}`)
          .join('\n'),
      );
  }
  if (rng.chance(0.3))
    parts.push(
      wrap(
        `The Home Office publishes [statutory guidance for frontline professionals](https://www.gov.uk/government/publications/anti-social-behaviour-crime-and-policing-bill-anti-social-behaviour) on these powers.`,
      ),
    );
  return parts.join('\n\n');
}

function frontMatter(data: Record<string, unknown>, text: string): string {
  return `---\n${yaml.dump(data, { lineWidth: 100, noRefs: true })}---\n\n${text}\n`;
}

// ---------- the generator ----------
export interface GeneratedTree {
  dir: string;
  size: number;
  counts: Record<string, number>;
  /** Entries that get a public page (drafts and exempt reports do not). */
  publicEntries: number;
  words: number;
  /** Distinct words in the body text. */
  distinctWords: number;
  bytes: number;
}

export interface Split {
  powers: number;
  problems: number;
  reports: number;
}

export function splitOf(size: number): Split {
  const powers = Math.round(size * 0.25);
  const problems = Math.round(size * 0.4);
  return { powers, problems, reports: size - powers - problems };
}

/** Every combination of the parts, in a seeded order: unique titles without counters. */
function combos<A, B, C>(rng: Rng, a: readonly A[], b: readonly B[], c: readonly C[], count: number): [A, B, C][] {
  const all: [A, B, C][] = [];
  for (const x of a) for (const y of b) for (const z of c) all.push([x, y, z]);
  if (count > all.length) throw new Error(`only ${all.length} combinations, ${count} asked for`);
  return rng.shuffle(all).slice(0, count);
}

export function generateContent(dir: string, size: number, seed = DEFAULT_SEED): GeneratedTree {
  if (existsSync(dir)) {
    if (!existsSync(path.join(dir, MARKER)))
      throw new Error(`${dir} exists and was not written by the generator; refusing to replace it`);
    rmSync(dir, { recursive: true, force: true });
  }
  for (const folder of ['powers', 'problems', 'reports', 'contacts', 'areas', 'legislation', 'briefings', 'meetings'])
    mkdirSync(path.join(dir, folder), { recursive: true });
  writeFileSync(path.join(dir, MARKER), `size ${size}, seed ${seed}\n`);

  const rng = new Rng(seed * 1_000_003 + size);
  const split = splitOf(size);
  const counts: Record<string, number> = {};
  let words = 0;
  let bytes = 0;
  vocabulary.clear();
  let hidden = 0;
  const write = (folder: string, id: string, ext: string, content: string) => {
    const file = path.join(dir, folder, `${id}${ext}`);
    writeFileSync(file, content);
    counts[folder] = (counts[folder] ?? 0) + 1;
    bytes += Buffer.byteLength(content);
  };
  const reviewed = () => randomDate(rng, '2025-09-01', AS_OF);
  const contactIds = V.contactsFixed.map((c) => c.id);
  const areaIds = V.areaNames.map(slug);
  const legislationIds = V.legislationFixed.map((l) => l.id);
  const uniqueId = (() => {
    const used = new Set<string>();
    return (title: string) => {
      let id = slug(title);
      for (let n = 2; used.has(id); n++) id = `${slug(title)}-${n}`;
      used.add(id);
      return id;
    };
  })();

  // Titles and ids first, so every entry can refer to any other.
  const powerPlans = combos(rng, V.instruments, V.powerTargets, V.powerScopes, split.powers).map(
    ([instrument, target, scope]) => {
      const title = `${cap(instrument.name)} for ${target} ${scope}`;
      return { id: uniqueId(title), title, instrument, target, scope };
    },
  );
  const problemPlans = combos(rng, V.subjects, V.settings, V.whens, split.problems).map(([subject, setting, when]) => {
    const title = `${cap(subject.name)} ${setting} ${when}`;
    return { id: uniqueId(title), title, subject, setting, when };
  });
  const years = Array.from({ length: 13 }, (_, i) => 2014 + i);
  const reportPlans = combos(rng, V.reportTopics, V.towns, years, split.reports).map(([topic, town, year]) => {
    const kind = rng.pick(['task-group', 'task-group', 'committee', 'annual-scrutiny', 'follow-up'] as const);
    const title = `${V.reportKindLabels[kind]} on ${topic} in ${town}, ${year}`;
    const roll = rng.next();
    const status = roll < 0.05 ? 'draft' : roll < 0.08 ? 'exempt' : roll < 0.12 ? 'withdrawn' : 'published';
    return { id: uniqueId(title), title, topic, town, year, kind, status };
  });
  const powerIds = powerPlans.map((p) => p.id);
  const problemIds = problemPlans.map((p) => p.id);
  const inForcePowers = new Set<string>();

  // ----- powers -----
  powerPlans.forEach((plan, i) => {
    const { instrument } = plan;
    const roll = rng.next();
    const status = roll < 0.85 || i === 0 ? 'in-force' : roll < 0.93 ? 'not-yet-in-force' : 'repealed';
    if (status === 'in-force') inForcePowers.add(plan.id);
    const statutory = instrument.short !== 'ABC';
    const law = rng.pick(V.legislationFixed);
    const town = rng.pick(V.towns);
    const ctx = { subject: plan.target, short: `the ${instrument.name}`, town, instrument: instrument.name };
    const inForceFrom = randomDate(rng, '2005-01-01', '2024-12-31');
    const data: Record<string, unknown> = {
      title: plan.title,
      shortName: instrument.short,
      aliases: [instrument.short, instrument.name, plan.target],
      summary: `A ${instrument.name} aimed at ${plan.target} ${plan.scope}, so that people nearby can use the place again without fear.`,
      status,
      ...(status === 'not-yet-in-force'
        ? { statusNote: 'Passed into law; the commencement date has not been announced.' }
        : {}),
      statutory,
      ...(statutory
        ? { legislation: { act: law.title, sections: `ss${rng.int(1, 60)}-${rng.int(61, 120)}`, url: law.url } }
        : {}),
      extent: rng.pick(['england-and-wales', 'england-and-wales', 'england-and-wales', 'england', 'wales']),
      usedBy: instrument.usedBy,
      appliesTo: rng.some(
        ['person', 'group', 'business', 'public-place', 'premises', 'land', 'vehicle', 'tenancy'],
        rng.int(1, 3),
      ),
      legalTest: wrap(
        `${sentence(rng, ctx)} The officer must be satisfied on reasonable grounds that the conduct is having a detrimental effect, of a persistent or continuing nature, on the quality of life of those in the locality.`,
      ),
      minimumAge: instrument.minimumAge,
      duration: rng.pick([
        'Up to 48 hours.',
        'Up to three months, renewable.',
        'Up to two years.',
        'As long as the court orders.',
        'Until the conditions are met.',
        'Up to three years, then reviewed.',
      ]),
      court: instrument.court,
      breach: instrument.breach,
      fixedPenalty: instrument.fixedPenalty,
      appeal: instrument.appeal,
      consultation: rng.chance(0.5)
        ? 'The issuer must consult the police, the council and any owner or occupier of the land affected.'
        : null,
      ...(status !== 'not-yet-in-force' ? { inForceFrom } : {}),
      ...(status === 'repealed' ? { repealedOn: randomDate(rng, inForceFrom, '2025-12-31') } : {}),
      leadContacts: rng.some(contactIds.slice(0, 6), rng.int(1, 2)),
      replaces: [],
      replacedBy: status === 'repealed' ? [powerIds[0]!] : [],
      changedBy: [law.id],
      upcomingChanges:
        status === 'not-yet-in-force' || rng.chance(0.1)
          ? [
              {
                legislation: 'crime-and-policing-act-2026',
                summary: 'Raises the maximum fixed penalty and lets housing providers use the power.',
                ...(rng.chance(0.5) ? { commencement: '2027-04-01' } : {}),
              },
            ]
          : [],
      uncertain: rng.chance(0.2)
        ? ['We could not confirm the commencement date from the commencement order itself.']
        : [],
      reviewed: reviewed(),
      sources: [
        { title: `${law.title}, the relevant sections`, url: law.url },
        ...(rng.chance(0.5)
          ? [
              {
                title: 'Home Office, Anti-social behaviour powers: statutory guidance for frontline professionals',
                url: 'https://www.gov.uk/government/publications/anti-social-behaviour-crime-and-policing-bill-anti-social-behaviour',
              },
            ]
          : []),
      ],
    };
    // A power used in one nation only says why the other does not use it (src/schemas/nation.ts).
    if (data.extent !== 'england-and-wales') {
      const outside = data.extent === 'england' ? 'wales' : 'england';
      data.nations = {
        [outside]: {
          doesNotApply: { note: 'The law that creates this power does not extend there.' },
          sources: [{ title: `${law.title}, extent`, url: law.url }],
        },
      };
    }
    const text = body(rng, ctx);
    words += countWords(text);
    write('powers', plan.id, '.mdx', frontMatter(data, text));
  });

  // ----- problems -----
  for (const plan of problemPlans) {
    const { subject } = plan;
    const town = rng.pick(V.towns);
    const ctx = { subject: subject.name, short: subject.short, town, instrument: rng.pick(V.instruments).name };
    const fits = rng.some(powerIds, rng.int(1, 4));
    const data: Record<string, unknown> = {
      title: plan.title,
      aliases: rng.some(subject.aliases, rng.int(1, subject.aliases.length)),
      summary: `Residents report ${subject.name} ${plan.setting} ${plan.when}, and want to know who can stop it.`,
      group: subject.group,
      powers: fits.map((power) => ({ power, why: rng.pick(V.whys) })),
      firstSteps: rng.some(V.firstSteps, rng.int(2, 4)),
      lead: rng.pick(contactIds.slice(0, 6)),
      questions: rng.some(V.questions, rng.int(1, 3)),
      policeUkCategories: subject.police,
      reviewed: reviewed(),
    };
    const text = body(rng, ctx);
    words += countWords(text);
    write('problems', plan.id, '.mdx', frontMatter(data, text));
  }

  // ----- reports with recommendations -----
  const publicReports: string[] = [];
  for (const plan of reportPlans) {
    const latest = plan.year === 2026 ? '2026-10-31' : `${plan.year}-12-31`;
    const published = randomDate(rng, `${plan.year}-01-15`, latest);
    const scoped = addDays(published, -rng.int(60, 200));
    const isPublic = plan.status === 'published' || plan.status === 'withdrawn';
    if (isPublic) publicReports.push(plan.id);
    else hidden++;
    const ctx = { subject: plan.topic, short: plan.topic, town: plan.town, instrument: rng.pick(V.instruments).name };
    const recommendations = Array.from({ length: rng.int(2, 8) }, (_, r) => {
      const due = addDays(published, rng.int(120, 540));
      const rec: Record<string, unknown> = {
        id: `R${r + 1}`,
        text: rng.pick(V.recommendationTexts),
        to: rng.pick([
          'the Community Safety Partnership',
          'the cabinet member for community safety',
          'Wiltshire Police',
          'the council',
        ]),
        leadOfficer: slug(rng.pick(V.roles)),
        ...(rng.chance(0.9) ? { due } : {}),
      };
      const responseDate = addDays(published, rng.int(20, 90));
      if (isPublic && rng.chance(0.8) && responseDate <= AS_OF && responseDate <= due) {
        const decision = rng.pick(['accepted', 'accepted', 'accepted', 'partly-accepted', 'rejected'] as const);
        rec.response = { decision, date: responseDate, text: rng.pick(V.responseTexts) };
        if (decision !== 'rejected') {
          const updates: Record<string, unknown>[] = [];
          let date = responseDate;
          for (let u = rng.int(0, 3); u > 0; u--) {
            date = addDays(date, rng.int(30, 200));
            if (date > AS_OF) break;
            updates.push({
              date,
              text: rng.pick(V.updateTexts),
              status: rng.pick(['ongoing', 'ongoing', 'paused', 'complete'] as const),
              ...(rng.chance(0.5) ? { rag: rng.pick(['red', 'amber', 'green'] as const) } : {}),
            });
          }
          if (updates.length > 0) rec.updates = updates;
        }
      }
      return rec;
    });
    const chair = `Cllr ${rng.pick('ABCDEFGHJKLMNPRST'.split(''))} ${rng.pick(V.surnames)}`;
    const data: Record<string, unknown> = {
      title: plan.title,
      ...(rng.chance(0.3) ? { aliases: [`${plan.topic} review ${plan.year}`] } : {}),
      summary: `What the ${plan.kind === 'committee' ? 'committee' : 'task group'} found about ${plan.topic} in ${plan.town}, and ${recommendations.length} recommendations to the partnership.`,
      kind: plan.kind,
      committee: rng.pick([
        'Overview and Scrutiny Management Committee',
        'Environment Select Committee',
        'Health Select Committee',
        "Children's Select Committee",
      ]),
      chair,
      members: Array.from(
        { length: rng.int(1, 5) },
        () => `Cllr ${rng.pick('ABCDEFGHJKLMNPRST'.split(''))} ${rng.pick(V.surnames)}`,
      ),
      partnership: 'Wiltshire Community Safety Partnership',
      status: plan.status,
      ...(plan.status === 'exempt' ? { exemptParagraph: rng.int(1, 7) } : {}),
      ...(plan.status === 'withdrawn'
        ? {
            withdrawnReason:
              'Withdrawn after the committee found an error in the figures; a corrected report will follow.',
          }
        : {}),
      dates:
        plan.status === 'draft' || plan.status === 'exempt'
          ? { scoped }
          : { scoped, published, followUpDue: addDays(published, rng.int(150, 365)) },
      evidenceSessions: Array.from({ length: rng.int(1, 4) }, () => ({
        date: randomDate(rng, scoped, published),
        witness: `${rng.pick(V.roles)}, ${cap(rng.pick(V.agencies).replace(/^the /, ''))}`,
        role: rng.pick(['Officer lead', 'Partner agency', 'Resident', 'Front-line officer']),
      })),
      problems: rng.some(problemIds, rng.int(1, 4)),
      areas: rng.some(areaIds, rng.int(1, 3)),
      recommendations,
      reviewed: minDate(AS_OF, addDays(published, rng.int(0, 600))),
      sources: [{ title: `Wiltshire Council, ${plan.title}`, url: `https://cms.wiltshire.gov.uk/reports/${plan.id}` }],
    };
    const text = body(rng, ctx);
    words += countWords(text);
    write('reports', plan.id, '.mdx', frontMatter(data, text));
  }

  // ----- small fixed collections -----
  for (const c of V.contactsFixed) {
    const data = {
      title: c.title,
      organisation: c.organisation,
      ...(c.team ? { team: c.team } : {}),
      kind: c.kind,
      summary: `Contact ${c.title.toLowerCase()} about ${c.needs.join(', ').replaceAll('-', ' ')}.`,
      phone: c.phone,
      web: `https://www.example.org/contacts/${c.id}`,
      areas: 'all',
      needs: c.needs,
      powers: rng.some(powerIds, 2),
      reviewed: reviewed(),
      sources: [{ title: `${c.organisation}, contact us`, url: `https://www.example.org/contacts/${c.id}` }],
    };
    write(
      'contacts',
      c.id,
      '.mdx',
      frontMatter(
        data,
        paragraph(
          rng,
          {
            subject: 'anti-social behaviour',
            short: 'the problem',
            town: 'Wiltshire',
            instrument: 'community protection notice',
          },
          3,
        ),
      ),
    );
  }
  V.areaNames.forEach((name, a) => {
    const data = {
      title: name,
      areaBoard: `${name} Area Board`,
      summary: `The town of ${name} and the villages around it.`,
      wards: Array.from({ length: 4 }, (_, w) => ({
        code: `E0500${8300 + a * 10 + w}`,
        name: `${name} ${['North', 'South', 'East', 'West'][w]}`,
      })),
      contacts: rng.some(contactIds, 3),
      priorities: rng
        .some(problemIds, 2)
        .map((problem) => ({ title: `Tackle ${problemPlans.find((p) => p.id === problem)!.subject.name}`, problem })),
      reviewed: reviewed(),
      sources: [
        { title: 'Wiltshire Council, Area boards', url: 'https://www.wiltshire.gov.uk/article/6142/Introduction' },
      ],
    };
    write('areas', slug(name), '.yaml', yaml.dump(data, { lineWidth: 100 }));
  });
  for (const law of V.legislationFixed) {
    const data = {
      title: law.title,
      summary: `${law.title} gave councils, the police and landlords powers used against anti-social behaviour.`,
      kind: 'act',
      citation: law.citation,
      date: law.date,
      status: 'in-force',
      commencement: [{ date: addDays(law.date, 90), what: 'The main provisions.' }],
      introduces: [],
      repeals: [],
      amends: [],
      url: law.url,
      reviewed: reviewed(),
      sources: [{ title: law.title, url: law.url }],
    };
    write(
      'legislation',
      law.id,
      '.mdx',
      frontMatter(
        data,
        paragraph(rng, { subject: 'the Act', short: 'the Act', town: 'England', instrument: 'civil injunction' }, 4),
      ),
    );
  }
  const meetingIds: string[] = [];
  for (let m = 0; m < 3; m++) {
    const area = areaIds[m]!;
    const problem = rng.pick(problemIds);
    const id = `${area}-single-topic-meeting-${m + 1}`;
    meetingIds.push(id);
    const data = {
      title: `${V.areaNames[m]} Area Board: ${problemPlans.find((p) => p.id === problem)!.subject.name}`,
      area,
      problem,
      date: addDays(AS_OF, 20 + m * 30),
      start: '18:30',
      end: '20:30',
      venue: {
        name: `${V.areaNames[m]} Town Hall`,
        address: `Market Place, ${V.areaNames[m]}`,
        accessibility: 'Step-free access and a hearing loop.',
      },
      status: 'planned',
      agenda: [
        { subject: 'Welcome and introductions', who: 'Chair', decision: null, minutes: 10 },
        { subject: 'What the figures show', who: 'Neighbourhood policing inspector', decision: null, minutes: 25 },
        { subject: 'Questions from residents', who: 'Panel', decision: null, minutes: 45 },
        { subject: 'Agree local actions', who: 'Chair', decision: 'Agree three actions', minutes: 20 },
      ],
      invited: rng.some(contactIds, 3),
      reviewed: AS_OF,
    };
    write(
      'meetings',
      id,
      '.mdx',
      frontMatter(
        data,
        paragraph(
          rng,
          { subject: 'the problem', short: 'the problem', town: V.areaNames[m]!, instrument: 'dispersal direction' },
          3,
        ),
      ),
    );
  }
  for (let b = 0; b < 3; b++) {
    const data = {
      title: `Members' briefing: update ${b + 1}`,
      date: addDays(AS_OF, -10 - b * 25),
      kind: rng.pick(['legislative-change', 'recommendation-update', 'general']),
      summary: 'What changed for councillors this month.',
      about: {
        powers: rng.some(powerIds, 2),
        legislation: [rng.pick(legislationIds)],
        reports: rng.some(publicReports, 2),
        meetings: [meetingIds[b]!],
      },
      reviewed: AS_OF,
    };
    write(
      'briefings',
      `briefing-update-${b + 1}`,
      '.mdx',
      frontMatter(
        data,
        paragraph(rng, { subject: 'the law', short: 'the change', town: 'Wiltshire', instrument: 'respect order' }, 3),
      ),
    );
  }

  // ----- singletons -----
  writeFileSync(
    path.join(dir, 'roles.yaml'),
    yaml.dump(Object.fromEntries(V.roles.map((title) => [slug(title), { title, kind: 'officer' }]))),
  );
  writeFileSync(
    path.join(dir, 'site.yaml'),
    yaml.dump({
      council: 'Wiltshire Council',
      place: 'Wiltshire',
      name: 'Community Safety Toolkit',
      description:
        'Synthetic content for the benchmark: what councillors need to tackle crime and anti-social behaviour.',
      url: 'https://community-safety.example.org/',
      localAuthorityCode: 'E06000054',
      policeForces: ['Wiltshire Police'],
      nation: 'england',
      contentLicence: {
        name: 'Open Government Licence v3.0',
        url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
      },
      sourceUrl: 'https://github.com/example/community-safety-toolkit',
      corrections: { email: 'community.safety@example.org', team: 'Community safety team' },
      reviewPeriodDays: 365,
      accessibility: {
        lastTested: AS_OF,
        testedBy: 'automated checks',
        statementPrepared: AS_OF,
        statementReviewed: AS_OF,
        knownIssues: [],
      },
    }),
  );
  writeFileSync(
    path.join(dir, 'partnership.yaml'),
    yaml.dump({
      title: 'Wiltshire Community Safety Partnership',
      aliases: ['CSP'],
      summary: 'The partners who by law work together to cut crime and anti-social behaviour in Wiltshire.',
      members: [
        { contact: 'council-community-safety', role: 'responsible-authority' },
        { contact: 'police-101', role: 'responsible-authority' },
        { contact: 'youth-justice', role: 'co-operating-body' },
      ],
      plan: { title: 'Community safety plan 2025 to 2028', from: '2025-04-01', to: '2028-03-31' },
      priorities: [
        { title: 'Anti-social behaviour', lead: 'council-community-safety', problems: rng.some(problemIds, 3) },
        { title: 'Drugs and exploitation', lead: 'police-101', problems: rng.some(problemIds, 2) },
      ],
      meetingCycle: 'The partnership board meets every quarter.',
      committee: { name: 'Overview and Scrutiny Management Committee' },
      reviewed: AS_OF,
      sources: [
        {
          title: 'Crime and Disorder Act 1998, section 5',
          url: 'https://www.legislation.gov.uk/ukpga/1998/37/section/5',
        },
      ],
    }),
  );

  const fixed = Object.entries(counts).reduce(
    (sum, [k, v]) => sum + (['powers', 'problems', 'reports'].includes(k) ? 0 : v),
    0,
  );
  const distinctWords = vocabulary.size;
  vocabulary.clear();
  return { dir, size, counts, publicEntries: size + fixed - hidden, words, distinctWords, bytes };
}

const vocabulary = new Set<string>();
function countWords(text: string): number {
  const words = text.split(/\s+/).filter(Boolean);
  for (const w of text.toLowerCase().split(/[^a-z0-9'£]+/)) if (w) vocabulary.add(w);
  return words.length;
}

/**
 * Search queries drawn from the generated vocabulary: residents' words, aliases, power names and
 * short names, towns, report topics and a few very common words (the slow case for Pagefind).
 * Distinct, in a seeded order; `count` of them.
 */
export function searchQueries(count: number, seed = DEFAULT_SEED): string[] {
  const rng = new Rng(seed * 7919);
  const pools: [number, string[]][] = [
    [0.3, V.subjects.map((s) => s.name)],
    [0.15, V.subjects.flatMap((s) => s.aliases)],
    [0.15, V.instruments.flatMap((i) => [i.name, i.short])],
    [0.12, V.towns],
    [0.13, V.reportTopics],
    [0.05, ['council', 'police', 'residents', 'notice', 'anti-social behaviour', 'landlord', 'court']],
    [0.1, V.subjects.map((s) => `${s.name.split(' ').at(-1)} ${rng.pick(V.towns)}`)],
  ];
  const seen = new Set<string>();
  const out: string[] = [];
  for (let guard = 0; out.length < count && guard < count * 100; guard++) {
    let roll = rng.next();
    let pool = pools.at(-1)![1];
    for (const [weight, items] of pools) {
      if (roll < weight) {
        pool = items;
        break;
      }
      roll -= weight;
    }
    const q = rng.pick(pool);
    if (!seen.has(q.toLowerCase())) {
      seen.add(q.toLowerCase());
      out.push(q);
    }
  }
  return out;
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: { size: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string' } },
  });
  const size = Number(values.size ?? 1000);
  const out = path.resolve(values.out ?? `bench/.work/content-${size}`);
  const tree = generateContent(out, size, Number(values.seed ?? DEFAULT_SEED));
  console.log(
    `Wrote ${path.relative(process.cwd(), out)}: ${JSON.stringify(tree.counts)}, ${tree.words.toLocaleString('en-GB')} words of body text (${tree.distinctWords.toLocaleString('en-GB')} distinct), ${(tree.bytes / 1024 / 1024).toFixed(1)} MiB`,
  );
}
