/**
 * The two content layers: national pages name no council, each council's services turn national
 * leads into its own contacts, overlays show under the council's name, and --council is checked.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { astroBuild, contentCheck, runNodeScript } from '../helpers/astro-build.ts';
import { makeTree, warningLines } from '../helpers/trees.ts';
import { filesUnder } from '../helpers/dist.ts';
import { exampleContent, exampleDist, nationalDir, outputRoot, projectRoot } from '../helpers/paths.ts';

const page = (p: string) => readFileSync(path.join(exampleDist, p, 'index.html'), 'utf8');
const mainOf = (html: string) => /<main\b[\s\S]*<\/main>/.exec(html)![0];

describe('the national layer', () => {
  // The place names of every council folder: its council name ("Wiltshire Council") and the
  // name without "Council" / "City Council", which is how pages would mention it.
  const councils = readdirSync(path.join(exampleContent, 'councils')).map((id) => {
    const site = yaml.load(readFileSync(path.join(exampleContent, 'councils', id, 'site.yaml'), 'utf8')) as {
      council: string;
    };
    return site.council.replace(/\s+(City\s+)?Council$/, '');
  });

  test('there are councils to look for', () => {
    expect(councils).toContain('Wiltshire');
  });

  test('no national file names a council', () => {
    const found = filesUnder(nationalDir).flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return councils
        .filter((name) => new RegExp(`\\b${name}\\b`, 'i').test(text))
        .map((name) => `${path.relative(nationalDir, file)}: ${name}`);
    });
    expect(found).toEqual([]);
  });
});

describe("a council's own leads and notes on national pages", () => {
  test("a problem's lead service becomes the council's contact for it", () => {
    // barking-dog names the service council-environmental-protection; Wiltshire maps it to its team.
    expect(mainOf(page('problems/barking-dog'))).toContain(
      'href="/contacts/wiltshire-council-environmental-protection/"',
    );
  });

  test("an overlay shows under the council's name, with its local lead first", () => {
    const main = mainOf(page('powers/domestic-abuse-protection-notice'));
    expect(main).toMatch(/<h2 id="local-note-heading"[^>]*>In Wiltshire<\/h2>/);
    expect(main).toContain('Wiltshire Police use domestic violence protection notices');
    const leads = main.slice(main.indexOf('id="contacts-heading"'));
    expect(leads.indexOf('href="/contacts/wiltshire-police-101/"')).toBeLessThan(
      leads.indexOf('href="/contacts/fearfree/"'),
    );
  });

  test('a page without an overlay has no local note', () => {
    expect(page('powers/closure-order')).not.toContain('local-note-heading');
  });
});

describe('--council', () => {
  test.each([
    ['scripts/build.ts', ['--council', 'nowhere']],
    ['scripts/check.ts', ['--council', 'nowhere']],
  ])('%s refuses a council that has no folder, listing those that do', async (script, args) => {
    const result = await runNodeScript(script, args);
    expect(result.code).toBe(2);
    expect(result.output).toMatch(
      /--council: found "nowhere", but .*content\/councils\/nowhere does not exist; expected one of: .*wiltshire/,
    );
  });
});

describe('a local note written before its national entry changed', () => {
  // The good fixture's changelog records a change to community-protection-notice on 2026-11-20;
  // the overlay laid over it was checked on 2026-11-10.
  const noteFile = 'councils/wiltshire/overlays/powers/community-protection-notice.mdx';

  test('npm run check warns, naming the note, the change and what to do, and still passes', async () => {
    const tree = makeTree('overlay-before-change', ['overlay-before-national-change'], 'warnings');
    const shown = path.relative(projectRoot, tree).split(path.sep).join('/');
    const result = await contentCheck(tree);
    expect(result.code, result.output).toBe(0);
    expect(warningLines(result.output)).toContain(
      `${shown}/${noteFile}: reviewed: the national entry changed on 2026-11-20 (The fixture's community protection notice page was corrected.), after this note was checked (2026-11-10); check the note still fits, then set checkedAgainst: 2026-11-20`,
    );
  });

  test('once the note says it was checked against the change, the warning goes', async () => {
    const tree = makeTree('overlay-checked-against-change', ['overlay-before-national-change'], 'warnings');
    const file = path.join(tree, noteFile);
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('reviewed: 2026-11-10', 'reviewed: 2026-11-10\ncheckedAgainst: 2026-11-20'),
    );
    const result = await contentCheck(tree);
    expect(result.code, result.output).toBe(0);
    expect(warningLines(result.output).filter((line) => line.includes(noteFile))).toEqual([]);
  });

  test('the build is not stopped by the warning, and the page shows the note', async () => {
    const tree = makeTree('overlay-before-change-build', ['overlay-before-national-change'], 'warnings');
    const dist = path.join(outputRoot, 'overlay-before-change-dist');
    const result = await astroBuild(tree, dist);
    expect(result.code, result.output).toBe(0);
    expect(readFileSync(path.join(dist, 'powers/community-protection-notice/index.html'), 'utf8')).toContain(
      'A local note written before the national page changed on 2026-11-20.',
    );
  });
});
