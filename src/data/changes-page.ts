/** The "what changed" page's data: one call. */
import { asOf } from './build-date.ts';
import { getContacts, getLegislation, getPowers, getPublicReports } from './content.ts';
import { getLawChanges } from './law-changes.ts';
import { changesIn, lastDays, splitChecks } from '../lib/changes.ts';
import { lawChangesSince } from '../lib/law-changes.ts';

/** The last 90 days: changes to the shared law pages, changes to the facts, and pages checked against their sources. */
export async function changesPage() {
  const days = 90;
  const period = lastDays(asOf, days);
  const [powers, legislation, contacts, reports, lawChanges] = await Promise.all([
    getPowers(),
    getLegislation(),
    getContacts(),
    getPublicReports(),
    getLawChanges(),
  ]);
  const { facts, checks } = splitChecks(changesIn({ powers, legislation, contacts, reports }, period));
  return { days, period, facts, checks, lawChanges: lawChangesSince(lawChanges, period.since) };
}
