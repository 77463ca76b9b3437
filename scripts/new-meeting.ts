/**
 * npm run new:meeting -- --area <id> --problem <id> --date <YYYY-MM-DD> [--council <id>]
 * Writes a planned single-topic meeting prefilled from the area and the problem.
 */
import { layoutOptions, layoutOrExit } from '../src/node/cli-layout.ts';
import { councilServicesSchema, nationalServicesSchema } from '../src/schemas/services.ts';
import { siteSchema } from '../src/schemas/site.ts';
import { workOutInvitees } from '../src/lib/invitees.ts';
import { overlaySchema } from '../src/schemas/overlay.ts';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { todayInLondon } from '../src/node/clock.ts';
import { readContent } from '../src/node/read-content.ts';
import { areaSchema } from '../src/schemas/area.ts';
import { contactSchema } from '../src/schemas/contact.ts';
import { isRealIsoDate } from '../src/schemas/common.ts';
import { powerSchema } from '../src/schemas/power.ts';
import { problemSchema } from '../src/schemas/problem.ts';
import { contactsForPowerInArea, leadContacts } from '../src/lib/contacts.ts';
import { collectionFolder } from '../src/node/problem-words.ts';
import { meetingId, meetingTemplate } from '../src/lib/scaffold.ts';
import { findByName } from '../src/lib/lookup.ts';
import { meetingHost } from '../src/lib/area-terms.ts';

const fail = (message: string): never => {
  console.error(message);
  process.exit(2);
};
const { values } = parseArgs({
  options: { ...layoutOptions, area: { type: 'string' }, problem: { type: 'string' }, date: { type: 'string' } },
});
const layout = layoutOrExit(process.cwd(), values);
const { area: areaId, problem: problemId, date } = values;
if (!areaId || !problemId || !date)
  fail('Usage: npm run new:meeting -- --area <area id> --problem <problem id> --date <YYYY-MM-DD>');
if (!isRealIsoDate(date!)) fail(`--date: found "${date}", expected a date written as YYYY-MM-DD`);

const { snapshot } = readContent(layout, process.cwd());
const site = siteSchema.parse(snapshot.site.data);
/** An area or problem by id, title or alias, in any case; a wrong one lists what there is. */
const find = <T>(collection: 'areas' | 'problems', query: string, parse: (d: unknown) => T) => {
  const option = collection === 'areas' ? 'area' : 'problem';
  const raws = snapshot.entries.filter((e) => e.collection === collection);
  const named = raws.map((e) => {
    const data = e.data as { title?: unknown; aliases?: unknown };
    return {
      id: e.id,
      title: typeof data.title === 'string' ? data.title : e.id,
      aliases: Array.isArray(data.aliases) ? data.aliases.map(String) : [],
    };
  });
  const result = findByName(named, query);
  if ('ambiguous' in result)
    return fail(`--${option}: "${query}" names more than one: ${result.ambiguous.join(', ')}; give the id`);
  if ('missing' in result) {
    const guess = result.suggestion ? ` (did you mean "${result.suggestion}"?)` : '';
    const list =
      collection === 'areas'
        ? `; the area ids are: ${named
            .map((n) => n.id)
            .sort()
            .join(', ')}`
        : '; give its id, title or another name for it, as on its page';
    return fail(
      `--${option}: found "${query}", expected the id of an entry in ${collectionFolder(snapshot, collection)}${guess}${list}`,
    );
  }
  const raw = raws.find((e) => e.id === result.found)!;
  return { id: raw.id, data: parse(raw.data) };
};
const area = find('areas', areaId!, (d) => areaSchema.parse(d));
const problem = find('problems', problemId!, (d) => problemSchema.parse(d));
const parsedAll = <T>(collection: string, parse: (d: unknown) => T) =>
  snapshot.entries
    .filter((e) => e.collection === collection)
    .flatMap((e) => {
      const result = { id: e.id, data: parse(e.data) };
      return [result];
    });
const contacts = parsedAll('contacts', (d) => contactSchema.parse(d));
const powers = parsedAll('powers', (d) => powerSchema.parse(d));
const services = councilServicesSchema.parse(snapshot.councilServices.data ?? {});
const directory = { contacts, services };
const overlayLeads = (key: string) => {
  const raw = snapshot.overlays.find((o) => `${o.target}/${o.id}` === key);
  return raw ? overlaySchema.parse(raw.data).leads : undefined;
};
// Who speaks at the meeting comes from the same rules as the pack's "Who to invite".
const invitees = workOutInvitees({
  council: site.council,
  area: {
    id: area.id,
    title: area.data.title,
    areaBoard: area.data.areaBoard,
    wardNames: area.data.wards.map((w) => w.name),
  },
  problem: {
    id: problem.id,
    title: problem.data.title,
    group: problem.data.group,
    leads: leadContacts(
      { id: problem.id, services: [problem.data.lead], overlayLeads: overlayLeads(`problems/${problem.id}`) },
      directory,
    ),
  },
  powers: problem.data.powers.flatMap((fit) => {
    const power = powers.find((p) => p.id === fit.power);
    return power && power.data.status === 'in-force'
      ? [
          {
            title: power.data.title,
            leads: contactsForPowerInArea(
              { id: power.id, services: power.data.leads, overlayLeads: overlayLeads(`powers/${power.id}`) },
              directory,
              area.id,
            ),
          },
        ]
      : [];
  }),
  contacts,
  services,
  nationalServices: nationalServicesSchema.parse(snapshot.nationalServices.data ?? {}),
  invited: [],
});
const police = invitees[0]!.who;
const leadOfficers = invitees
  .filter((i) => i.contact?.data.kind === 'council-team' && !i.throughLine)
  .map((i) => i.who);

const id = meetingId(area.id, problem.id, date!);
const file = path.join(layout.councilDir, 'meetings', `${id}.mdx`);
if (existsSync(file)) fail(`${path.relative(process.cwd(), file)} already exists.`);
writeFileSync(
  file,
  meetingTemplate({
    area,
    problem,
    date: date!,
    today: todayInLondon(),
    police,
    leadOfficers,
    enquiries: site.meetingEnquiries?.name ?? site.council,
    host: meetingHost(area.data, site.areaKind),
  }),
);
console.log(
  `Wrote ${path.relative(process.cwd(), file)}: a planned meeting from 18:30 to 20:00${area.data.usualVenue ? ` at ${area.data.usualVenue.name}` : ''}. Check the venue, times and speakers, then run npm run check.`,
);
