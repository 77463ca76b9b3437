/**
 * The second set of legal corrections (issue 22), each read from the built example site, and each
 * recorded in the national changelog. Expected wording is written out from the sources the pages
 * cite, not taken from the content files.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { exampleDist, nationalDir } from '../helpers/paths.ts';

const page = (p: string) => readFileSync(path.join(exampleDist, p, 'index.html'), 'utf8');
const text = (html: string) =>
  html
    .replace(/<\/?(?:a|time|span|strong)\b[^>]*>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
const main = (p: string) => text(/<main\b[\s\S]*<\/main>/.exec(page(p))![0]);
const fact = (p: string, label: string) => {
  const match = new RegExp(`<dt[^>]*>${label}</dt>\\s*<dd[^>]*>([\\s\\S]*?)</dd>`).exec(page(p));
  // The fact itself, without the citations printed under it (tests/build/citations.test.ts checks those).
  return match ? text(match[1]!.replace(/<span class="fact-sources"[^>]*>[\s\S]*?<\/span>(?=\s*$)/, '')) : undefined;
};

describe('1. absolute ground: the offence or breach is tied to the home', () => {
  const p = 'powers/absolute-ground-for-possession';
  test('the legal test names the home, neighbours and housing staff, the review and human rights', () => {
    const test = fact(p, 'Legal test')!;
    expect(test).toContain(
      'a conviction for a serious offence committed in or near the home, or against someone living nearby, or against the landlord or its housing staff',
    );
    expect(test).toContain(
      'a court finding that they broke a civil injunction, in or near the home or against those same people',
    );
    expect(test).toContain('if it is a council, offer a review');
    expect(test).toContain('human rights');
  });
  test('the page says the ground does not apply in Wales', () => {
    expect(main(p)).toContain(
      'In Wales these tenancies became occupation contracts on 1 December 2022, and this ground no longer applies.',
    );
  });
});

describe('2. community remedy: two start dates', () => {
  test('in force from 13 May 2014 (the document), used with offenders from 20 October 2014', () => {
    expect(fact('powers/community-remedy', 'Status')).toBe('In force since 13 May 2014');
    expect(main('powers/community-remedy')).toContain(
      'officers could use it with offenders from 20 October 2014 (sections 102 and 103)',
    );
  });
  test('the ASB case review says when procedures and reviews started', () => {
    expect(main('powers/asb-case-review')).toContain(
      'The bodies could start setting up their procedures from 13 May 2014; the duty to carry out reviews started on 20 October 2014.',
    );
  });
});

describe('3. drinking banning order: the duty to consult', () => {
  const p = 'powers/drinking-banning-order';
  test('names who had to be consulted', () => {
    expect(fact(p, 'Duty to consult')).toBe(
      'Before applying, the police force or council had to consult the police force for the area where the behaviour happened, the police force and every council for the area where the person lived, and British Transport Police, unless they were already the applicant.',
    );
  });
  test('no longer says the duty could not be confirmed', () => {
    expect(main(p)).not.toMatch(/could not confirm any duty to consult|any consultation duty were not confirmed/);
  });
});

describe('4. crack house closure order: appeal and extension', () => {
  const p = 'powers/crack-house-closure-order';
  test('appeal to the Crown Court within 21 days', () => {
    expect(fact(p, 'Appeal')).toMatch(
      /^To the Crown Court, within 21 days of the order or of a decision about extending it \(section 6\)\./,
    );
  });
  test('extension by up to 3 months more', () => {
    // A repealed power's facts are in the past tense.
    expect(fact(p, 'How long it lasted')).toContain(
      'up to 3 months, and the court could extend it by up to 3 months more',
    );
  });
});

describe('5. gating order: the High Court challenge and the Welsh start', () => {
  const p = 'powers/gating-order';
  test('a challenge within 6 weeks', () => {
    expect(fact(p, 'Appeal')).toMatch(
      /^Anyone could ask the High Court, within 6 weeks of the order being made, to quash it/,
    );
  });
  test('the English page gives the Welsh start date one click away', () => {
    expect(fact(p, 'Came into force in Wales')).toBe('19 February 2007');
    expect(fact(p, 'Status in England')).toBe('Repealed; in force from 1 April 2006');
  });
});

describe('6. discretionary ground: which version applies when', () => {
  const p = 'powers/discretionary-ground-for-possession';
  test("the test gives the grounds for each kind of tenancy and the Renters' Rights Act change", () => {
    const test = fact(p, 'Legal test')!;
    expect(test).toContain(
      'For council tenants these are Grounds 2 and 2ZA of the Housing Act 1985; for housing association and private tenants, Grounds 14 and 14ZA of the Housing Act 1988.',
    );
    expect(test).toContain(
      "For private tenancies the Renters' Rights Act 2025 changed the grounds for notices served from 1 May 2026.",
    );
  });
  test('the notice and when proceedings can start', () => {
    expect(fact(p, 'Duty to consult')).toContain(
      'On these grounds court proceedings can start as soon as the notice is served.',
    );
  });
  test("the wording after the Renters' Rights Act is said to be unconfirmed rather than guessed", () => {
    expect(main(p)).toContain('we do not know whether the wording "likely to cause" became "capable of causing"');
  });
});

describe("7. graffiti fixed penalty: England's range and default, said to be England's", () => {
  test('between £65 and £500, £100 if the council sets none', () => {
    expect(fact('powers/graffiti-fixed-penalty', 'Fixed penalty in England')).toBe(
      'Set by the council between £65 and £500 (the maximum rose from £150 on 31 July 2023); £100 if it sets none. Councils can offer a discount for early payment.',
    );
  });
  test('the unread 2023 instrument is said so', () => {
    expect(main('powers/graffiti-fixed-penalty')).toContain('none says the £100 default changed');
  });
});

describe('8. Crime and Policing Act 2026: what started, with section numbers', () => {
  test.each(['powers/housing-injunction', 'powers/youth-injunction'])(
    '%s gives section 2 and Schedule 1 and the status sentence',
    (p) => {
      expect(fact(p, 'The law')).toContain('Crime and Policing Act 2026 s2 and Schedule 1 Part 1');
      expect(main(p)).toContain(
        'Respect orders (section 1) and the youth and housing injunctions (section 2 and Schedule 1) were not among them',
      );
      expect(main(p)).not.toContain('section numbers not confirmed');
    },
  );
  test('vehicle seizure no longer credits the first commencement regulations', () => {
    expect(main('powers/vehicle-seizure')).toContain('in force since 29 June 2026 (Home Office Circular 004/2026)');
    expect(main('powers/vehicle-seizure')).not.toContain('under the first commencement regulations');
  });
  test('the commencement regulations page does not claim sections 8, 11 and 12', () => {
    const regs = main('legislation/crime-and-policing-act-2026-commencement-1');
    expect(regs).toContain(
      'without saying whether they started under these Regulations or automatically under the Act',
    );
    expect(regs).not.toContain('For community safety, the main ones are');
  });
  test("Wiltshire's briefing says the same", () => {
    const briefing = main('briefings/crime-and-policing-act-2026-first-commencement');
    expect(briefing).toContain('Some started automatically two months after Royal Assent');
    expect(briefing).toContain('and some under the first commencement regulations');
    expect(briefing).toContain('The Home Office circular does not say which route started each section.');
  });
});

describe('9. problems: what leads', () => {
  test("rogue traders are led by the council's trading standards team", () => {
    const html = page('problems/scams-and-doorstep-crime');
    const leads = /<section aria-labelledby="lead-heading"[^>]*>([\s\S]*?)<\/section>/.exec(html)![1]!;
    expect(leads).toContain('href="/contacts/wiltshire-council-trading-standards/"');
  });
  const ranked = (p: string) => {
    const list = /<ol class="entry-list">([\s\S]*?)<\/ol>/.exec(page(p))![1]!;
    return [...list.matchAll(/href="\/powers\/([^/"]+)\/"/g)]
      .map((m) => m[1]!)
      .filter((id, i, all) => all.indexOf(id) === i);
  };
  test('unauthorised encampments: the council direction and the police powers come first, a CPN later', () => {
    const order = ranked('problems/unauthorised-encampments');
    expect(order.slice(0, 2)).toEqual([
      'unauthorised-encampment-council-direction',
      'unauthorised-encampment-police-powers',
    ]);
    expect(order.indexOf('community-protection-notice')).toBeGreaterThan(1);
  });
  test('unauthorised encampments: the page says the powers apply in Wales too, with Welsh guidance', () => {
    // Apostrophes in body text come out as typographic ones, so the phrases avoid them.
    expect(main('problems/unauthorised-encampments')).toContain(
      'These powers apply in both England and Wales. In Wales, councils follow the Welsh Government',
    );
    expect(main('problems/unauthorised-encampments')).toContain(
      '2013 guidance on managing unauthorised camping. The Welsh Government has consulted on a draft replacement, which reminds councils of their duties to the welfare of the people on site.',
    );
    expect(main('powers/unauthorised-encampment-police-powers')).toContain(
      'These powers apply in Wales as well as England.',
    );
    expect(fact('powers/unauthorised-encampment-council-direction', 'Duty to consult in Wales')).toContain(
      'Welsh Government guidance on managing unauthorised camping (2013)',
    );
    // Cited to official pages (the Senedd's record and gov.wales), not to unofficial copies of the guidance.
    for (const p of ['problems/unauthorised-encampments', 'powers/unauthorised-encampment-council-direction']) {
      expect(page(p)).toContain('href="https://record.senedd.wales/WrittenQuestion/82326"');
      expect(page(p)).toContain(
        'href="https://gov.wales/draft-guidance-managing-unauthorised-encampments-roles-and-responsibilities-html"',
      );
      expect(page(p)).not.toMatch(/docslib\.org|docest\.com/);
    }
    for (const p of [
      'powers/unauthorised-encampment-council-direction',
      'powers/unauthorised-encampment-police-powers',
    ])
      expect(fact(p, 'Where it applies')).toMatch(/^England and Wales/);
  });
  test('abandoned vehicles: the removal duty and the street sale and repair offences come first, a CPN later', () => {
    const order = ranked('problems/abandoned-vehicles');
    expect(order.slice(0, 2)).toEqual(['abandoned-vehicle-removal', 'vehicle-sale-and-repair-offences']);
    expect(order.indexOf('community-protection-notice')).toBeGreaterThan(1);
  });
  test('abandoned vehicles: the Welsh fixed penalty for street sales and repairs is a set £100', () => {
    expect(fact('powers/vehicle-sale-and-repair-offences', 'Fixed penalty in Wales')).toBe(
      'An authorised council officer can offer a fixed penalty instead of prosecution. In Wales it is £100, and councils cannot set a different amount.',
    );
    expect(main('problems/abandoned-vehicles')).toContain(
      'in Wales the fixed penalty for selling or repairing cars on the road is always £100',
    );
  });
  test('rough sleeping: StreetLink covering England and Wales is cited to StreetLink', () => {
    expect(main('problems/rough-sleeping-and-tents')).toContain(
      'Anyone in England or Wales can alert the StreetLink service',
    );
    expect(page('problems/rough-sleeping-and-tents')).toContain('href="https://www.streetlink.org.uk/Streetlink_faq"');
  });
  test('street drinking: no alcohol-free zone after 20 October 2014', () => {
    expect(main('problems/street-drinking')).toContain(
      'None could be made after 20 October 2014; those already in force carried on and became public spaces protection orders in October 2017.',
    );
  });
});

describe('the national changelog records every correction', () => {
  // YAML reads an unquoted date as a Date.
  const changelog = yaml.load(readFileSync(path.join(nationalDir, 'changelog.yaml'), 'utf8')) as {
    date: Date;
    entries: string[];
  }[];
  const recorded = new Set(
    changelog.filter((c) => c.date.toISOString().slice(0, 10) >= '2026-11-30').flatMap((c) => c.entries),
  );
  test.each([
    'powers/absolute-ground-for-possession',
    'powers/community-remedy',
    'powers/asb-case-review',
    'powers/drinking-banning-order',
    'powers/crack-house-closure-order',
    'powers/gating-order',
    'powers/discretionary-ground-for-possession',
    'powers/graffiti-fixed-penalty',
    'powers/housing-injunction',
    'powers/youth-injunction',
    'powers/vehicle-seizure',
    'legislation/crime-and-policing-act-2026-commencement-1',
    'problems/scams-and-doorstep-crime',
    'problems/street-drinking',
    'powers/possession-for-anti-social-behaviour-wales',
    'powers/prohibited-conduct-standard-contract',
    'problems/unauthorised-encampments',
    'problems/abandoned-vehicles',
    'powers/unauthorised-encampment-council-direction',
    'powers/unauthorised-encampment-police-powers',
    'powers/vehicle-sale-and-repair-offences',
    'problems/rough-sleeping-and-tents',
  ])('%s', (entry) => {
    expect(recorded.has(entry)).toBe(true);
  });
});
