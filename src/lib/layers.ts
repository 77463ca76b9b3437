/**
 * The rules that join the two layers: national services and each council's contacts for them,
 * a council's overlays on national entries, and the national changelog. Pure: the caller reads
 * the files.
 */
import type { z } from 'zod';
import { collections, type CollectionName } from '../schemas/collections.ts';
import { nationalChangelogSchema, type NationalChange } from '../schemas/national-changelog.ts';
import { overlaySchema, type Overlay } from '../schemas/overlay.ts';
import { councilServicesSchema, nationalServicesSchema } from '../schemas/services.ts';
import { commonComplaintsSchema } from '../schemas/common-complaints.ts';
import { danglingReferences, reviewDateProblems, schemaProblems, validateSingleton } from './check-basics.ts';
import type { CodedProblem, Finding } from './problem-facts.ts';
import { closest, type SchemaIssue } from './problems.ts';
import type { ContentSnapshot, RawOverlay, ValidEntry } from './snapshot.ts';

/** A national entry's reference to a service, with the field it sits in. */
export interface ServiceReference {
  field: string;
  service: string;
}

/** The services a national power or problem names as leads. */
export function serviceReferencesOf(collection: CollectionName, data: unknown): ServiceReference[] {
  if (collection === 'powers') {
    const leads = (data as { leads?: unknown }).leads;
    return (Array.isArray(leads) ? leads : []).map((service, i) => ({
      field: `leads[${i}]`,
      service: String(service),
    }));
  }
  if (collection === 'problems') {
    const lead = (data as { lead?: unknown }).lead;
    return typeof lead === 'string' ? [{ field: 'lead', service: lead }] : [];
  }
  return [];
}

export function layerProblems(
  snapshot: ContentSnapshot,
  ids: Map<CollectionName, Set<string>>,
  asOf: string,
): Finding[] {
  const problems: Finding[] = [];
  const national = validateSingleton(snapshot.nationalServices, nationalServicesSchema, problems);
  const serviceIds = Object.keys(national ?? {});
  const unknownService = (file: string, field: string, service: string): CodedProblem => {
    const guess = closest(service, serviceIds);
    return {
      file,
      field,
      code: 'service-unknown',
      service,
      servicesFile: snapshot.nationalServices.file,
      ...(guess ? { guess } : {}),
    };
  };

  // Every entry, valid or not, so one run lists everything.
  if (national)
    for (const raw of snapshot.entries)
      for (const ref of serviceReferencesOf(raw.collection, raw.data))
        if (!(ref.service in national)) problems.push(unknownService(raw.file, ref.field, ref.service));

  const council = validateSingleton(snapshot.councilServices, councilServicesSchema, problems);
  if (council) {
    const file = snapshot.councilServices.file;
    for (const [service, contacts] of Object.entries(council)) {
      if (national && !(service in national)) problems.push(unknownService(file, service, service));
      problems.push(
        ...danglingReferences(
          file,
          contacts.map((id, i) => ({ field: `${service}[${i}]`, collection: 'contacts' as const, id })),
          ids,
        ),
      );
    }
  }

  for (const overlay of snapshot.overlays) problems.push(...overlayProblems(overlay, ids, asOf));
  problems.push(...changelogProblems(snapshot, ids));
  problems.push(...commonComplaintsProblems(snapshot, ids));
  return problems;
}

/** The problem finder's order of the commonest complaints: optional, and every id must be a problem. */
function commonComplaintsProblems(snapshot: ContentSnapshot, ids: Map<CollectionName, Set<string>>): Finding[] {
  if (snapshot.commonComplaints.data === undefined) return [];
  const problems: Finding[] = [];
  const order = validateSingleton(snapshot.commonComplaints, commonComplaintsSchema, problems);
  if (!order) return problems;
  const refs = [
    ...order.problems.map((id, i) => ({ field: `problems[${i}]`, collection: 'problems' as const, id })),
    ...(order.ifNothingWorks
      ? [{ field: 'ifNothingWorks', collection: 'problems' as const, id: order.ifNothingWorks }]
      : []),
  ];
  problems.push(...danglingReferences(snapshot.commonComplaints.file, refs, ids));
  order.problems.forEach((id, i) => {
    if (order.problems.indexOf(id) !== i)
      problems.push({
        file: snapshot.commonComplaints.file,
        field: `problems[${i}]`,
        code: 'complaint-repeated',
        id,
      });
  });
  return problems;
}

function overlayProblems(overlay: RawOverlay, ids: Map<CollectionName, Set<string>>, asOf: string): Finding[] {
  const problems: Finding[] = [];
  if (!ids.get(overlay.target)?.has(overlay.id)) {
    const guess = closest(overlay.id, [...(ids.get(overlay.target) ?? [])]);
    problems.push({
      file: overlay.file,
      field: 'file name',
      code: 'overlay-target-missing',
      target: overlay.target,
      id: overlay.id,
      ...(guess ? { guess } : {}),
    });
  }
  const result = overlaySchema.safeParse(overlay.data, { reportInput: true });
  if (!result.success)
    return [
      ...problems,
      ...schemaProblems(overlay.file, overlaySchema as z.ZodType, result.error.issues as SchemaIssue[]),
    ];
  const refs = result.data.leads.map((id, i) => ({ field: `leads[${i}]`, collection: 'contacts' as const, id }));
  return [
    ...problems,
    ...danglingReferences(overlay.file, refs, ids),
    ...reviewDateProblems(overlay.file, result.data, asOf),
  ];
}

function changelogProblems(snapshot: ContentSnapshot, ids: Map<CollectionName, Set<string>>): Finding[] {
  const problems: Finding[] = [];
  const changelog = validateSingleton(snapshot.nationalChangelog, nationalChangelogSchema, problems);
  changelog?.forEach((change, i) =>
    change.entries.forEach((entry, j) => {
      const [collection, id] = entry.split('/') as [CollectionName, string];
      if (!ids.get(collection)?.has(id))
        problems.push({
          file: snapshot.nationalChangelog.file,
          field: `[${i}].entries[${j}]`,
          code: 'changelog-entry-unknown',
          collection,
          entry,
        });
    }),
  );
  return problems;
}

/**
 * Warnings, which do not fail the check: national services that no contact of this council
 * provides (their pages show no local contact), and overlays written before a later change to
 * their national entry.
 */
export function layerWarnings(snapshot: ContentSnapshot): CodedProblem[] {
  const valid = snapshot.entries.flatMap((raw) => {
    const result = (collections[raw.collection].schema as z.ZodType).safeParse(raw.data);
    return result.success ? [{ raw, data: result.data as Record<string, unknown> }] : [];
  });
  const national = nationalServicesSchema.safeParse(snapshot.nationalServices.data);
  const council = councilServicesSchema.safeParse(snapshot.councilServices.data ?? {});
  const changelog = nationalChangelogSchema.safeParse(snapshot.nationalChangelog.data);
  const warnings: CodedProblem[] = [];
  if (national.success && council.success)
    warnings.push(...unprovidedServices(snapshot, valid, national.data, council.data));
  if (changelog.success)
    for (const overlay of snapshot.overlays) {
      const parsed = overlaySchema.safeParse(overlay.data);
      if (parsed.success) warnings.push(...outdatedOverlay(overlay, parsed.data, changelog.data));
    }
  return warnings;
}

function unprovidedServices(
  snapshot: ContentSnapshot,
  valid: readonly ValidEntry[],
  national: z.output<typeof nationalServicesSchema>,
  council: z.output<typeof councilServicesSchema>,
): CodedProblem[] {
  const usedBy = new Map<string, string[]>();
  for (const entry of valid)
    for (const ref of serviceReferencesOf(entry.raw.collection, entry.data))
      usedBy.set(ref.service, [...(usedBy.get(ref.service) ?? []), entry.raw.file]);
  return [...usedBy.entries()]
    .filter(([service]) => service in national && !(service in council))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([service, files]) => ({
      file: snapshot.councilServices.file,
      field: service,
      code: 'service-unprovided',
      serviceName: national[service]!.name,
      namedBy: files,
    }));
}

/** The latest change to a national entry, from the changelog. */
export function latestChange(changelog: readonly NationalChange[], entry: string): NationalChange | undefined {
  return changelog.filter((c) => c.entries.includes(entry)).sort((a, b) => b.date.localeCompare(a.date))[0];
}

function outdatedOverlay(raw: RawOverlay, overlay: Overlay, changelog: readonly NationalChange[]): CodedProblem[] {
  const change = latestChange(changelog, `${raw.target}/${raw.id}`);
  const checked = overlay.checkedAgainst ?? overlay.reviewed;
  if (!change || change.date <= checked) return [];
  return [
    {
      file: raw.file,
      field: overlay.checkedAgainst ? 'checkedAgainst' : 'reviewed',
      code: 'overlay-outdated',
      changed: change.date,
      summary: change.summary,
      checked,
    },
  ];
}
