/**
 * The content manager at /admin/, used as an officer would: the real Decap CMS in Chromium, saving
 * through its real local proxy (decap-server) to real files on disk, which the test then reads.
 * Runs `npm run edit` on a copy of the example content (tests/.output/cms-edit).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { astroBuild, contentCheck } from '../helpers/astro-build.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { copyContent, startEditServer, type EditServer } from '../helpers/edit-server.ts';
import { outputRoot } from '../helpers/paths.ts';

let server: EditServer;
let browser: Browser;
let page: Page;
const requests: string[] = [];
/** Requests to the CMS's backend (the local proxy) not yet answered. */
const inFlight = new Set<unknown>();
const refused: string[] = [];

const councilDir = () => path.join(server.contentDir, 'councils/wiltshire');
const read = (file: string) => readFileSync(path.join(councilDir(), file), 'utf8');

beforeAll(async () => {
  const contentDir = copyContent('cms-edit');
  // A git repository, so the test can ask git what the CMS changed.
  const git = (...args: string[]) => execFileSync('git', ['-C', path.dirname(contentDir), ...args], { stdio: 'pipe' });
  git('init', '-q');
  git('add', '-A');
  git('-c', 'user.name=test', '-c', 'user.email=test@example.org', 'commit', '-qm', 'example content');
  server = await startEditServer(contentDir);
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  page.on('request', (request) => {
    requests.push(request.url());
    if (request.url().includes('/api/v1')) inFlight.add(request);
  });
  page.on('requestfinished', (request) => inFlight.delete(request));
  page.on('requestfailed', (request) => inFlight.delete(request));
  // Leaving an entry with unsaved changes asks first; a test that failed half-way says yes.
  page.on('dialog', (dialog) => void dialog.accept());
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
  });
  if (process.env.CMS_DEBUG) page.on('console', (m) => console.log(m.type(), m.text().slice(0, 200)));
  await page.goto(server.adminUrl, { waitUntil: 'commit' });
  // The first visit makes Vite prepare the admin script's modules, which can take a while on two cores.
  await page.getByRole('button', { name: 'Login' }).click({ timeout: 120_000 });
  await page.getByRole('link', { name: 'Scrutiny reports' }).waitFor();
});

// A failed step leaves a picture of the CMS behind, to see what it showed.
beforeEach((context) => {
  context.onTestFailed(async () => {
    await page.screenshot({
      path: path.join(outputRoot, `cms-failure-${context.task.name.slice(0, 40).replace(/\W+/g, '-')}.png`),
    });
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** What git says changed in the copy, as a diff of the content folder. */
function diff(file = ''): string {
  return execFileSync(
    'git',
    ['-C', path.dirname(server.contentDir), 'diff', '--', file ? `content/councils/wiltshire/${file}` : 'content'],
    { encoding: 'utf8' },
  );
}
function untracked(): string[] {
  return execFileSync('git', ['-C', path.dirname(server.contentDir), 'ls-files', '--others', '--exclude-standard'], {
    encoding: 'utf8',
  })
    .split('\n')
    .filter(Boolean);
}

/**
 * Opens a page of the CMS as a link in it would: through the collections page first, so the
 * editor of the last entry is gone before the next one opens (a half-done entry is let go).
 */
async function openCms(hash: string): Promise<void> {
  await page.evaluate(() => (location.hash = '#/'));
  await page.getByRole('heading', { name: 'Collections' }).waitFor();
  await page.evaluate((target) => (location.hash = target), hash);
  await page.getByRole('button', { name: /^(Publish|Published)$/ }).waitFor();
  await page.locator('input, textarea').first().waitFor();
}

async function openEntry(collection: string, slug: string): Promise<void> {
  await openCms(`#/collections/${collection}/entries/${slug}`);
}

/** A required field by its label. */
function field(label: string) {
  return page.getByLabel(label, { exact: true });
}
/** An optional field: its label ends "(optional)". */
function optional(label: string) {
  return page.getByLabel(`${label} (optional)`, { exact: true });
}

/** Replaces a field's text as a person would: select all, then type over it. */
async function replaceText(input: Locator, text: string): Promise<void> {
  await input.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(text);
}

/** Fills a Decap select (react-select): types the option's label and picks it. */
async function choose(label: string, option: string, nth: 'first' | 'last' = 'first'): Promise<void> {
  const input = page.getByLabel(new RegExp(`^${label}( \\(optional\\))?$`))[nth]();
  await input.fill(option);
  await input.press('Enter');
}

/** Picks an entry in a relation field (a role, an area, a problem): types part of its title and clicks the option. */
async function chooseRelation(label: string, option: string): Promise<void> {
  const input = page.getByLabel(new RegExp(`^${label}( \\(optional\\))?$`)).last();
  await input.click();
  await input.fill(option.slice(0, 12));
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function publish(): Promise<void> {
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByText('Publish now', { exact: true }).click();
  // Saved: the button says so. (A change typed into the same editor straight after saving was not
  // registered in these tests, so tests open the entry again before changing it back.)
  await page.getByRole('button', { name: 'Published', exact: true }).waitFor();
  // A new entry moves to its own address once saved.
  await page.waitForFunction(() => location.hash.includes('/entries/'));
  await expect.poll(() => inFlight.size, { timeout: 30_000 }).toBe(0);
  await page.waitForTimeout(1000);
}

const reportFile = 'reports/night-time-economy-2027-review.mdx';
const meetingFile = 'meetings/calne-nitrous-oxide-2027-04.mdx';

describe('a scrutiny officer with only a browser', () => {
  test('creates a draft report with two recommendations, one with a sub-item, and a progress update; the file on disk is what a person would write', async () => {
    await openCms('#/collections/reports/new');
    await field('Title').fill('Night-time economy: 2027 review');
    await field('Summary').fill('How partners dealt with late-night disorder in town centres.');
    await choose('Kind', 'Task group');
    await field('Committee').fill('Night-time Economy Task Group');
    await optional('Chair').fill('Cllr A Example');
    await optional('Partnership').fill('Wiltshire Community Safety Partnership');
    await choose('Status', 'Draft');
    // A month, as a paper that gives no day says it.
    await optional('Scoped').fill('2027-01');

    await page.getByRole('button', { name: 'Add recommendation' }).click();
    await field('Id').last().fill('R1');
    await field('Text').last().fill('Set up late-night welfare points in the three busiest town centres.');
    await page.getByRole('button', { name: 'Add sub-item' }).last().click();
    await optional('Id').last().fill('a');
    await field('Text').last().fill('Start with one welfare point in Salisbury.');
    await optional('Addressed to').last().fill('the Community Safety Partnership');
    await chooseRelation('Lead officer', 'Head of Community Safety, Wiltshire Council');
    await optional('Due').last().fill('2027-09');

    await page.getByRole('button', { name: 'Add recommendation' }).click();
    await field('Id').last().fill('R2');
    await field('Text').last().fill('Share licensing, police and noise data every month.');
    await optional('Addressed to').last().fill('the cabinet member for licensing');
    await chooseRelation('Cabinet member', 'Cabinet Member for Licensing');
    await page.getByRole('button', { name: 'Add update' }).last().click();
    await field('Date').last().fill('2027-03-01');
    await field('Text').last().fill('The first monthly data share took place: 18:30 briefing.');
    await choose('Status', 'Ongoing', 'last');
    await choose('RAG rating', 'Green', 'last');

    await field('Last reviewed').fill('2027-03-02');
    // The preview beside the form shows the lead officer by the role's title, as the site does.
    const preview = page.frameLocator('#preview-pane');
    await expect
      .poll(() => preview.getByRole('cell', { name: 'Head of Community Safety, Wiltshire Council' }).count())
      .toBe(1);
    await publish();

    const file = path.join(councilDir(), reportFile);
    expect(existsSync(file), untracked().join('\n')).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(`---
title: "Night-time economy: 2027 review"
summary: How partners dealt with late-night disorder in town centres.
kind: task-group
committee: Night-time Economy Task Group
chair: Cllr A Example
partnership: Wiltshire Community Safety Partnership
status: draft
dates:
  scoped: 2027-01
recommendations:
  - id: R1
    text: Set up late-night welfare points in the three busiest town centres.
    subItems:
      - id: a
        text: Start with one welfare point in Salisbury.
    to: the Community Safety Partnership
    leadOfficer: head-of-community-safety
    due: 2027-09
  - id: R2
    text: Share licensing, police and noise data every month.
    to: the cabinet member for licensing
    cabinetMember: cabinet-member-licensing
    updates:
      - date: 2027-03-01
        text: "The first monthly data share took place: 18:30 briefing."
        status: ongoing
        rag: green
reviewed: 2027-03-02
---
`);
    const check = await contentCheck(server.contentDir, ['--council', 'wiltshire'], { CST_AS_OF: '2027-03-02' });
    expect(check.code, check.output).toBe(0);
  });

  test('a report with a required field left empty is not saved, and the form says which field', async () => {
    await openCms('#/collections/reports/new');
    await field('Title').fill('An unfinished report');
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByText('Publish now', { exact: true }).click();
    await expect.poll(() => page.getByText('Kind is required.', { exact: false }).count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText(/missed a required field/).count()).toBeGreaterThan(0);
    expect(untracked().filter((f) => f.includes('unfinished'))).toEqual([]);
  });

  test('an exempt report cannot be saved without its Schedule 12A paragraph: the words of npm run check', async () => {
    await openEntry('reports', 'example-draft-case-review-scrutiny');
    await choose('Status', 'Exempt');
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByText('Publish now', { exact: true }).click();
    await expect
      .poll(() =>
        page
          .getByText(
            'exemptParagraph: missing: an exempt report needs the Schedule 12A paragraph that exempts it (1 to 7)',
            { exact: false },
          )
          .count(),
      )
      .toBeGreaterThan(0);
    expect(diff()).toBe('');
    await optional('Schedule 12A paragraph').fill('3');
    await publish();
    expect(diff()).toContain('+status: exempt\n+exemptParagraph: 3\n');
    // And back: the paragraph emptied is left out of the file, not written empty.
    await choose('Status', 'Draft');
    await optional('Schedule 12A paragraph').fill('');
    await publish();
    expect(diff()).toBe('');
  });
});

describe('an area board clerk with only a browser', () => {
  test('creates a meeting with its agenda; the file is named as npm run new:meeting names it, and passes the check', async () => {
    await openCms('#/collections/meetings/new');
    await field('Title').fill('Calne Area Board meeting on nitrous oxide, April 2027');
    await chooseRelation('Area', 'Calne');
    await chooseRelation('Problem', 'Laughing gas canisters and people using nitrous oxide');
    await field('Date').first().fill('2027-04-15');
    await field('Start').fill('18:30');
    await field('End').fill('20:00');
    await field('Name').fill('Calne Community Hub');
    await field('Address').fill('Bank House, The Strand, Calne, SN11 0EN');
    await field('Accessibility').fill('Step-free access and a hearing loop.');
    await choose('Status', 'Planned');
    await page.getByRole('button', { name: 'Add agenda item' }).click();
    await field('Subject').last().fill('What residents and the police see');
    await field('Who leads it').last().fill('Neighbourhood policing inspector, Wiltshire Police');
    await field('Minutes it takes').last().fill('30');
    await page.getByRole('button', { name: 'Add agenda item' }).click();
    await field('Subject').last().fill('Agree actions: who does what, by when');
    await field('Who leads it').last().fill('Calne Area Board councillors');
    await optional('Decision required').last().fill('Agree up to three actions for partners');
    await field('Minutes it takes').last().fill('20');
    await field('Last reviewed').fill('2027-03-02');
    await publish();

    const file = path.join(councilDir(), meetingFile);
    expect(existsSync(file), untracked().join('\n')).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(`---
title: Calne Area Board meeting on nitrous oxide, April 2027
area: calne
problem: nitrous-oxide
date: 2027-04-15
start: "18:30"
end: "20:00"
venue:
  name: Calne Community Hub
  address: Bank House, The Strand, Calne, SN11 0EN
  accessibility: Step-free access and a hearing loop.
status: planned
agenda:
  - subject: What residents and the police see
    who: Neighbourhood policing inspector, Wiltshire Police
    decision: null
    minutes: 30
  - subject: "Agree actions: who does what, by when"
    who: Calne Area Board councillors
    decision: Agree up to three actions for partners
    minutes: 20
reviewed: 2027-03-02
---
`);
    const check = await contentCheck(server.contentDir, ['--council', 'wiltshire'], { CST_AS_OF: '2027-03-02' });
    expect(check.code, check.output).toBe(0);
  });

  test("changes the time an agenda item takes: one line of the meeting's file changes", async () => {
    await openEntry('meetings', 'trowbridge-street-drinking-2026-12');
    await field('Minutes it takes').nth(1).fill('20');
    await publish();
    expect(diff()).toContain('-    minutes: 15\n+    minutes: 20\n');
    expect(diff().match(/^[-+](?![-+])/gm)).toHaveLength(2);
    // Later, the clerk opens the meeting again and puts the time back.
    await openEntry('meetings', 'trowbridge-street-drinking-2026-12');
    await replaceText(field('Minutes it takes').nth(1), '15');
    await publish();
    expect(diff()).toBe('');
  });
});

describe('publishing', () => {
  test("the officer publishes the report; after a rebuild its recommendations are rows of the tracker, and the clerk's meeting has its page", async () => {
    await openEntry('reports', 'night-time-economy-2027-review');
    await choose('Status', 'Published');
    await optional('Published').fill('2027-02-20');
    await publish();
    const text = read(reportFile);
    expect(text).toContain('status: published\n');
    expect(text).toContain('dates:\n  scoped: 2027-01\n  published: 2027-02-20\n');

    const dist = path.join(outputRoot, 'cms-edit-dist');
    const build = await astroBuild(server.contentDir, dist, '2027-03-20');
    expect(build.code, build.output).toBe(0);
    const tracker = readFileSync(path.join(dist, 'reports/tracker/index.html'), 'utf8');
    expect(tracker).toContain('Set up late-night welfare points in the three busiest town centres.');
    expect(tracker).toContain('Share licensing, police and noise data every month.');
    expect(tracker).toContain('/reports/night-time-economy-2027-review/');
    const report = readFileSync(path.join(dist, 'reports/night-time-economy-2027-review/index.html'), 'utf8');
    expect(report).toContain('Start with one welfare point in Salisbury.');
    expect(report).toContain('Head of Community Safety, Wiltshire Council');
    const meeting = readFileSync(path.join(dist, 'meetings/calne-nitrous-oxide-2027-04/index.html'), 'utf8');
    expect(meeting).toContain('Agree actions: who does what, by when');
  });
});

describe('entries opened and saved without a change stay byte for byte as they were', () => {
  // Every example file goes through the same file format in tests/unit/cms.test.ts; here the real
  // CMS carries one entry of each kind there and back.
  // Each entry is opened again before the change is undone, so the second save starts from the
  // saved file: the samples' lines are in the project's style, which a changed line is written in.
  const samples: [string, string, string, string][] = [
    [
      'reports',
      'example-night-time-economy-task-group-2026',
      'Title',
      'reports/example-night-time-economy-task-group-2026.mdx',
    ],
    ['meetings', 'salisbury-drug-dealing-2026-03', 'Title', 'meetings/salisbury-drug-dealing-2026-03.mdx'],
    [
      'briefings',
      'crime-and-policing-act-2026-royal-assent',
      'Title',
      'briefings/crime-and-policing-act-2026-royal-assent.mdx',
    ],
    ['contacts', 'wiltshire-police-101', 'Title', 'contacts/wiltshire-police-101.mdx'],
    ['areas', 'calne', 'Title', 'areas/calne.yaml'],
    [
      'notes-on-powers',
      'public-spaces-protection-order',
      'Title',
      'overlays/powers/public-spaces-protection-order.mdx',
    ],
    ['site', 'site', 'Council', 'site.yaml'],
    ['partnership', 'partnership', 'Title', 'partnership.yaml'],
    ['roles', 'roles', 'Title', 'roles.yaml'],
  ];
  test.each(samples)(
    '%s/%s: a change saved, then undone and saved, leaves no diff',
    async (collection, slug, label, file) => {
      await openEntry(collection, slug);
      const input = page.getByLabel(new RegExp(`^${label}( \\(optional\\))?$`)).first();
      const before = await input.inputValue();
      await replaceText(input, `${before} (changed)`);
      await publish();
      expect(diff(file).match(/^[-+](?![-+])/gm)?.length).toBeGreaterThanOrEqual(1);
      await openEntry(collection, slug);
      await replaceText(input, before);
      await publish();
      expect(diff(file)).toBe('');
    },
  );
});

describe('saving twice in the same editor', () => {
  test('a change made after saving, without leaving the entry, is saved too', async () => {
    await openEntry('contacts', 'wiltshire-police-101');
    const input = field('Title').first();
    const before = await input.inputValue();
    await replaceText(input, `${before} (first change)`);
    await publish();
    expect(diff('contacts/wiltshire-police-101.mdx')).toContain('(first change)');
    await replaceText(field('Title').first(), `${before} (second change)`);
    await page.getByText('Unsaved changes', { exact: false }).first().waitFor();
    await publish();
    expect(diff('contacts/wiltshire-police-101.mdx')).toContain(`+title: ${before} (second change)\n`);
    expect(diff('contacts/wiltshire-police-101.mdx')).not.toContain('(first change)');
    // Decap counts a change back to the text the entry had when it was opened as no change at
    // all, so putting it back means opening the entry again (the README says so).
    await openEntry('contacts', 'wiltshire-police-101');
    await replaceText(field('Title').first(), before);
    await publish();
    expect(diff('contacts/wiltshire-police-101.mdx')).toBe('');
  });
});

describe('keyboard', () => {
  /** Presses Tab (or Shift+Tab) until the focused element matches, as a keyboard user would. */
  async function tabTo(
    matches: (el: { tag: string; text: string; id: string; role: string }) => boolean,
    key = 'Tab',
    limit = 80,
  ): Promise<void> {
    const trail: string[] = [];
    for (let i = 0; i < limit; i++) {
      await page.keyboard.press(key);
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return {
          tag: el?.tagName ?? '',
          text: (el?.innerText || el?.getAttribute('aria-label') || '').trim(),
          id: el?.id ?? '',
          role: el?.getAttribute('role') ?? '',
        };
      });
      if (matches(focused)) return;
      trail.push(
        `${focused.tag}${focused.role ? `[role=${focused.role}]` : ''}${focused.id ? `#${focused.id}` : ''} "${focused.text.slice(0, 30)}"`,
      );
    }
    throw new Error(
      `did not reach the element by keyboard (${key}); focus went through: ${[...new Set(trail)].slice(0, 40).join(', ')}`,
    );
  }

  test('an officer opens a report, changes it and publishes it with the keyboard alone', async () => {
    await page.evaluate(() => (location.hash = '#/collections/reports'));
    await page.getByRole('heading', { name: 'Scrutiny reports' }).waitFor();
    // Start from the top of the page, as after loading it: nothing focused.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const isReport = (el: { tag: string; text: string }) =>
      el.tag === 'A' && el.text.includes('Partnerships Task Group');
    await tabTo(isReport, 'Tab', 250).catch(() => tabTo(isReport, 'Shift+Tab', 250));
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: /^(Publish|Published)$/ }).waitFor();
    // The editor may keep the focus below the title: back up to it if going forward does not reach it.
    const isTitle = (el: { id: string }) => el.id.startsWith('title-field');
    await tabTo(isTitle).catch(() => tabTo(isTitle, 'Shift+Tab', 200));
    await page.keyboard.press('End');
    await page.keyboard.type(' (by keyboard)');
    // Decap's Publish control is a menu button (a span with the button role), above the form.
    await tabTo((el) => (el.tag === 'BUTTON' || el.role === 'button') && el.text === 'Publish', 'Shift+Tab', 200);
    await page.keyboard.press('Enter');
    // The menu opens with its first item focused, or the arrow keys move to it.
    const menuItem = async () =>
      page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText.trim() ?? '');
    if ((await menuItem()) !== 'Publish now') await tabTo((el) => el.text === 'Publish now', 'ArrowDown', 5);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Published', exact: true }).waitFor();
    expect(diff()).toMatch(/\+title: .*\(by keyboard\)/);
    await openEntry('reports', 'partnerships-task-group-2011');
    const title = field('Title').first();
    await replaceText(title, (await title.inputValue()).replace(' (by keyboard)', ''));
    await publish();
    expect(diff()).toBe('');
  });
});

describe('the admin page', () => {
  test('makes no request to another host, and nothing breaks its Content-Security-Policy', () => {
    const hosts = new Set(requests.map((url) => new URL(url).host.replace(/:\d+$/, '')));
    expect([...hosts]).toEqual(['127.0.0.1']);
    expect(requests.some((url) => url.includes('/api/v1'))).toBe(true);
    expect(refused).toEqual([]);
  });
});
