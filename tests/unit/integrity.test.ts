import { describe, expect, test } from 'vitest';
import { checkContent, type ContentSnapshot, type RawEntry } from '../../src/lib/integrity.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import { validArea, validContact, validPower, validProblem, validReport } from './factories.ts';

const site = {
  council: 'Example Council', name: 'Toolkit', description: 'A toolkit.', url: 'https://example.org/', localAuthorityCode: 'E06000054',
  contentLicence: { name: 'OGL', url: 'https://example.org/ogl' }, sourceUrl: 'https://example.org/src',
  corrections: { email: 'a@example.org', team: 'Team' },
  accessibility: { lastTested: '2026-11-01', testedBy: 'us', statementPrepared: '2026-11-01', statementReviewed: '2026-11-01' },
};
const partnership = {
  title: 'CSP', summary: 'The partnership.', members: [{ contact: 'council-asb-team', role: 'responsible-authority' }],
  plan: { title: 'Plan', from: '2025-04-01', to: '2028-03-31' }, meetingCycle: 'Quarterly', committee: { name: 'Scrutiny' },
  reviewed: '2026-11-01', sources: [{ title: 'CDA s5', url: 'https://www.legislation.gov.uk/ukpga/1998/37/section/5' }],
};

const entry = (collection: RawEntry['collection'], id: string, data: unknown, ext = 'mdx'): RawEntry => ({
  collection, id, data, file: `content/${collection}/${id}.${ext}`,
});

function snapshot(extra: RawEntry[] = [], replace: Partial<Record<string, unknown>> = {}): ContentSnapshot {
  const base: RawEntry[] = [
    entry('powers', 'community-protection-notice', replace.power ?? validPower()),
    entry('problems', 'noisy-neighbours', replace.problem ?? validProblem()),
    entry('contacts', 'council-asb-team', replace.contact ?? validContact()),
    entry('areas', 'chippenham', replace.area ?? validArea(), 'yaml'),
    entry('reports', 'task-group', replace.report ?? validReport()),
  ];
  return {
    entries: [...base, ...extra],
    site: { file: 'content/site.yaml', data: replace.site ?? site },
    partnership: { file: 'content/partnership.yaml', data: partnership },
    contentDir: 'content',
  };
}

const run = (s: ContentSnapshot) => checkContent(s, { asOf: '2026-11-23' }).map(formatProblem);

describe('checkContent', () => {
  test('a consistent content tree has no problems', () => {
    expect(run(snapshot())).toEqual([]);
  });

  test('a dangling reference names the file, the field and a likely fix', () => {
    expect(run(snapshot([], { problem: { ...validProblem(), lead: 'council-asb-tem' } }))).toEqual([
      'content/problems/noisy-neighbours.mdx: lead: found "council-asb-tem", expected the id of an entry in content/contacts/ (did you mean "council-asb-team"?)',
    ]);
  });

  test('a duplicate id is reported against the second file', () => {
    const duplicate = { ...entry('powers', 'community-protection-notice', validPower()), file: 'content/powers/community-protection-notice.md' };
    expect(run(snapshot([duplicate]))).toEqual([
      'content/powers/community-protection-notice.mdx: id: found id "community-protection-notice", which content/powers/community-protection-notice.md already uses; expected each entry to have its own file name',
    ]);
  });

  test('an unknown field suggests the field that was meant', () => {
    const { reviewed, ...rest } = validContact();
    expect(run(snapshot([], { contact: { ...rest, reviwed: reviewed } }))).toEqual([
      'content/contacts/council-asb-team.mdx: reviewed: missing: expected a date written as YYYY-MM-DD',
      'content/contacts/council-asb-team.mdx: reviwed: unknown field "reviwed"; did you mean "reviewed"?',
    ]);
  });

  test('a missing required field is named', () => {
    const { legalTest: _unused, ...rest } = validPower();
    expect(run(snapshot([], { power: rest }))).toEqual(['content/powers/community-protection-notice.mdx: legalTest: missing: expected string']);
  });

  test('a bad date shows what was found', () => {
    expect(run(snapshot([], { area: { ...validArea(), reviewed: '2026-02-30' } }))).toEqual([
      'content/areas/chippenham.yaml: reviewed: found "2026-02-30", expected a real date written as YYYY-MM-DD',
    ]);
  });

  test('text with an unquoted ": " is explained, since YAML reads it as a field', () => {
    expect(run(snapshot([], { problem: { ...validProblem(), questions: [{ 'Ask this': 'then that' }] } }))).toEqual([
      'content/problems/noisy-neighbours.mdx: questions[0]: found "Ask this: then that" read as a field and its value, expected text; put the text in quotes because it contains ": "',
    ]);
  });

  test('a value outside a list shows the allowed values', () => {
    const [line] = run(snapshot([], { problem: { ...validProblem(), group: 'nois' } }));
    expect(line).toMatch(/^content\/problems\/noisy-neighbours\.mdx: group: found "nois", expected one of: "noise", /);
  });

  test('an exempt report without its Schedule 12A paragraph is refused', () => {
    expect(run(snapshot([], { report: { ...validReport(), status: 'exempt' } }))).toEqual([
      'content/reports/task-group.mdx: exemptParagraph: missing: an exempt report needs the Schedule 12A paragraph that exempts it (1 to 7)',
    ]);
  });

  test('every problem is listed, not just the first, across files', () => {
    const problems = run(
      snapshot([], {
        problem: { ...validProblem(), lead: 'nobody' },
        area: { ...validArea(), reviewed: 'yesterday' },
        report: { ...validReport(), status: 'exempt' },
      }),
    );
    expect(problems).toHaveLength(3);
    expect(problems.map((p) => p.split(':')[0])).toEqual(['content/areas/chippenham.yaml', 'content/problems/noisy-neighbours.mdx', 'content/reports/task-group.mdx']);
  });

  test('references are still checked in an entry that fails its schema', () => {
    const problems = run(snapshot([], { problem: { ...validProblem(), lead: 'nobody', group: 'bad' } }));
    expect(problems.some((p) => p.includes('lead: found "nobody"'))).toBe(true);
    expect(problems.some((p) => p.includes('group: found "bad"'))).toBe(true);
  });

  test('a review date in the future is refused', () => {
    expect(run(snapshot([], { contact: { ...validContact(), reviewed: '2026-11-24' } }))).toEqual([
      'content/contacts/council-asb-team.mdx: reviewed: found 2026-11-24, expected a date on or before today (2026-11-23)',
    ]);
  });

  test('a public entry may not link to a draft report', () => {
    const draft = entry('reports', 'draft-report', { ...validReport(), status: 'draft' });
    const briefing = entry('briefings', 'news', {
      title: 'News', date: '2026-11-01', kind: 'general', summary: 'News.', about: { reports: ['draft-report'] }, reviewed: '2026-11-01',
    });
    expect(run(snapshot([draft, briefing]))).toEqual([
      'content/briefings/news.mdx: about.reports[0]: found "draft-report", a draft or exempt report; expected a published or withdrawn report (a draft or exempt report must not be linked from a public page)',
    ]);
  });

  test('a missing site.yaml is reported', () => {
    const s = snapshot();
    s.site = { file: 'content/site.yaml', data: undefined };
    expect(run(s)).toEqual(['content/site.yaml: missing: this file is required']);
  });

  test('report rules: repeated recommendation ids, updates before publication, due before response', () => {
    const report = validReport();
    const rec = report.recommendations[0]!;
    const broken = {
      ...report,
      recommendations: [
        { ...rec, due: '2025-06-15', updates: [{ date: '2025-05-01', text: 'Early.', state: 'in-progress' }] },
        { ...rec },
      ],
    };
    expect(run(snapshot([], { report: broken }))).toEqual([
      'content/reports/task-group.mdx: recommendations[0].due: found 2025-06-15, expected a date on or after the response date (2025-07-01)',
      'content/reports/task-group.mdx: recommendations[0].updates[0].date: found 2025-05-01, expected a date on or after the report was published (2025-06-01)',
      'content/reports/task-group.mdx: recommendations[1].id: found "a" again; expected each recommendation id once per report',
    ]);
  });
});

describe('contact and ward rules', () => {
  const wards = { file: 'content/data/lookup.csv', localAuthority: 'E06000054', wards: new Map([['E05008345', 'Chippenham Cepen Park and Derriads']]) };
  const runWith = (s: ContentSnapshot) => checkContent(s, { asOf: '2026-11-23', wards }).map(formatProblem);

  test('a phone number that is not a real UK number is refused', () => {
    expect(run(snapshot([], { contact: { ...validContact(), phone: '0300 456 010', textphone: '18001 101' } }))).toEqual([
      'content/contacts/council-asb-team.mdx: phone: found "0300 456 010", expected a valid UK phone number such as "0300 456 0100"',
    ]);
  });

  test('a ward of the council, named as the lookup names it, passes', () => {
    const area = { ...validArea(), wards: [{ code: 'E05008345', name: 'Chippenham Cepen Park and Derriads' }] };
    expect(runWith(snapshot([], { area }))).toEqual([]);
  });

  test('a ward outside the council, a misnamed ward and a ward in two areas are refused', () => {
    const area = {
      ...validArea(),
      wards: [
        { code: 'E05008970', name: 'Shaw' },
        { code: 'E05008345', name: 'Cepen Park' },
      ],
    };
    const second = entry('areas', 'second', { ...validArea(), wards: [{ code: 'E05008345', name: 'Chippenham Cepen Park and Derriads' }] }, 'yaml');
    expect(runWith(snapshot([second], { area }))).toEqual([
      'content/areas/chippenham.yaml: wards[0].code: found "E05008970", expected a ward of local authority E06000054 in content/data/lookup.csv',
      'content/areas/chippenham.yaml: wards[1].name: found "Cepen Park", expected "Chippenham Cepen Park and Derriads" (the name content/data/lookup.csv gives E05008345)',
      'content/areas/second.yaml: wards[0].code: found "E05008345", which content/areas/chippenham.yaml already places in its area; expected each ward in one area only',
    ]);
  });
});

describe('meeting rules', () => {
  const meeting = (over: Record<string, unknown> = {}) =>
    entry('meetings', 'noise-meeting', {
      title: 'Noise meeting', area: 'chippenham', problem: 'noisy-neighbours', date: '2026-12-10', start: '18:30', end: '20:00',
      venue: { name: 'Hall', address: '1 High St', accessibility: 'Step-free' }, status: 'planned', reviewed: '2026-11-23',
      agenda: [
        { subject: 'Welcome', who: 'Chair', decision: null, minutes: 10 },
        { subject: 'Figures', who: 'Police', decision: null, minutes: 40 },
        { subject: 'Actions', who: 'Chair', decision: 'Agree actions', minutes: 40 },
      ],
      ...over,
    });

  test('an agenda that fits exactly is fine', () => {
    expect(run(snapshot([meeting()]))).toEqual([]);
  });

  test('an agenda that runs past the end names the item', () => {
    expect(run(snapshot([meeting({ end: '19:45' })]))).toEqual([
      'content/meetings/noise-meeting.mdx: agenda[2].minutes: item 3 "Actions" runs from 19:20 to 20:00, past the meeting\'s end at 19:45; expected the agenda to finish by then',
    ]);
  });

  test('a meeting that ends before it starts is refused', () => {
    expect(run(snapshot([meeting({ end: '18:00' })]))).toEqual([
      'content/meetings/noise-meeting.mdx: end: found 18:00, expected a time after the start (18:30)',
    ]);
  });
});
