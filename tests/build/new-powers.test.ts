/**
 * The powers issue 19 added, read from the built example site: each page exists with its key facts
 * and sources, and links to and from every problem it fits. The pairs are written out here, not read
 * from the content, so a link dropped from either side fails.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { exampleDist } from '../helpers/paths.ts';

const page = (p: string) => readFileSync(path.join(exampleDist, p, 'index.html'), 'utf8');

const problemsOf: Record<string, string[]> = {
  'parenting-contract': ['youths-gathering-and-drinking', 'vandalism', 'nuisance-tenants'],
  'parenting-order': [
    'youths-gathering-and-drinking',
    'vandalism',
    'intimidating-groups',
    'deliberate-fires',
    'nuisance-tenants',
  ],
  'domestic-violence-protection-notice': ['domestic-abuse'],
  'domestic-violence-protection-order': ['domestic-abuse'],
  'restraining-order': ['domestic-abuse', 'harassment', 'hate-incidents', 'shoplifting-and-abuse-of-shop-staff'],
  'harassment-injunction': ['harassment', 'hate-incidents', 'neighbour-boundary-disputes'],
  'abandoned-vehicle-removal': ['abandoned-vehicles', 'fly-tipping'],
  'vehicle-sale-and-repair-offences': ['abandoned-vehicles'],
  'unauthorised-encampment-police-powers': ['unauthorised-encampments'],
  'unauthorised-encampment-council-direction': ['unauthorised-encampments'],
  'dangerous-dog-offence': ['dangerous-dogs'],
  'pest-prevention-notice': ['fly-tipping', 'feeding-pigeons-and-vermin', 'untidy-garden', 'communal-areas-of-flats'],
  'vacant-site-rubbish-removal': ['fly-tipping', 'untidy-garden'],
  'waste-removal-notice': ['fly-tipping', 'unauthorised-encampments', 'untidy-garden'],
};
const pairs = Object.entries(problemsOf).flatMap(([power, problems]) =>
  problems.map((problem) => [power, problem] as const),
);

describe('the powers added for issue 19', () => {
  test.each(Object.keys(problemsOf))(
    '%s has a page with its key facts, the law and a source on legislation.gov.uk',
    (power) => {
      const html = page(`powers/${power}`);
      // A fact that Wales sets differently is labelled for the English example's nation.
      for (const label of ['Who can use it', 'Legal test', 'If it is breached', 'The law'])
        expect(html).toMatch(new RegExp(`<dt>${label}( in England)?</dt>`));
      expect(html).toMatch(
        /<section aria-labelledby="sources-heading">[\s\S]*href="https:\/\/www\.legislation\.gov\.uk\//,
      );
    },
  );

  test.each(pairs)('power %s <-> problem %s', (power, problem) => {
    expect(page(`powers/${power}`)).toContain(`href="/problems/${problem}/"`);
    expect(page(`problems/${problem}`)).toContain(`href="/powers/${power}/"`);
  });

  test('the encampments problem no longer says its legal routes are outside the toolkit', () => {
    expect(page('problems/unauthorised-encampments')).not.toContain('outside this toolkit');
  });

  test('the newer domestic abuse powers name the ones they replace', () => {
    expect(page('powers/domestic-abuse-protection-notice')).toContain(
      'href="/powers/domestic-violence-protection-notice/"',
    );
    expect(page('powers/domestic-abuse-protection-order')).toContain(
      'href="/powers/domestic-violence-protection-order/"',
    );
  });
});
