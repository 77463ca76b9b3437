/**
 * Rules for scrutiny reports and the council's roles that need more than one field, or more than
 * one file, at once. They follow the law and real papers, not an invented order: a late
 * response or a decision taken before the record was published is shown, never refused.
 * Recommendations are counted from 1 in messages, as officers count them.
 */
import { recommendationAnchor, type Report } from '../schemas/report.ts';
import type { Roles } from '../schemas/roles.ts';
import { certainlyBefore, comparePartialDates } from './partial-date.ts';
import { nameKey } from './lookup.ts';
import type { CodedProblem } from './problem-facts.ts';
import { closest } from './problems.ts';
import { reportPlaceholders } from './report-template.ts';
import { isPublicReport } from './public-reports.ts';

/** How a role's title or alias is compared: as any name is (case, "the", punctuation and spacing ignored). */
export const roleKey = nameKey;

/** The role whose id, title or alias matches `text` (case, "the" and punctuation ignored). */
export function findRole(roles: Roles, text: string): string | undefined {
  if (text in roles) return text;
  const key = roleKey(text);
  return Object.entries(roles).find(
    ([id, role]) => roleKey(id) === key || roleKey(role.title) === key || role.aliases.some((a) => roleKey(a) === key),
  )?.[0];
}

/** The existing role an unknown id most likely means: the same words as a title or alias, or a near spelling of an id. */
export function suggestRole(roles: Roles, id: string): string | undefined {
  return findRole(roles, id.replaceAll('-', ' ')) ?? closest(id, Object.keys(roles));
}

/** Every role id a report refers to, with the field it sits in (recommendations counted from 0, as in schema paths). */
export function roleReferencesOf(report: Pick<Report, 'recommendations'>): { field: string; id: string }[] {
  return report.recommendations.flatMap((rec, i) => {
    const at = `recommendations[${i}]`;
    return [
      ...(rec.cabinetMember ? [{ field: `${at}.cabinetMember`, id: rec.cabinetMember }] : []),
      ...(rec.leadOfficer ? [{ field: `${at}.leadOfficer`, id: rec.leadOfficer }] : []),
      ...(rec.response?.by ? [{ field: `${at}.response.by`, id: rec.response.by }] : []),
      ...rec.subItems.flatMap((s, j) =>
        s.response?.by ? [{ field: `${at}.subItems[${j}].response.by`, id: s.response.by }] : [],
      ),
    ];
  });
}

/** Role references read from a report that failed its schema: whatever can be read is checked. */
export function rawRoleReferences(data: unknown): { field: string; id: string }[] {
  const recs = (data as { recommendations?: unknown } | undefined)?.recommendations;
  if (!Array.isArray(recs)) return [];
  const asRec = (r: unknown) => (typeof r === 'object' && r !== null ? (r as Record<string, unknown>) : {});
  return recs.flatMap((raw, i) => {
    const rec = asRec(raw);
    const at = `recommendations[${i}]`;
    const subItems = Array.isArray(rec.subItems) ? rec.subItems : [];
    return [
      { field: `${at}.cabinetMember`, id: rec.cabinetMember },
      { field: `${at}.leadOfficer`, id: rec.leadOfficer },
      { field: `${at}.response.by`, id: asRec(rec.response).by },
      ...subItems.map((part, j) => ({ field: `${at}.subItems[${j}].response.by`, id: asRec(asRec(part).response).by })),
    ].filter(
      (ref): ref is { field: string; id: string } =>
        typeof ref.id === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(ref.id),
    );
  });
}

export interface ReportRuleContext {
  /** The council's roles, or undefined when roles.yaml is missing or broken. */
  roles: Roles | undefined;
  /** roles.yaml as written in messages. */
  rolesFile: string;
  /** True when roles.yaml exists. */
  rolesFileExists: boolean;
}

const optionalFields = new Set(['chair', 'partnership']);

/** Rules that need more than one field of a report at once. */
export function reportRules(file: string, report: Report, context: ReportRuleContext): CodedProblem[] {
  const problems: CodedProblem[] = [];
  const byId = new Map<string, number>();
  const byAnchor = new Map<string, number>();
  // The report exists from its committee meeting or publication, whichever the paper gives first.
  const dated = [report.dates.committee, report.dates.published]
    .filter((d): d is string => d !== undefined)
    .sort(comparePartialDates)[0];
  report.recommendations.forEach((rec, i) => {
    const at = `recommendations[${i}]`;
    // Compared only when both are known, and refused only when certainly earlier ("2022-09" is not before "2022-09-14").
    if (rec.due && dated && certainlyBefore(rec.due, dated))
      problems.push({
        file,
        field: `${at}.due`,
        code: 'due-before-report',
        due: rec.due,
        reportDate: dated,
      });
    const sameId = byId.get(rec.id);
    const anchor = recommendationAnchor(rec.id);
    const sameAnchor = byAnchor.get(anchor);
    if (sameId !== undefined)
      problems.push({
        file,
        field: `${at}.id`,
        code: 'recommendation-id-repeated',
        id: rec.id,
        firstIndex: sameId,
      });
    else if (sameAnchor !== undefined)
      problems.push({
        file,
        field: `${at}.id`,
        code: 'recommendation-anchor-shared',
        id: rec.id,
        anchor,
        otherIndex: sameAnchor,
        otherId: report.recommendations[sameAnchor]!.id,
      });
    if (sameId === undefined) byId.set(rec.id, i);
    if (sameAnchor === undefined) byAnchor.set(anchor, i);
    const parts = new Set<string>();
    rec.subItems.forEach((part, j) => {
      if (part.id === undefined) return;
      if (parts.has(part.id))
        problems.push({
          file,
          field: `${at}.subItems[${j}].id`,
          code: 'part-label-repeated',
          id: part.id,
          index: i,
          recommendationId: rec.id,
        });
      parts.add(part.id);
    });
  });

  const { decision, callInDeadline } = report.dates;
  if (decision && callInDeadline && certainlyBefore(callInDeadline, decision))
    problems.push({
      file,
      field: 'dates.callInDeadline',
      code: 'call-in-before-decision',
      callInDeadline,
      decision,
    });

  if (isPublicReport(report))
    for (const [field, placeholder] of Object.entries(reportPlaceholders))
      if ((report as unknown as Record<string, unknown>)[field] === placeholder)
        problems.push({
          file,
          field,
          code: 'report-placeholder-kept',
          reportField: field,
          placeholder,
          optional: optionalFields.has(field),
        });

  problems.push(...roleReferenceProblems(file, roleReferencesOf(report), context));
  return problems;
}

export function roleReferenceProblems(
  file: string,
  refs: { field: string; id: string }[],
  context: ReportRuleContext,
): CodedProblem[] {
  const { roles, rolesFile, rolesFileExists } = context;
  if (roles === undefined && rolesFileExists) return []; // roles.yaml has its own problems listed.
  return refs
    .filter((ref) => !roles || !(ref.id in roles))
    .map((ref): CodedProblem => {
      if (!roles) return { file, field: ref.field, code: 'role-file-missing', id: ref.id, rolesFile };
      const guess = suggestRole(roles, ref.id);
      return { file, field: ref.field, code: 'role-unknown', id: ref.id, rolesFile, ...(guess ? { guess } : {}) };
    });
}

/** One role once: two roles whose titles or aliases read the same (case, "the" and punctuation ignored) are a mistake. */
export function roleProblems(file: string, roles: Roles): CodedProblem[] {
  const problems: CodedProblem[] = [];
  const seen = new Map<string, string>();
  for (const [id, role] of Object.entries(roles)) {
    for (const [field, text] of [
      ['title', role.title] as const,
      ...role.aliases.map((a, i) => [`aliases[${i}]`, a] as const),
    ]) {
      const key = roleKey(text);
      const other = seen.get(key);
      if (other !== undefined && other !== id)
        problems.push({
          file,
          field: `${id}.${field}`,
          code: 'role-named-twice',
          text,
          other,
          otherTitle: roles[other]!.title,
        });
      else seen.set(key, id);
    }
  }
  return problems;
}

const partNames: Record<string, string> = { subItems: 'part', updates: 'update', evidenceSessions: 'evidence session' };

/**
 * A report's field path as an officer counts: "recommendations[2].updates[0].date" becomes
 * 'recommendation 3 ("c"), update 1, date'. Lists are counted from 1 and recommendations named
 * by their label as printed, when it can be read.
 */
export function readableReportField(field: string, data: unknown): string {
  const recs = (data as { recommendations?: unknown } | undefined)?.recommendations;
  const steps = field.match(/[^.[\]]+|\[\d+\]/g) ?? [];
  const out: string[] = [];
  let rec: unknown;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i]!;
    const next = steps[i + 1];
    const index = next && /^\[\d+\]$/.test(next) ? Number(next.slice(1, -1)) : undefined;
    if (step === 'recommendations' && index !== undefined && out.length === 0) {
      rec = Array.isArray(recs) ? recs[index] : undefined;
      const id = (rec as { id?: unknown } | undefined)?.id;
      out.push(`recommendation ${index + 1}${typeof id === 'string' || typeof id === 'number' ? ` ("${id}")` : ''}`);
      i++;
    } else if (partNames[step] && index !== undefined) {
      out.push(`${partNames[step]} ${index + 1}`);
      i++;
    } else out.push(step.startsWith('[') ? `item ${Number(step.slice(1, -1)) + 1}` : step);
  }
  return out.join(', ');
}
