/**
 * Every reference one entry makes to another, with the field it sits in. The integrity check
 * uses this to find dangling references; pages use it to link both ways.
 */
import type { CollectionName } from '../schemas/collections.ts';
import type { Area } from '../schemas/area.ts';
import type { Briefing } from '../schemas/briefing.ts';
import type { Contact } from '../schemas/contact.ts';
import type { Legislation } from '../schemas/legislation.ts';
import type { Meeting } from '../schemas/meeting.ts';
import type { Partnership } from '../schemas/partnership.ts';
import type { Power } from '../schemas/power.ts';
import type { Problem } from '../schemas/problem.ts';
import type { Report } from '../schemas/report.ts';

export interface Reference {
  /** The field holding the reference, such as "replacedBy[0]". */
  field: string;
  /** The collection the target must be in. */
  collection: CollectionName;
  /** The target's id. */
  id: string;
}

const list = (field: string, collection: CollectionName, ids: readonly string[] | undefined): Reference[] =>
  (Array.isArray(ids) ? ids : []).map((id, i) => ({ field: `${field}[${i}]`, collection, id }));

type EntryData = {
  powers: Power;
  legislation: Legislation;
  problems: Problem;
  contacts: Contact;
  areas: Area;
  reports: Report;
  briefings: Briefing;
  meetings: Meeting;
};

const extractors: { [C in CollectionName]: (data: EntryData[C]) => Reference[] } = {
  powers: (p) => [
    ...list('replaces', 'powers', p.replaces),
    ...list('replacedBy', 'powers', p.replacedBy),
    ...list('changedBy', 'legislation', p.changedBy),
    ...(p.upcomingChanges ?? []).map((c, i) => ({
      field: `upcomingChanges[${i}].legislation`,
      collection: 'legislation' as const,
      id: c.legislation,
    })),
    ...(['england', 'wales'] as const).flatMap((n) =>
      list(`nations.${n}.doesNotApply.use`, 'powers', p.nations?.[n]?.doesNotApply?.use),
    ),
  ],
  legislation: (l) => [
    ...list('introduces', 'powers', l.introduces),
    ...list('repeals', 'powers', l.repeals),
    ...list('amends', 'powers', l.amends),
  ],
  problems: (p) => [
    ...(p.powers ?? []).map((entry, i) => ({
      field: `powers[${i}].power`,
      collection: 'powers' as const,
      id: entry.power,
    })),
  ],
  contacts: (c) => [
    ...(c.areas === 'all' ? [] : list('areas', 'areas', c.areas)),
    ...list('powers', 'powers', c.powers),
  ],
  areas: (a) => [
    ...list('contacts', 'contacts', a.contacts),
    ...(a.priorities ?? []).flatMap((p, i) =>
      p.problem ? [{ field: `priorities[${i}].problem`, collection: 'problems' as const, id: p.problem }] : [],
    ),
  ],
  reports: (r) => [...list('problems', 'problems', r.problems), ...list('areas', 'areas', r.areas)],
  briefings: (b) => [
    ...list('about.powers', 'powers', b.about?.powers),
    ...list('about.legislation', 'legislation', b.about?.legislation),
    ...list('about.reports', 'reports', b.about?.reports),
    ...list('about.meetings', 'meetings', b.about?.meetings),
  ],
  meetings: (m) => [
    { field: 'area', collection: 'areas', id: m.area },
    { field: 'problem', collection: 'problems', id: m.problem },
    ...list('invited', 'contacts', m.invited),
  ],
};

export function referencesOf<C extends CollectionName>(collection: C, data: EntryData[C]): Reference[] {
  return extractors[collection](data);
}

export function partnershipReferences(p: Partnership): Reference[] {
  return [
    ...p.members.map((m, i) => ({ field: `members[${i}].contact`, collection: 'contacts' as const, id: m.contact })),
    ...p.framework.flatMap((law, i) =>
      law.legislation
        ? [{ field: `framework[${i}].legislation`, collection: 'legislation' as const, id: law.legislation }]
        : [],
    ),
    ...p.priorities.flatMap((priority, i) => [
      ...(priority.lead
        ? [{ field: `priorities[${i}].lead`, collection: 'contacts' as const, id: priority.lead }]
        : []),
      ...list(`priorities[${i}].problems`, 'problems', priority.problems),
    ]),
  ];
}
