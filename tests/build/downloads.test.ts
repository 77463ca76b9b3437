/** The calendar and contact files in the built example site, read by ical.js (not our code). */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { exampleCouncilDir, exampleDist, nationalDir, testAsOf } from '../helpers/paths.ts';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

const read = (p: string) => readFileSync(path.join(exampleDist, p), 'utf8');
const frontMatter = (file: string) =>
  yaml.load(/^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))![1]!, { schema: yaml.CORE_SCHEMA }) as Record<
    string,
    unknown
  >;
/** The example council's files of a collection, with the national layer's too for contacts. */
const contentFiles = (folder: string) =>
  [exampleCouncilDir, ...(folder === 'contacts' ? [nationalDir] : [])].flatMap((dir) =>
    readdirSync(path.join(dir, folder)).map((f) => path.join(dir, folder, f)),
  );

describe('meeting calendars', () => {
  const meetings = contentFiles('meetings').map((f) => ({ id: path.basename(f, '.mdx'), data: frontMatter(f) }));

  function events(text: string) {
    const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
    for (const tz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(tz));
    return calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  }

  test.each(meetings.map((m) => [m.id, m] as const))(
    '%s.ics parses and gives the meeting its UK time',
    (id, meeting) => {
      const [event] = events(read(`meetings/${id}.ics`));
      expect(event).toBeDefined();
      const start = event!.startDate.toJSDate();
      const london = new Intl.DateTimeFormat('en-GB', {
        timeZone: 'Europe/London',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }).format(start);
      expect(london).toBe(meeting.data.start);
      expect(event!.startDate.toString().slice(0, 10)).toBe(meeting.data.date);
    },
  );

  test('the planned feed lists exactly the planned meetings still to come', () => {
    const uids = events(read('meetings/planned.ics'))
      .map((e) => e.uid)
      .sort();
    const planned = meetings
      .filter((m) => m.data.status === 'planned' && String(m.data.date) >= testAsOf)
      .map((m) => `meeting-${m.id}@`)
      .sort();
    expect(uids).toHaveLength(planned.length);
    planned.forEach((prefix, i) => expect(uids[i]!.startsWith(prefix)).toBe(true));
  });
});

/**
 * What a card should dial for a number as published. The oracle is libphonenumber-js itself (E.164),
 * not the site's phone module; short codes and Relay UK prefixes, which the library does not know,
 * are written out.
 */
const shortCodeDials: Record<string, string> = {
  '999': '999',
  '18000': '18000',
  '101': '101',
  '116 123': '116123',
  '18001 101': '18001101',
};
function expectedDial(written: string): string {
  if (written in shortCodeDials) return shortCodeDials[written]!;
  const parsed = parsePhoneNumberFromString(written, 'GB');
  if (!parsed?.isValid())
    throw new Error(`${written}: not a number libphonenumber-js accepts, nor a short code written out here`);
  return parsed.number;
}

describe('contact cards', () => {
  const contacts = contentFiles('contacts').map((f) => ({ id: path.basename(f, '.mdx'), data: frontMatter(f) }));

  test.each(contacts.map((c) => [c.id, c] as const))(
    '%s.vcf parses and carries the published numbers',
    (id, contact) => {
      const card = new ICAL.Component(ICAL.parse(read(`contacts/${id}.vcf`)) as unknown[]);
      expect(card.getFirstPropertyValue('fn')).toBe(contact.data.title);
      const expected = (['phone', 'textphone'] as const).flatMap((field) => {
        const written = contact.data[field];
        return typeof written === 'string'
          ? [`${field === 'phone' ? 'work,voice' : 'work,textphone'} ${expectedDial(written)}`]
          : [];
      });
      expect(
        card
          .getAllProperties('tel')
          .map((p) => `${String(p.getParameter('type')).toLowerCase()} ${String(p.getFirstValue())}`),
      ).toEqual(expected);
    },
  );

  test.each([
    // Odd spacing as the charity publishes it; a freephone number; a local number; 101 with its Relay UK textphone.
    ['victim-support', ['+448081689111']],
    ['crimestoppers', ['+44800555111']],
    ['fearfree', ['+441225775276']],
    ['wiltshire-police-101', ['101', '18001101']],
    ['emergency-999', ['999', '18000']],
  ])('%s.vcf dials exactly %j', (id, dials) => {
    const card = new ICAL.Component(ICAL.parse(read(`contacts/${id}.vcf`)) as unknown[]);
    expect(card.getAllProperties('tel').map((p) => String(p.getFirstValue()))).toEqual(dials);
  });

  test('all.vcf holds one card per contact', () => {
    const parsed = ICAL.parse(read('contacts/all.vcf')) as unknown[];
    const cards = Array.isArray(parsed[0]) ? parsed : [parsed];
    expect(cards).toHaveLength(contacts.length);
  });
});
