import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/integrity.ts';
import { layerWarnings } from '../../src/lib/layers.ts';
import type { CheckOptions, ContentSnapshot, RawEntry } from '../../src/lib/snapshot.ts';
import { formatProblem, sortProblems } from '../../src/lib/problems.ts';
import { inWords } from '../../src/node/problem-words.ts';
import { validArea, validContact, validPower, validProblem, validReport, validRoles } from './factories.ts';

const site = {
  council: 'Example Council',
  place: 'Example',
  name: 'Toolkit',
  description: 'A toolkit.',
  url: 'https://example.org/',
  localAuthorityCode: 'E06000054',
  policeForces: ['Wiltshire Police'],
  nation: 'england',
  contentLicence: { name: 'OGL', url: 'https://example.org/ogl' },
  sourceUrl: 'https://example.org/src',
  corrections: { email: 'a@example.org', team: 'Team' },
  accessibility: {
    lastTested: '2026-11-01',
    testedBy: 'us',
    statementPrepared: '2026-11-01',
    statementReviewed: '2026-11-01',
  },
};
const partnership = {
  title: 'CSP',
  summary: 'The partnership.',
  members: [{ contact: 'council-asb-team', role: 'responsible-authority' }],
  plan: { title: 'Plan', from: '2025-04-01', to: '2028-03-31' },
  meetingCycle: 'Quarterly',
  committee: { name: 'Scrutiny' },
  reviewed: '2026-11-01',
  sources: [{ title: 'CDA s5', url: 'https://www.legislation.gov.uk/ukpga/1998/37/section/5' }],
};

const national = new Set(['powers', 'problems', 'legislation']);
const entry = (collection: RawEntry['collection'], id: string, data: unknown, ext = 'mdx'): RawEntry => ({
  collection,
  layer: national.has(collection) ? 'national' : 'council',
  id,
  data,
  file: `content/${national.has(collection) ? 'national' : 'councils/example'}/${collection}/${id}.${ext}`,
});
const services = {
  police: { name: 'Police', description: 'The police.' },
  'council-asb': { name: 'Council ASB team', description: 'Persistent nuisance.' },
};

const commonComplaints = {
  basis: 'Survey order.',
  sources: [{ title: 'A survey', url: 'https://www.ons.gov.uk/' }],
  problems: ['noisy-neighbours'],
};

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
    overlays: [],
    site: { file: 'content/councils/example/site.yaml', data: replace.site ?? site },
    partnership: { file: 'content/councils/example/partnership.yaml', data: partnership },
    councilServices: { file: 'content/councils/example/services.yaml', data: { 'council-asb': ['council-asb-team'] } },
    roles: { file: 'content/councils/example/roles.yaml', data: 'roles' in replace ? replace.roles : validRoles() },
    nationalServices: { file: 'content/national/services.yaml', data: services },
    nationalChangelog: {
      file: 'content/national/changelog.yaml',
      data: [
        {
          date: '2026-11-01',
          kind: 'correction',
          summary: 'A fix.',
          why: 'It was wrong.',
          entries: ['powers/community-protection-notice'],
        },
      ],
    },
    commonComplaints: {
      file: 'content/national/common-complaints.yaml',
      data: replace.commonComplaints ?? commonComplaints,
    },
    contentDir: 'content',
    council: 'example',
  };
}

/** The problems as `npm run check` prints them: put into words, then sorted. */
const run = (s: ContentSnapshot, options: Omit<CheckOptions, 'asOf'> = {}) =>
  sortProblems(checkContent(s, { asOf: '2026-11-23', ...options }).map((p) => inWords(p, s))).map(formatProblem);

describe('checkContent', () => {
  test('a consistent content tree has no problems', () => {
    expect(run(snapshot())).toEqual([]);
  });

  test('the commonest complaints name problems that exist, each once', () => {
    expect(
      run(
        snapshot([], {
          commonComplaints: {
            ...commonComplaints,
            problems: ['noisy-neighbours', 'noisy-neighbors', 'noisy-neighbours'],
          },
        }),
      ),
    ).toEqual([
      'content/national/common-complaints.yaml: problems[1]: found "noisy-neighbors", expected the id of an entry in content/national/problems/ (did you mean "noisy-neighbours"?)',
      'content/national/common-complaints.yaml: problems[2]: found "noisy-neighbours" a second time; expected each problem once',
    ]);
  });

  test('a dangling reference names the file, the field and a likely fix', () => {
    expect(run(snapshot([], { problem: { ...validProblem(), lead: 'council-asb-tem' } }))).toEqual([
      'content/national/problems/noisy-neighbours.mdx: lead: found "council-asb-tem", expected a service in content/national/services.yaml (did you mean "council-asb"?)',
    ]);
  });

  test('a duplicate id is reported against the second file', () => {
    const duplicate = {
      ...entry('powers', 'community-protection-notice', validPower()),
      file: 'content/national/powers/community-protection-notice.md',
    };
    expect(run(snapshot([duplicate]))).toEqual([
      'content/national/powers/community-protection-notice.mdx: id: found id "community-protection-notice", which content/national/powers/community-protection-notice.md already uses; expected each entry to have its own file name',
    ]);
  });

  test('an unknown field suggests the field that was meant', () => {
    const { reviewed, ...rest } = validContact();
    expect(run(snapshot([], { contact: { ...rest, reviwed: reviewed } }))).toEqual([
      'content/councils/example/contacts/council-asb-team.mdx: reviewed: missing: expected a date written as YYYY-MM-DD',
      'content/councils/example/contacts/council-asb-team.mdx: reviwed: unknown field "reviwed"; did you mean "reviewed"?',
    ]);
  });

  test('a missing required field is named', () => {
    const { legalTest: _unused, ...rest } = validPower();
    expect(run(snapshot([], { power: rest }))).toEqual([
      'content/national/powers/community-protection-notice.mdx: legalTest: missing: expected string',
    ]);
  });

  test('a bad date shows what was found', () => {
    expect(run(snapshot([], { area: { ...validArea(), reviewed: '2026-02-30' } }))).toEqual([
      'content/councils/example/areas/chippenham.yaml: reviewed: found "2026-02-30", expected a real date written as YYYY-MM-DD',
    ]);
  });

  test('text with an unquoted ": " is explained, since YAML reads it as a field', () => {
    expect(run(snapshot([], { problem: { ...validProblem(), questions: [{ 'Ask this': 'then that' }] } }))).toEqual([
      'content/national/problems/noisy-neighbours.mdx: questions[0]: found "Ask this: then that" read as a field and its value, expected text; put the text in quotes because it contains ": "',
    ]);
  });

  test('a value outside a list shows the allowed values', () => {
    const [line] = run(snapshot([], { problem: { ...validProblem(), group: 'nois' } }));
    expect(line).toMatch(
      /^content\/national\/problems\/noisy-neighbours\.mdx: group: found "nois", expected one of: "noise", /,
    );
  });

  test('an exempt report without its Schedule 12A paragraph is refused', () => {
    expect(run(snapshot([], { report: { ...validReport(), status: 'exempt' } }))).toEqual([
      'content/councils/example/reports/task-group.mdx: exemptParagraph: missing: an exempt report needs the Schedule 12A paragraph that exempts it (1 to 7)',
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
    expect(problems.map((p) => p.split(':')[0])).toEqual([
      'content/councils/example/areas/chippenham.yaml',
      'content/councils/example/reports/task-group.mdx',
      'content/national/problems/noisy-neighbours.mdx',
    ]);
  });

  test('references are still checked in an entry that fails its schema', () => {
    const problems = run(snapshot([], { problem: { ...validProblem(), lead: 'nobody', group: 'bad' } }));
    expect(problems.some((p) => p.includes('lead: found "nobody"'))).toBe(true);
    expect(problems.some((p) => p.includes('group: found "bad"'))).toBe(true);
  });

  test('a review date in the future is refused', () => {
    expect(run(snapshot([], { contact: { ...validContact(), reviewed: '2026-11-24' } }))).toEqual([
      'content/councils/example/contacts/council-asb-team.mdx: reviewed: found 2026-11-24, expected a date on or before today (2026-11-23)',
    ]);
  });

  test('a public entry may not link to a draft report', () => {
    const draft = entry('reports', 'draft-report', { ...validReport(), status: 'draft' });
    const briefing = entry('briefings', 'news', {
      title: 'News',
      date: '2026-11-01',
      kind: 'general',
      summary: 'News.',
      about: { reports: ['draft-report'] },
      reviewed: '2026-11-01',
    });
    expect(run(snapshot([draft, briefing]))).toEqual([
      'content/councils/example/briefings/news.mdx: about.reports[0]: found "draft-report", a draft or exempt report; expected a published or withdrawn report (a draft or exempt report must not be linked from a public page)',
    ]);
  });

  test('a missing site.yaml is reported', () => {
    const s = snapshot();
    s.site = { file: 'content/councils/example/site.yaml', data: undefined };
    expect(run(s)).toEqual(['content/councils/example/site.yaml: missing: this file is required']);
  });

  test('report rules: real order is never refused; repeated ids and clashing addresses are, counted from 1', () => {
    const report = validReport();
    const rec = report.recommendations[0]!;
    const broken = {
      ...report,
      // A decision before the record was published and a due date before the response are real: no problem.
      recommendations: [
        { ...rec, id: 'a', due: '2025-06-15', updates: [{ date: '2025-05-01', text: 'Early.', status: 'ongoing' }] },
        { ...rec, id: 'a' },
        { ...rec, id: 'a)' },
      ],
    };
    expect(run(snapshot([], { report: broken }))).toEqual([
      'content/councils/example/reports/task-group.mdx: recommendation 2 ("a"), id: found "a" again (recommendation 1 ("a") has it); expected each recommendation id once per report',
      'content/councils/example/reports/task-group.mdx: recommendation 3 ("a)"), id: found "a)", whose page address #recommendation-a is the same as recommendation 1 ("a")\'s; expected ids that differ in their letters or digits',
    ]);
  });
});

describe('contact and ward rules', () => {
  const wards = {
    file: 'content/councils/example/data/lookup.csv',
    localAuthority: 'E06000054',
    wards: new Map([['E05008345', 'Chippenham Cepen Park and Derriads']]),
  };
  const runWith = (s: ContentSnapshot) => run(s, { wards });

  test('a phone number that is not a real UK number is refused', () => {
    expect(
      run(snapshot([], { contact: { ...validContact(), phone: '0300 456 010', textphone: '18001 101' } })),
    ).toEqual([
      'content/councils/example/contacts/council-asb-team.mdx: phone: found "0300 456 010", expected a valid UK phone number such as "0300 456 0100"',
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
    const second = entry(
      'areas',
      'second',
      { ...validArea(), wards: [{ code: 'E05008345', name: 'Chippenham Cepen Park and Derriads' }] },
      'yaml',
    );
    expect(runWith(snapshot([second], { area }))).toEqual([
      'content/councils/example/areas/chippenham.yaml: wards[0].code: found "E05008970", expected a ward of local authority E06000054 in content/councils/example/data/lookup.csv',
      'content/councils/example/areas/chippenham.yaml: wards[1].name: found "Cepen Park", expected "Chippenham Cepen Park and Derriads" (the name content/councils/example/data/lookup.csv gives E05008345)',
      'content/councils/example/areas/second.yaml: wards[0].code: found "E05008345", which content/councils/example/areas/chippenham.yaml already places in its area; expected each ward in one area only',
    ]);
  });
});

describe('meeting rules', () => {
  const meeting = (over: Record<string, unknown> = {}) =>
    entry('meetings', 'noise-meeting', {
      title: 'Noise meeting',
      area: 'chippenham',
      problem: 'noisy-neighbours',
      date: '2026-12-10',
      start: '18:30',
      end: '20:00',
      venue: { name: 'Hall', address: '1 High St', accessibility: 'Step-free' },
      status: 'planned',
      reviewed: '2026-11-23',
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
      'content/councils/example/meetings/noise-meeting.mdx: agenda[2].minutes: item 3 "Actions" runs from 19:20 to 20:00, past the meeting\'s end at 19:45; expected the agenda to finish by then',
    ]);
  });

  test('a meeting that ends before it starts is refused', () => {
    expect(run(snapshot([meeting({ end: '18:00' })]))).toEqual([
      'content/councils/example/meetings/noise-meeting.mdx: end: found 18:00, expected a time after the start (18:30)',
    ]);
  });
});

describe('the two layers', () => {
  const overlay = (target: 'powers' | 'problems', id: string, data: unknown) => ({
    target,
    id,
    file: `content/councils/example/overlays/${target}/${id}.mdx`,
    data,
  });
  const note = { summary: 'Local policy.', leads: ['council-asb-team'], reviewed: '2026-11-10' };

  test('an overlay on a national entry that exists passes', () => {
    expect(run({ ...snapshot(), overlays: [overlay('powers', 'community-protection-notice', note)] })).toEqual([]);
  });

  test('an overlay on a missing national entry names both files', () => {
    expect(run({ ...snapshot(), overlays: [overlay('powers', 'community-protection-notise', note)] })).toEqual([
      'content/councils/example/overlays/powers/community-protection-notise.mdx: file name: adds to content/national/powers/community-protection-notise.mdx, which does not exist; expected the id of a national entry in content/national/powers/ (did you mean "community-protection-notice"?)',
    ]);
  });

  test("an overlay's lead must be a contact, and its fields are checked", () => {
    expect(
      run({
        ...snapshot(),
        overlays: [overlay('problems', 'noisy-neighbours', { ...note, leads: ['council-asb-teem'], sumary: 'x' })],
      }),
    ).toEqual([
      'content/councils/example/overlays/problems/noisy-neighbours.mdx: sumary: unknown field "sumary"; did you mean "summary"?',
    ]);
    expect(
      run({
        ...snapshot(),
        overlays: [overlay('problems', 'noisy-neighbours', { ...note, leads: ['council-asb-teem'] })],
      }),
    ).toEqual([
      'content/councils/example/overlays/problems/noisy-neighbours.mdx: leads[0]: found "council-asb-teem", expected the id of an entry in content/national/contacts/ or content/councils/example/contacts/ (did you mean "council-asb-team"?)',
    ]);
  });

  test("a council's services must be national services, provided by its contacts", () => {
    const s = snapshot();
    s.councilServices = {
      file: 'content/councils/example/services.yaml',
      data: { 'council-asbb': ['council-asb-team'], police: ['police-101'] },
    };
    expect(run(s)).toEqual([
      'content/councils/example/services.yaml: council-asbb: found "council-asbb", expected a service in content/national/services.yaml (did you mean "council-asb"?)',
      'content/councils/example/services.yaml: police[0]: found "police-101", expected the id of an entry in content/national/contacts/ or content/councils/example/contacts/',
    ]);
  });

  test('a national changelog entry must name a national entry that exists', () => {
    const s = snapshot();
    s.nationalChangelog = {
      file: 'content/national/changelog.yaml',
      data: [
        { date: '2026-11-01', kind: 'addition', summary: 'New.', why: 'Asked for.', entries: ['powers/closure-order'] },
      ],
    };
    expect(run(s)).toEqual([
      'content/national/changelog.yaml: [0].entries[0]: found "powers/closure-order", expected an entry of content/national/powers/',
    ]);
  });
});

describe('layer warnings', () => {
  const warn = (s: ContentSnapshot) => layerWarnings(s).map((p) => formatProblem(inWords(p, s)));

  test('a service named by national content that the council does not provide is a warning', () => {
    const s = snapshot([], { problem: { ...validProblem(), lead: 'police' } });
    expect(warn(s)).toEqual([
      'content/councils/example/services.yaml: police: no contact provides "Police", which 1 national entry names as a lead (such as content/national/problems/noisy-neighbours.mdx); their pages show no local contact for it until you add the ids of the contacts that provide it',
    ]);
  });

  test('an overlay checked before a later national change is a warning; after it, none', () => {
    const older = {
      target: 'powers' as const,
      id: 'community-protection-notice',
      file: 'content/councils/example/overlays/powers/community-protection-notice.mdx',
      data: { reviewed: '2026-10-01' },
    };
    expect(warn({ ...snapshot(), overlays: [older] })).toEqual([
      'content/councils/example/overlays/powers/community-protection-notice.mdx: reviewed: the national entry changed on 2026-11-01 (A fix.), after this note was checked (2026-10-01); check the note still fits, then set checkedAgainst: 2026-11-01',
    ]);
    expect(
      warn({ ...snapshot(), overlays: [{ ...older, data: { reviewed: '2026-10-01', checkedAgainst: '2026-11-01' } }] }),
    ).toEqual([]);
  });
});

describe('report files written before the model changed', () => {
  test('renamed fields and values are named with their new words', () => {
    const report = validReport();
    const { leadOfficer: _unused, ...rec } = report.recommendations[0]!;
    const old = {
      ...report,
      recommendations: [
        {
          ...rec,
          owner: 'Head of Community Safety',
          updates: [{ date: '2025-10-01', text: 'Done.', state: 'implemented' }],
        },
      ],
    };
    expect(run(snapshot([], { report: old }))).toEqual([
      'content/councils/example/reports/task-group.mdx: recommendation 1 ("a"), owner: unknown field "owner"; it is now "leadOfficer"',
      'content/councils/example/reports/task-group.mdx: recommendation 1 ("a"), update 1, state: unknown field "state"; it is now "status"',
      'content/councils/example/reports/task-group.mdx: recommendation 1 ("a"), update 1, status: missing: expected one of: "not-started", "ongoing", "paused", "complete"',
    ]);
  });

  test('a role id that names an existing role by its title or alias is pointed at it', () => {
    const report = validReport();
    const broken = {
      ...report,
      recommendations: [
        { ...report.recommendations[0]!, leadOfficer: 'hocs' },
        { ...report.recommendations[0]!, id: 'b', leadOfficer: 'the-community-safety-partnership' },
      ],
    };
    expect(run(snapshot([], { report: broken }))).toEqual([
      'content/councils/example/reports/task-group.mdx: recommendation 1 ("a"), leadOfficer: found "hocs", expected a role in content/councils/example/roles.yaml (did you mean "head-of-community-safety"?)',
      'content/councils/example/reports/task-group.mdx: recommendation 2 ("b"), leadOfficer: found "the-community-safety-partnership", expected a role in content/councils/example/roles.yaml (did you mean "community-safety-partnership"?)',
    ]);
  });

  test('without roles.yaml, a role reference says the file is needed', () => {
    expect(run(snapshot([], { roles: undefined }))).toEqual([
      'content/councils/example/reports/task-group.mdx: recommendation 1 ("a"), leadOfficer: found "head-of-community-safety", expected a role in content/councils/example/roles.yaml, which does not exist yet: add it with this role',
    ]);
  });
});

describe('a recommendation due before its report', () => {
  const withDue = (dates: Record<string, string>, due: string) => {
    const report = validReport();
    return snapshot([], { report: { ...report, dates, recommendations: [{ ...report.recommendations[0]!, due }] } });
  };
  test.each([
    ['a day before the publication day', { published: '2025-06-01' }, '2025-05-31', true],
    ['the publication day itself', { published: '2025-06-01' }, '2025-06-01', false],
    ['a day in the month of a report dated by month', { committee: '2022-09' }, '2022-09-01', false],
    ['the month before a report dated by month', { committee: '2022-09' }, '2022-08', true],
    ['the year of a report dated by day', { published: '2022-09-14' }, '2022', false],
    [
      'before the committee, after publication was known',
      { committee: '2022-09-14', published: '2022-10' },
      '2022-09-20',
      false,
    ],
    [
      'before the earlier of committee and publication',
      { committee: '2022-09-14', published: '2022-10' },
      '2022-09-13',
      true,
    ],
  ])('%s', (_name, dates, due, refused) => {
    const problems = run(withDue(dates, due)).filter((line) => line.includes(', due:'));
    expect(problems).toHaveLength(refused ? 1 : 0);
    if (refused)
      expect(problems[0]).toMatch(
        /^content\/councils\/example\/reports\/task-group\.mdx: recommendation 1 \("a"\), due: found [0-9-]+, before the report itself \(/,
      );
  });
});

test('whitespace-only required text is refused like empty text', () => {
  expect(run(snapshot([], { report: { ...validReport(), title: '   ' } }))).toEqual([
    'content/councils/example/reports/task-group.mdx: title: found an empty value, expected text; this field is needed, so write it',
  ]);
});

test('an entry that cannot be read still counts as existing: no dangling references to it', () => {
  const s = snapshot();
  const unreadable = s.entries.find((e) => e.id === 'noisy-neighbours')!;
  expect(
    run({ ...s, entries: s.entries.filter((e) => e !== unreadable), unreadable: [{ ...unreadable, data: undefined }] }),
  ).toEqual([]);
});
