/**
 * Corrections to the legal content, read back from the built example site: each wrong statement is gone and
 * the corrected one is on the page a councillor reads. Expected text is written out here from the
 * primary sources, not taken from the content files.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { exampleDist } from '../helpers/paths.ts';

const html = (page: string) => readFileSync(path.join(exampleDist, page, 'index.html'), 'utf8');
const plain = (fragment: string) =>
  fragment
    .replace(/<[^>]+>/g, ' ')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&')
    .replaceAll('&quot;', '"')
    .replace(/\s+/g, ' ')
    .trim();

/** The text of one key fact on a power page, found by its label in the key facts list. */
function keyFact(page: string, label: string): string {
  const match = new RegExp(`<dt>${label}</dt>\\s*<dd>([\\s\\S]*?)</dd>`).exec(html(page));
  if (!match) throw new Error(`${page} has no key fact "${label}"`);
  return plain(match[1]!);
}
const wholePage = (page: string) => plain(html(page).slice(html(page).indexOf('<main')));

type Case = [name: string, read: () => string, present: string[], absent: string[]];

const cases: Case[] = [
  [
    '1. CPN: a body gets an unlimited fine, not £20,000',
    () => keyFact('powers/community-protection-notice', 'If it is breached'),
    ['up to £2,500 (level 4)', 'unlimited fine for offences from 12 March 2015'],
    ['a business up to £20,000'],
  ],
  [
    '1. street litter control notice: its CPN replacement gives an unlimited fine',
    () => wholePage('powers/street-litter-control-notice'),
    ['A business that breaks a CPN can be given an unlimited fine.'],
    ['fined up to £20,000 on conviction'],
  ],
  [
    '1. abatement notice: unlimited for homes and business premises',
    () => keyFact('powers/noise-abatement-notice', 'If it is breached'),
    [
      'For offences from 12 March 2015 the fine is unlimited',
      'before then, up to £20,000',
      'further fine for each day',
    ],
    [],
  ],
  [
    '1. night-time noise warning: licensed premises face an unlimited fine',
    () => keyFact('powers/night-time-noise-warning-notice', 'If it is breached'),
    ['an unlimited fine for offences from 12 March 2015 (£5,000 before then)'],
    ['faces a higher fine'],
  ],
  [
    '2. closure order: obstruction carries 3 months, breaching the order 51 weeks',
    () => keyFact('powers/closure-order', 'If it is breached'),
    [
      'Entering or staying on the premises in breach of the order is an offence: up to 51 weeks',
      'Obstructing an officer',
      'separate offence: up to 3 months',
    ],
    ['or obstructing an officer, is an offence: up to 51 weeks'],
  ],
  [
    '3. litter clearing notice: section 92A linked as it stood before repeal, England start date shown',
    () => html('powers/litter-clearing-notice'),
    [
      'href="https://www.legislation.gov.uk/ukpga/1990/43/section/92A/2014-10-19"',
      'href="https://www.legislation.gov.uk/ukpga/1990/43/section/94A/2014-10-19"',
      '<time datetime="2006-04-06">',
    ],
    ['section/92A/1999-05-06', 'section/94A/1993-05-12'],
  ],
  [
    '3. street litter control notice and the 1990 Act: no link to a version before section 94A existed',
    () => html('powers/street-litter-control-notice') + html('legislation/environmental-protection-act-1990'),
    ['section/94A/2014-10-19'],
    ['section/94A/1993-05-12'],
  ],
  [
    '4. closure notice: the duty to inform comes before the notice is issued',
    () => keyFact('powers/closure-notice', 'Duty to consult'),
    ['Before issuing the notice', 'must have made reasonable efforts to tell the people who live there'],
    ['When serving the notice they must try'],
  ],
  [
    '4. closure notice: no longer unsure about the consultation duty',
    () => wholePage('powers/closure-notice'),
    [],
    ['The consultation and service duties are summarised from secondary sources'],
  ],
  [
    '5. CPN: informing others is a duty',
    () => keyFact('powers/community-protection-notice', 'Duty to consult'),
    ['before issuing a notice the issuer must tell anyone it thinks appropriate'],
    ['should tell anyone'],
  ],
  [
    '6. litter fixed penalty: council officers and designated PCSOs, not police officers',
    () => keyFact('powers/litter-fixed-penalty', 'Who can use it'),
    ['The council and police community support officers'],
    ['the police'],
  ],
  [
    '6. litter problem: the reason no longer says police can fine',
    () => wholePage('problems/litter'),
    ['PCSOs where the chief constable allows it, can fine someone seen dropping litter'],
    ['Council officers and police can fine'],
  ],
  [
    '7. the 2025 guidance: a contact for each victim; a point of contact for applications is already law',
    () => wholePage('legislation/asb-statutory-guidance-2025'),
    [
      'Each victim should have a single point of contact',
      'reports anti-social behaviour a second time within six months',
      'has been a legal requirement since 2014',
    ],
    ['each area should have a single point of contact for victims'],
  ],
  [
    '7. case review page: the second-report expectation',
    () => wholePage('powers/asb-case-review'),
    ['explain the case review to anyone who reports anti-social behaviour twice within six months'],
    [],
  ],
  [
    '8. respect orders briefing: the dropped pilot is reported, not confirmed',
    () => wholePage('briefings/respect-orders-national-roll-out'),
    ['was reported as telling the House of Lords', 'PQ 62895', 'likely but unconfirmed'],
    ['The orders will now start across England and Wales without a pilot.'],
  ],
  [
    '8. respect order page agrees with the briefing',
    () => wholePage('powers/respect-order'),
    ['we have not found this in Hansard', 'PQ 62895'],
    ['we have not seen a government source confirming this'],
  ],
  [
    '9. the 2026 Act: section 8 not said to be started by SI 2026/689',
    () => wholePage('legislation/crime-and-policing-act-2026'),
    ["some under the Act's own commencement section", 'We have not confirmed which route started each section'],
    ['First provisions, by SI 2026/689'],
  ],
  [
    '9. vehicle seizure: in force since 29 June 2026, cited to the circular',
    () => wholePage('powers/vehicle-seizure'),
    ['June 2026 (Home Office Circular 004/2026)'],
    ['under the first commencement regulations'],
  ],
  [
    '10. CPN: replacement of the defacement removal notice is cited, not doubted',
    () => wholePage('powers/community-protection-notice') + wholePage('powers/defacement-removal-notice'),
    ['paragraph 161'],
    [
      'not confirmed from a primary source',
      'Replacement by the community protection notice is stated in secondary sources',
    ],
  ],
  [
    '11. CBO: magistrates\u2019 maximum on breach',
    () => keyFact('powers/criminal-behaviour-order', 'If it is breached'),
    ["In the magistrates' court: up to 6 months in prison or an unlimited fine", 'In the Crown Court: up to 5 years'],
    [],
  ],
  [
    '11. CBO: the criminal standard',
    () => keyFact('powers/criminal-behaviour-order', 'Legal test'),
    ['must be sure, to the criminal standard (beyond reasonable doubt)'],
    [],
  ],
  [
    '12. crack house closure: its section',
    () => keyFact('powers/crack-house-closure-order', 'If it was breached'),
    ['section 4 of the 2003 Act'],
    [],
  ],
  [
    '12. direction to leave: its section, and no maximum given that was not read',
    () => keyFact('powers/direction-to-leave', 'If it was breached'),
    ['section 27(6)', 'We have not been able to read the maximum fine in the text of section 27(6)'],
    ['believed', 'level 4'],
  ],
  [
    '12. graffiti fixed penalty: why there is no breach, and the underlying maxima',
    () => keyFact('powers/graffiti-fixed-penalty', 'If it is breached'),
    ['a fixed penalty is an offer, not an order', 'maximum of 3 months in prison'],
    [],
  ],
  [
    '12. street litter control notice: its section, the pre-2005 court order, and no maximum given that was not read',
    () => keyFact('powers/street-litter-control-notice', 'If it was breached'),
    [
      'section 94',
      'section 94A',
      'only failing to obey that order was an offence',
      'We have not been able to read the maximum fine in the text of section 94',
    ],
    ['believed', 'level 4'],
  ],
  [
    '12. summary licence review: section 136 and its maximum',
    () => keyFact('powers/summary-licence-review', 'If it is breached'),
    ['section 136 of the Licensing Act 2003: up to 6 months in prison or an unlimited fine'],
    [],
  ],
  [
    '12. vehicle seizure: section 59(6), and no maximum given that was not read',
    () => keyFact('powers/vehicle-seizure', 'If it is breached'),
    ['section 59(6)', 'We have not been able to read the maximum fine in the text of section 59(6)'],
    ['is an offence, punished by a fine.', 'believed', 'level 3'],
  ],
];

describe('issue 19 corrections on the built pages', () => {
  test.each(cases)('%s', (_name, read, present, absent) => {
    const text = read();
    for (const phrase of present) expect(text).toContain(phrase);
    for (const phrase of absent) expect(text).not.toContain(phrase);
  });
});
