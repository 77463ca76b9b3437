/**
 * What changed in a period: powers, legislation, contacts and scrutiny recommendations, from the
 * dates written in the content (reviewed, in force, repealed, commenced, responses, updates), never
 * from file times. Pure: the period comes in as an argument.
 */
import type { Contact } from '../schemas/contact.ts';
import type { Legislation } from '../schemas/legislation.ts';
import type { Power } from '../schemas/power.ts';
import { recommendationAnchor, type Report } from '../schemas/report.ts';
import { isPublicReport } from './public-reports.ts';
import { legislationDateLabels, progressStatusLabels, responseDecisionLabels } from './labels.ts';
import { precisionOf } from './partial-date.ts';
import { addDays } from './format.ts';

export const changeCollections = ['legislation', 'powers', 'contacts', 'recommendations'] as const;
export type ChangeCollection = (typeof changeCollections)[number];

export const changeCollectionLabels: Record<ChangeCollection, string> = {
  legislation: 'Legislation',
  powers: 'Powers',
  contacts: 'Contacts',
  recommendations: 'Scrutiny recommendations',
};

/** What happened: a check of the entry against its sources, or a change in the facts. */
export type ChangeKind = 'reviewed' | 'in-force' | 'repealed' | 'made' | 'response' | 'update';

export interface Change {
  /** The day it happened, YYYY-MM-DD. */
  date: string;
  collection: ChangeCollection;
  kind: ChangeKind;
  /** Where it is shown: the entry's path inside the site, such as "powers/closure-order/". */
  path: string;
  /** The entry's title (for recommendations: "<report title>: recommendation R5"). */
  title: string;
  /** What changed, in a few plain words. */
  what: string;
}

export interface Period {
  /** First day, included. */
  since: string;
  /** Last day, included. */
  until: string;
}

/** "The last N days": from N days before asOf to asOf, both included. */
export function lastDays(asOf: string, days: number): Period {
  if (!Number.isInteger(days) || days < 0) throw new Error(`lastDays: expected a whole number of days, found ${days}`);
  return { since: addDays(asOf, -days), until: asOf };
}

export function inPeriod(date: string | undefined, period: Period): date is string {
  return date !== undefined && date >= period.since && date <= period.until;
}

interface WithData<T> {
  id: string;
  data: T;
}

export interface ChangeSources {
  powers?: readonly WithData<Power>[];
  legislation?: readonly WithData<Legislation>[];
  contacts?: readonly WithData<Contact>[];
  /** Any reports: drafts and exempt reports are left out here too. */
  reports?: readonly WithData<Report>[];
}

function powerChanges({ id, data }: WithData<Power>): Change[] {
  const at = { collection: 'powers' as const, path: `powers/${id}/`, title: data.title };
  return [
    { ...at, date: data.reviewed, kind: 'reviewed' as const, what: 'Checked against its sources' },
    ...(data.inForceFrom
      ? [{ ...at, date: data.inForceFrom, kind: 'in-force' as const, what: 'Came into force' }]
      : []),
    ...(data.repealedOn ? [{ ...at, date: data.repealedOn, kind: 'repealed' as const, what: 'Repealed' }] : []),
    ...data.upcomingChanges.flatMap((c) =>
      c.commencement
        ? [{ ...at, date: c.commencement, kind: 'in-force' as const, what: `Change in force: ${c.summary.trim()}` }]
        : [],
    ),
  ];
}

function legislationChanges({ id, data }: WithData<Legislation>): Change[] {
  const at = { collection: 'legislation' as const, path: `legislation/${id}/`, title: data.title };
  return [
    { ...at, date: data.reviewed, kind: 'reviewed' as const, what: 'Checked against its sources' },
    { ...at, date: data.date, kind: 'made' as const, what: legislationDateLabels[data.kind] },
    ...data.commencement.map((c) => ({
      ...at,
      date: c.date,
      kind: 'in-force' as const,
      what: `Came into force: ${c.what.trim()}`,
    })),
  ];
}

function contactChanges({ id, data }: WithData<Contact>): Change[] {
  return [
    {
      collection: 'contacts',
      path: `contacts/${id}/`,
      title: data.title,
      date: data.reviewed,
      kind: 'reviewed',
      what: 'Details checked',
    },
  ];
}

function recommendationChanges({ id, data }: WithData<Report>): Change[] {
  if (!isPublicReport(data)) return [];
  // Only dates given to the day can be placed in a period; "September 2022" cannot.
  const day = (date: string | undefined): date is string => date !== undefined && precisionOf(date) === 'day';
  return data.recommendations.flatMap((rec) => {
    const at = {
      collection: 'recommendations' as const,
      path: `reports/${id}/#recommendation-${recommendationAnchor(rec.id)}`,
      title: `${data.title}: recommendation ${rec.id}`,
    };
    const response = rec.response;
    return [
      ...(response && day(response.date)
        ? [
            {
              ...at,
              date: response.date,
              kind: 'response' as const,
              what: response.decision
                ? `Response: ${responseDecisionLabels[response.decision].toLowerCase()}`
                : 'Response given',
            },
          ]
        : []),
      ...rec.updates
        .filter((u) => day(u.date))
        .map((u) => ({
          ...at,
          date: u.date,
          kind: 'update' as const,
          what: `Progress update: ${progressStatusLabels[u.status].toLowerCase()}${u.rag ? ` (${u.rag})` : ''}`,
        })),
    ];
  });
}

const collectionOrder = new Map(changeCollections.map((c, i) => [c, i]));

/** Every change dated inside the period, newest first, then by collection and title. */
export function changesIn(sources: ChangeSources, period: Period): Change[] {
  const all = [
    ...(sources.legislation ?? []).flatMap(legislationChanges),
    ...(sources.powers ?? []).flatMap(powerChanges),
    ...(sources.contacts ?? []).flatMap(contactChanges),
    ...(sources.reports ?? []).flatMap(recommendationChanges),
  ];
  return all
    .filter((c) => inPeriod(c.date, period))
    .sort(
      (a, b) =>
        b.date.localeCompare(a.date) ||
        collectionOrder.get(a.collection)! - collectionOrder.get(b.collection)! ||
        a.title.localeCompare(b.title, 'en-GB') ||
        a.what.localeCompare(b.what, 'en-GB'),
    );
}

export interface ChangesOnDay {
  date: string;
  groups: { collection: ChangeCollection; changes: Change[] }[];
}

/** Changes (already sorted by changesIn) grouped by day, then by collection. */
export function groupChangesByDay(changes: readonly Change[]): ChangesOnDay[] {
  const days: ChangesOnDay[] = [];
  for (const change of changes) {
    let day = days.at(-1);
    if (day?.date !== change.date) days.push((day = { date: change.date, groups: [] }));
    let group = day.groups.at(-1);
    if (group?.collection !== change.collection)
      day.groups.push((group = { collection: change.collection, changes: [] }));
    group.changes.push(change);
  }
  return days;
}

/** Changes to the facts (a law, a power, a response) apart from pages only checked against their sources. */
export function splitChecks(changes: readonly Change[]): { facts: Change[]; checks: Change[] } {
  return {
    facts: changes.filter((c) => c.kind !== 'reviewed'),
    checks: changes.filter((c) => c.kind === 'reviewed'),
  };
}
