/**
 * The two content layers: national pages name no council, each council's services turn national
 * leads into its own contacts, overlays show under the council's name, and --council is checked.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { runNodeScript } from '../helpers/astro-build.ts';
import { filesUnder } from '../helpers/dist.ts';
import { exampleContent, exampleDist, nationalDir } from '../helpers/paths.ts';

const page = (p: string) => readFileSync(path.join(exampleDist, p, 'index.html'), 'utf8');
const mainOf = (html: string) => /<main\b[\s\S]*<\/main>/.exec(html)![0];

describe('the national layer', () => {
  // The place names of every council folder: its council name ("Wiltshire Council") and the
  // name without "Council" / "City Council", which is how pages would mention it.
  const councils = readdirSync(path.join(exampleContent, 'councils')).map((id) => {
    const site = yaml.load(readFileSync(path.join(exampleContent, 'councils', id, 'site.yaml'), 'utf8')) as { council: string };
    return site.council.replace(/\s+(City\s+)?Council$/, '');
  });

  test('there are councils to look for', () => {
    expect(councils).toContain('Wiltshire');
  });

  test('no national file names a council', () => {
    const found = filesUnder(nationalDir).flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return councils.filter((name) => new RegExp(`\\b${name}\\b`, 'i').test(text)).map((name) => `${path.relative(nationalDir, file)}: ${name}`);
    });
    expect(found).toEqual([]);
  });
});

describe("a council's own leads and notes on national pages", () => {
  test("a problem's lead service becomes the council's contact for it", () => {
    // barking-dog names the service council-environmental-protection; Wiltshire maps it to its team.
    expect(mainOf(page('problems/barking-dog'))).toContain('href="/contacts/wiltshire-council-environmental-protection/"');
  });

  test("an overlay shows under the council's name, with its local lead first", () => {
    const main = mainOf(page('powers/domestic-abuse-protection-notice'));
    expect(main).toMatch(/<h2 id="local-note-heading"[^>]*>In Wiltshire<\/h2>/);
    expect(main).toContain('Wiltshire Police use domestic violence protection notices');
    const leads = main.slice(main.indexOf('id="contacts-heading"'));
    expect(leads.indexOf('href="/contacts/wiltshire-police-101/"')).toBeLessThan(leads.indexOf('href="/contacts/fearfree/"'));
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
    expect(result.output).toMatch(/--council: found "nowhere", but .*content\/councils\/nowhere does not exist; expected one of: .*wiltshire/);
  });
});
