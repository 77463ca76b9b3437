/**
 * Meeting packs and notices in real builds: figures say how old they are, no template text is
 * printed, the agenda fills its time or says how much is spare, every planned meeting has a notice
 * with a text version, and the clerk's example from npm run new:meeting reads as a finished pack.
 */
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { astroBuild, contentCheck } from '../helpers/astro-build.ts';
import { exampleCouncilDir, exampleDist, outputRoot, projectRoot, testAsOf } from '../helpers/paths.ts';
import { fixturesRoot, makeTree, warningLines } from '../helpers/trees.ts';

const mainOf = (html: string) => /<main[\s\S]*<\/main>/.exec(html)?.[0] ?? '';
/** The visible words of some HTML, with tags and repeated white space gone. */
const words = (html: string) =>
  html
    .replace(/<svg[\s\S]*?<\/svg>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .replace(/ ([.,;:])/g, '$1');
const frontMatter = (file: string) =>
  yaml.load(/^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))![1]!, { schema: yaml.CORE_SCHEMA }) as Record<
    string,
    unknown
  >;
const meetings = readdirSync(path.join(exampleCouncilDir, 'meetings')).map((f) => ({
  id: path.basename(f, '.mdx'),
  data: frontMatter(path.join(exampleCouncilDir, 'meetings', f)),
}));
const pack = (dist: string, id: string) => mainOf(readFileSync(path.join(dist, 'meetings', id, 'index.html'), 'utf8'));

/** Template words that must never reach a pack or a notice. */
const placeholders = [
  /to be confirmed/i,
  /\bTBC\b/,
  /\bTBA\b/,
  />\s*Lead officer\s*</i,
  /chair of the area board/i,
  /cllr name/i,
];

describe('the example packs', () => {
  test.each(meetings.map((m) => [m.id]))('%s prints no template text', (id) => {
    const html = pack(exampleDist, id);
    for (const pattern of placeholders) expect(html).not.toMatch(pattern);
  });

  test.each(meetings.map((m) => [m.id, m.data] as const))(
    '%s: the agenda fills its time or states the spare minutes',
    (id, data) => {
      const main = words(pack(exampleDist, id));
      const minutes = (data.agenda as { minutes: number }[]).reduce((sum, item) => sum + item.minutes, 0);
      const clock = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));
      const spare = clock(data.end as string) - clock(data.start as string) - minutes;
      expect(spare).toBeGreaterThanOrEqual(0);
      if (spare === 0) expect(main).toContain(`The items fill the time from ${data.start} to ${data.end}.`);
      else expect(main).toContain(`${spare} minutes are spare before the planned end at ${data.end}`);
    },
  );

  test("figures that end years before the meeting say so beside the chart, in the issue's words", () => {
    const main = words(pack(exampleDist, 'devizes-nitrous-oxide-2027-03'));
    expect(main).toContain(
      'These figures end in February 2019, eight years before this meeting; import newer months with npm run import:police.',
    );
    // Beside the chart: after the period, before the table of figures.
    expect(main.indexOf('eight years before this meeting')).toBeGreaterThan(
      main.indexOf('Period: October 2018 to February 2019'),
    );
    expect(main.indexOf('eight years before this meeting')).toBeLessThan(
      main.indexOf('Anti-social behaviour and crimes by month, Devizes'),
    );
  });

  test('the figures say what police.uk cannot show for nitrous oxide', () => {
    expect(words(pack(exampleDist, 'devizes-nitrous-oxide-2027-03'))).toContain(
      'Police.uk has no category for nitrous oxide.',
    );
  });

  test('area pages and the figures page say how old their figures are, against the build day', () => {
    const sentence = `These figures end in February 2019, more than seven years before this page was built on 1 December 2026; import newer months with npm run import:police.`;
    expect(testAsOf).toBe('2026-12-01');
    expect(words(mainOf(readFileSync(path.join(exampleDist, 'areas/devizes/index.html'), 'utf8')))).toContain(sentence);
    expect(words(mainOf(readFileSync(path.join(exampleDist, 'figures/index.html'), 'utf8')))).toContain(sentence);
  });

  test('the Devizes pack names people by role and invites the right partners, each with why', () => {
    const main = words(pack(exampleDist, 'devizes-nitrous-oxide-2027-03'));
    for (const who of [
      'Chair, Devizes Area Board',
      'The neighbourhood policing team for Devizes, Wiltshire Police',
      'Anti-social behaviour and community safety team, Wiltshire Council',
    ])
      expect(main).toContain(who);
    for (const invitee of [
      'Drug and alcohol services (IMPACT for adults, Motiv8 for young people), Turning Point and DHI',
      'Licensing (public protection), Wiltshire Council',
      'Trading standards (public protection), Wiltshire Council',
      'The councillors for the wards in Devizes',
    ])
      expect(main).toContain(invitee);
    expect(main).toContain('Partners report back to Devizes Area Board on 10 September 2027.');
    expect(main).toContain('Needham House, Victoria Road, Devizes, SN10 1FA');
    // Phone lines are routes to a team, never invitees in their own right.
    const invitees = /<table class="invitees[\s\S]*?<\/table>/.exec(
      pack(exampleDist, 'devizes-nitrous-oxide-2027-03'),
    )![0];
    const whos = [...invitees.matchAll(/<th scope="row"[^>]*>([^<]+)/g)].map((m) => m[1]!.trim());
    expect(whos.length).toBeGreaterThan(5);
    for (const line of [
      'Wiltshire Police (non-emergency, 101)',
      'Wiltshire Council (main number)',
      'Emergency services (999)',
    ])
      expect(whos).not.toContain(line);
  });
});

describe('public notices', () => {
  const planned = meetings.filter((m) => m.data.status === 'planned');

  test('every planned meeting has a notice and a plain-text version; others have none', () => {
    expect(planned.length).toBeGreaterThan(0);
    for (const m of meetings) {
      const exists = existsSync(path.join(exampleDist, 'meetings', m.id, 'notice/index.html'));
      expect(exists, m.id).toBe(m.data.status === 'planned');
      expect(existsSync(path.join(exampleDist, 'meetings', m.id, 'notice.txt')), m.id).toBe(
        m.data.status === 'planned',
      );
    }
  });

  test.each(planned.map((m) => [m.id, m.data] as const))(
    '%s: the notice says what, when, where, how to ask, with a QR code and no template text',
    (id, data) => {
      const html = mainOf(readFileSync(path.join(exampleDist, 'meetings', id, 'notice/index.html'), 'utf8'));
      const venue = data.venue as { name: string; address: string };
      expect(words(html)).toContain(`${venue.name}, ${venue.address}`);
      expect(html).toMatch(/<svg [^>]*role="img" aria-label="QR code: scan it to open the meeting page"/);
      expect(html).toContain('committee@wiltshire.gov.uk');
      for (const pattern of placeholders) expect(html).not.toMatch(pattern);
      const text = readFileSync(path.join(exampleDist, 'meetings', id, 'notice.txt'), 'utf8');
      expect(text).toContain(`More about the meeting: https://community-safety.example.org/meetings/${id}/`);
      expect(text).not.toMatch(/<[a-z]/); // plain text, no markup
    },
  );

  test('the Devizes notice in full, as residents read it', () => {
    expect(readFileSync(path.join(exampleDist, 'meetings/devizes-nitrous-oxide-2027-03/notice.txt'), 'utf8')).toBe(
      [
        'Public meeting: Laughing gas canisters and people using nitrous oxide',
        '',
        'Devizes Area Board is holding a public meeting on one local problem: groups inhale laughing gas in cars or parks and leave silver canisters and balloons behind. Come and tell councillors, the police and other partners what you see, and hear what they can do about it.',
        '',
        'When: Wednesday 10 March 2027, 6:30pm to 8pm',
        'Where: Needham House, Victoria Road, Devizes, SN10 1FA',
        'Access: It is not confirmed whether the venue has step-free access, a hearing loop, an accessible toilet or parking.',
        'Help to take part: Tell Wiltshire Council Democratic Services before the meeting if you need step-free access, a hearing loop, or papers in large print or another format.',
        '',
        'You do not need to book. If you cannot come, or would like a question answered at the meeting, send it by Wednesday 3 March 2027 to Wiltshire Council Democratic Services, saying it is for Devizes Area Board: email committee@wiltshire.gov.uk.',
        '',
        'More about the meeting: https://community-safety.example.org/meetings/devizes-nitrous-oxide-2027-03/',
        '',
      ].join('\n'),
    );
  });
});

describe("the venue's access on the notice and in the pack", () => {
  // Trowbridge meets at County Hall, the area's usual venue, whose facts come from a published
  // page; Needham House in Devizes has none, so everything there is "not confirmed".
  const trowbridge = 'trowbridge-street-drinking-2026-12';
  const devizes = 'devizes-nitrous-oxide-2027-03';
  const noticeOf = (id: string) =>
    words(mainOf(readFileSync(path.join(exampleDist, 'meetings', id, 'notice/index.html'), 'utf8')));
  const textOf = (id: string) => readFileSync(path.join(exampleDist, 'meetings', id, 'notice.txt'), 'utf8');
  const trowbridgeAccess =
    'The venue has an accessible toilet. It is not confirmed whether it has step-free access, a hearing loop or parking. It is a Changing Places toilet, on the ground floor.';
  const trowbridgeOrigin = 'These access details come from https://www.closomat.co.uk/trowbridge/.';
  const notConfirmed =
    'It is not confirmed whether the venue has step-free access, a hearing loop, an accessible toilet or parking.';
  const help =
    'Tell Wiltshire Council Democratic Services before the meeting if you need step-free access, a hearing loop, a seat near the front, or papers in large print or another format.';

  test('a venue with facts: the notice, its text and the pack state them, then the request route; the pack says where they come from', () => {
    expect(noticeOf(trowbridge)).toContain(`Access ${trowbridgeAccess} Help to take part ${help}`);
    expect(textOf(trowbridge)).toContain(`Access: ${trowbridgeAccess}\nHelp to take part: ${help}\n`);
    expect(words(pack(exampleDist, trowbridge))).toContain(
      `Access ${trowbridgeAccess} ${trowbridgeOrigin} Help to take part ${help}`,
    );
  });

  test('a venue with no facts: everything is "not confirmed", never guessed', () => {
    expect(noticeOf(devizes)).toContain(`Access ${notConfirmed} Help to take part`);
    expect(textOf(devizes)).toContain(`Access: ${notConfirmed}\n`);
    expect(words(pack(exampleDist, devizes))).toContain(`Access ${notConfirmed} Help to take part`);
    expect(noticeOf(devizes)).not.toMatch(/The venue has /);
  });
});

describe('a fixture tree with fresh figures, a meeting whose date has passed and one still being arranged', () => {
  // fixture-placeholder-meeting (17 December 2026) still has the template's venue and "Lead officer".
  const tree = makeTree('fresh-figures', ['meeting-placeholders'], 'warnings');
  const dist = path.join(outputRoot, 'fresh-figures-dist');
  // The fixture meeting is on 10 December 2026; figures that end in October 2026 are fresh for it.
  const stale = readFileSync(
    path.join(fixturesRoot, 'bad/police-data-stale/councils/wiltshire/data/police-uk.json'),
    'utf8',
  );
  writeFileSync(
    path.join(tree, 'councils/wiltshire/data/police-uk.json'),
    stale.replaceAll('"melksham"', '"chippenham"').replaceAll('2018-10', '2026-10'),
  );
  // A copy of it dated before the test's "today", still marked planned.
  const meeting = readFileSync(path.join(tree, 'councils/wiltshire/meetings/fixture-meeting.mdx'), 'utf8');
  writeFileSync(
    path.join(tree, 'councils/wiltshire/meetings/fixture-past-meeting.mdx'),
    meeting
      .replace('date: 2026-12-10', 'date: 2026-11-05')
      .replace('title: Fixture single-topic meeting on noise', 'title: Fixture meeting in the past'),
  );
  let built: Promise<void> | undefined;
  const build = () =>
    (built ??= astroBuild(tree, dist).then((result) => {
      expect(result.code, result.output).toBe(0);
    }));

  test('a pack with fresh figures states the last month and carries no warning', async () => {
    await build();
    const main = words(pack(dist, 'fixture-meeting'));
    expect(main).toContain('These figures end in October 2026.');
    expect(main).not.toContain('import newer months');
  });

  test('a planned meeting whose date has passed asks whether it was held, and leaves planned.ics', async () => {
    await build();
    expect(words(pack(dist, 'fixture-past-meeting'))).toContain('Date passed: was it held?');
    expect(words(pack(dist, 'fixture-meeting'))).not.toContain('Date passed');
    const feed = readFileSync(path.join(dist, 'meetings/planned.ics'), 'utf8');
    expect(feed).toContain('UID:meeting-fixture-meeting@');
    expect(feed).not.toContain('fixture-past-meeting');
  });

  test('a pack still being arranged prints "Not confirmed yet" and "Not named yet", never the template\'s words', async () => {
    await build();
    const html = pack(dist, 'fixture-placeholder-meeting');
    const main = words(html);
    expect(main).toContain('Venue Not confirmed yet');
    expect(main).toContain('Help to take part Not confirmed yet');
    expect(main).toContain('Not named yet');
    for (const pattern of placeholders) expect(html).not.toMatch(pattern);
  });

  test('its notice says the venue is not booked yet and its access not confirmed, with no template words', async () => {
    await build();
    const html = mainOf(
      readFileSync(path.join(dist, 'meetings/fixture-placeholder-meeting/notice/index.html'), 'utf8'),
    );
    expect(words(html)).toContain(
      'Where The venue will be on the meeting page once it is booked. Access It is not confirmed whether the venue has step-free access, a hearing loop, an accessible toilet or parking.',
    );
    const text = readFileSync(path.join(dist, 'meetings/fixture-placeholder-meeting/notice.txt'), 'utf8');
    expect(text).toContain(
      'Where: the venue will be on the meeting page once it is booked\nAccess: It is not confirmed whether the venue has step-free access, a hearing loop, an accessible toilet or parking.\n\n',
    );
    for (const pattern of placeholders) {
      expect(html).not.toMatch(pattern);
      expect(text).not.toMatch(pattern);
    }
  });

  test('npm run check warns about each placeholder, in these exact lines, and still passes', async () => {
    const result = await contentCheck(tree, [], { CST_AS_OF: testAsOf });
    expect(result.code, result.output).toBe(0);
    const file = `${path.relative(projectRoot, tree).split(path.sep).join('/')}/councils/wiltshire/meetings/fixture-placeholder-meeting.mdx`;
    const then = 'and the meeting is on 2026-12-17; replace it before the pack and the notice go out';
    expect(warningLines(result.output).filter((line) => line.includes('fixture-placeholder-meeting'))).toEqual([
      `${file}: agenda[1].who: still says "Lead officer" ${then}`,
      `${file}: venue.accessibility: still says "To be confirmed" ${then}`,
      `${file}: venue.address: still says "To be confirmed" ${then}`,
      `${file}: venue.name: still says "To be confirmed" ${then}`,
    ]);
    // The fixture meeting on 10 December has its venue's access facts, so no warning about them.
    expect(warningLines(result.output).filter((line) => line.includes('fixture-meeting.mdx: venue.access'))).toEqual(
      [],
    );
  });
});
