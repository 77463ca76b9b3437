/**
 * Reads a recommendation tracker spreadsheet (the site's own export, a Maidstone-style SCRAIP, a
 * York-style tracker, or any sheet with a --map) into a report's recommendations. Pure: the
 * caller reads the file into rows of text and writes the result. Anything it cannot account for
 * is refused with its row and column, and then nothing is written.
 */
import { isPartialDate } from './partial-date.ts';
import { progressStatusLabels, ragLabels, responseDecisionLabels } from './labels.ts';
import type { SheetFact, SheetPlace } from './problem-facts.ts';
import { closest } from './problems.ts';
import { findRole, roleKey } from './report-rules.ts';
import { slugOf } from './tracker.ts';
import type { RoleKind, Roles } from '../schemas/roles.ts';
import { progressUpdateKeys, recommendationKeys, responseKeys } from '../schemas/report.ts';

/** Recommendation fields a sheet does not fill: its parts, notes on the source, and the response's minute. */
const notImported = ['subItems', 'sourceIncomplete', 'response.minute'] as const;

type RecommendationField =
  | Exclude<(typeof recommendationKeys)[number], 'response' | 'updates'>
  | `response.${(typeof responseKeys)[number]}`
  | `update.${(typeof progressUpdateKeys)[number]}`;

/** Where a column's values go: a recommendation field, a response or update field, or nowhere. */
export type ImportField = Exclude<RecommendationField, (typeof notImported)[number]> | 'report' | 'ignore';

/** The fields in the schema's order (src/schemas/report.ts), a response's and an update's in their place. */
export const importFields: readonly ImportField[] = [
  ...recommendationKeys
    .flatMap((key): RecommendationField[] =>
      key === 'response'
        ? responseKeys.map((k) => `response.${k}` as const)
        : key === 'updates'
          ? progressUpdateKeys.map((k) => `update.${k}` as const)
          : [key],
    )
    .filter(
      (field): field is Exclude<RecommendationField, (typeof notImported)[number]> =>
        !(notImported as readonly string[]).includes(field),
    ),
  'report',
  'ignore',
];

/** A header as compared: case, spaces and punctuation ignored ("Lead Officer/EM" -> "leadofficerem"). */
export function headerKey(header: string): string {
  return header
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]/g, '');
}

/**
 * The columns the importer knows: the site's own export (README, "Data exports"), Maidstone's
 * SCRAIP forms (2008 to 2023) and York's tracker (2026), and a few common names. Computed or
 * report-level export columns are read and ignored, so exporting and importing changes nothing.
 */
const knownColumns: Record<string, ImportField> = Object.fromEntries(
  (
    [
      // The site's export.
      ['report_id', 'report'],
      ['report_title', 'ignore'],
      ['report_published', 'ignore'],
      ['recommendation_id', 'id'],
      ['text', 'text'],
      ['to', 'to'],
      ['owner', 'leadOfficer'],
      ['due', 'due'],
      ['response_decision', 'response.decision'],
      ['response_date', 'response.date'],
      ['status', 'update.status'],
      ['latest_update_date', 'update.date'],
      ['latest_update', 'update.text'],
      ['url', 'ignore'],
      ['committee', 'ignore'],
      ['report_date', 'ignore'],
      ['cabinet_member', 'cabinetMember'],
      ['response_text', 'response.text'],
      ['response_by', 'response.by'],
      ['timetable', 'timetable'],
      ['latest_update_status', 'update.status'],
      ['rag', 'update.rag'],
      ['next_update', 'nextUpdate'],
      ['must_respond', 'mustRespond'],
      ['response_requested', 'responseRequested'],
      ['response_timing', 'ignore'],
      ['agreed', 'agreed'],
      ['origin', 'origin'],
      ['portfolio', 'portfolio'],
      // Maidstone SCRAIP: Recommendation | Cabinet Member | Response | Timetable | Lead Officer, and its variants.
      ['Recommendation', 'text'],
      ['Cabinet Member', 'cabinetMember'],
      ['Chief Officer / Cabinet Member', 'cabinetMember'],
      ['Relevant Cabinet Member', 'cabinetMember'],
      ['Response', 'response.text'],
      ['Officer Response/s', 'response.text'],
      ['Lead Officer', 'leadOfficer'],
      ['Lead Officer/s', 'leadOfficer'],
      ['Recommendation & Intended Outcomes', 'text'],
      // York: Reference | Origin | Date | Area | Recommendation | Exec Date | Lead Officer/EM | Action taken | Status.
      ['Reference', 'id'],
      ['Date', 'agreed'],
      ['Area', 'portfolio'],
      ['Exec Date', 'response.date'],
      ['Lead Officer/EM', 'leadOfficer'],
      ['Action taken', 'update.text'],
      // Common names.
      ['Ref', 'id'],
      ['ID', 'id'],
      ['No.', 'id'],
      ['Number', 'id'],
      ['Recommendation number', 'id'],
      ['Decision', 'response.decision'],
      ['Response date', 'response.date'],
      ['Due date', 'due'],
      ['Next update', 'nextUpdate'],
      ['Update date', 'update.date'],
      ['Update', 'update.text'],
      ['Progress', 'update.text'],
      ['RAG rating', 'update.rag'],
      ['RAG status', 'update.rag'],
    ] as const
  ).map(([header, field]) => [headerKey(header), field]),
);

/**
 * A problem with the sheet, at its row (as a spreadsheet shows it, the header being row 1; none
 * for the file as a whole) and column (its header as written): in words, or a fact the script
 * words because the words name the --map option.
 */
export type ImportProblem = SheetPlace & ({ message: string } | SheetFact);

export function formatImportProblem(file: string, p: SheetPlace & { message: string }): string {
  const where = [p.row !== undefined ? `row ${p.row}` : '', p.column !== undefined ? `column "${p.column}"` : '']
    .filter(Boolean)
    .join(', ');
  return `${file}: ${where ? `${where}: ` : ''}${p.message}`;
}

/** Reads "--map" options: "Column=field", field one of importFields ("-" means ignore). */
export function parseMaps(maps: readonly string[]): { map: Map<string, ImportField>; problems: ImportProblem[] } {
  const map = new Map<string, ImportField>();
  const problems: ImportProblem[] = [];
  for (const m of maps) {
    const at = m.lastIndexOf('=');
    const column = m.slice(0, at).trim();
    const raw = m.slice(at + 1).trim();
    const field = raw === '-' ? 'ignore' : raw;
    if (at < 1 || !(importFields as readonly string[]).includes(field)) {
      const guess = closest(field, [...importFields]);
      problems.push({ code: 'map-unreadable', option: m, ...(guess ? { guess } : {}) });
      continue;
    }
    map.set(headerKey(column), field as ImportField);
  }
  return { map, problems };
}

/** What each column of the sheet feeds; an unknown column is refused, naming it. */
export function planColumns(
  header: readonly string[],
  maps: ReadonlyMap<string, ImportField>,
): { plan: ImportField[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  // The site's export has both: "status" worked out on the build day, and the update's own status.
  const siteExport = header.some((name) => headerKey(name) === 'latestupdatestatus');
  const plan = header.map((name) => {
    const key = headerKey(name);
    const field = maps.get(key) ?? (siteExport && key === 'status' ? 'ignore' : knownColumns[key]);
    if (field) return field;
    problems.push(
      key
        ? { row: 1, column: name, code: 'column-unknown', header: name }
        : { row: 1, column: name, message: 'a column with no header; give it one, or delete the column' },
    );
    return 'ignore';
  });
  const seen = new Map<ImportField, string>();
  header.forEach((name, i) => {
    const field = plan[i]!;
    if (field === 'ignore') return;
    const other = seen.get(field);
    if (other !== undefined) problems.push({ row: 1, column: name, code: 'column-field-taken', field, takenBy: other });
    else seen.set(field, name);
  });
  return { plan, problems };
}

/** One recommendation as read from one row: only the fields the row gives. */
export interface ImportedRow {
  row: number;
  report?: string;
  fields: Partial<Record<Exclude<ImportField, 'ignore' | 'report'>, string>>;
}

const decisionWords: Record<string, string> = {
  accepted: 'accepted',
  accept: 'accepted',
  agreed: 'accepted',
  approved: 'accepted',
  partlyaccepted: 'partly-accepted',
  partiallyaccepted: 'partly-accepted',
  partlyagreed: 'partly-accepted',
  partiallyagreed: 'partly-accepted',
  rejected: 'rejected',
  notagreed: 'rejected',
  notaccepted: 'rejected',
  declined: 'rejected',
  noted: 'noted',
  deferred: 'deferred',
};
const statusWords: Record<string, string> = {
  notstarted: 'not-started',
  ongoing: 'ongoing',
  inprogress: 'ongoing',
  started: 'ongoing',
  paused: 'paused',
  onhold: 'paused',
  complete: 'complete',
  completed: 'complete',
  done: 'complete',
  implemented: 'complete',
};
const ragWords: Record<string, string> = {
  red: 'red',
  r: 'red',
  amber: 'amber',
  a: 'amber',
  green: 'green',
  g: 'green',
};
const routeWords: Record<string, string> = {
  executive: 'executive',
  cabinet: 'executive',
  partner: 'partner',
  none: 'none',
};

/**
 * A date as a sheet writes it: YYYY-MM-DD, YYYY-MM or YYYY (the site's own form), or dd/mm/yy and
 * dd/mm/yyyy as UK trackers write it (a two-digit year is 20yy). Undefined when it is none of these.
 */
export function sheetDate(text: string): string | undefined {
  const t = text.trim();
  if (isPartialDate(t)) return t;
  const uk = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(t);
  if (!uk) return undefined;
  const year = uk[3]!.length === 2 ? `20${uk[3]}` : uk[3]!;
  const iso = `${year}-${uk[2]!.padStart(2, '0')}-${uk[1]!.padStart(2, '0')}`;
  return isPartialDate(iso) ? iso : undefined;
}

/** "accepted, partly accepted or rejected": the labels readers see, as choices in a message. */
export function choicesOf(labels: Record<string, string>): string {
  const words = Object.values(labels).map((label) => label.toLowerCase());
  return words.length > 1 ? `${words.slice(0, -1).join(', ')} or ${words.at(-1)}` : (words[0] ?? '');
}

const dateFields = new Set<ImportField>([
  'responseRequested',
  'due',
  'response.date',
  'update.date',
  'nextUpdate',
  'agreed',
]);

function normaliseValue(field: ImportField, value: string): { value: string } | { message: string } | SheetFact {
  const key = headerKey(value);
  if (dateFields.has(field)) {
    const date = sheetDate(value);
    return date
      ? { value: date }
      : { message: `found "${value}", expected a date written as YYYY-MM-DD (or YYYY-MM, YYYY, or dd/mm/yyyy)` };
  }
  if (field === 'response.decision')
    return decisionWords[key]
      ? { value: decisionWords[key] }
      : { message: `found "${value}", expected a decision: ${choicesOf(responseDecisionLabels)}` };
  if (field === 'update.status') {
    if (statusWords[key]) return { value: statusWords[key] };
    if (ragWords[key] && key.length > 1) return { code: 'status-is-rag', value };
    return { message: `found "${value}", expected a status: ${choicesOf(progressStatusLabels)}` };
  }
  if (field === 'update.rag')
    return ragWords[key]
      ? { value: ragWords[key] }
      : { message: `found "${value}", expected a RAG rating: ${choicesOf(ragLabels)}` };
  if (field === 'mustRespond')
    return routeWords[key]
      ? { value: routeWords[key] }
      : { message: `found "${value}", expected who must respond: executive, partner or none` };
  return { value: value.trim() };
}

/** A label printed at the start of a recommendation: "a)", "(b)", "1.", "R2". */
const leadingLabel = /^\s*(\(?[A-Za-z0-9]{1,3}\)|[0-9]{1,3}\.|R[0-9]{1,3}[.:]?)\s+/;

export interface ReadResult {
  rows: ImportedRow[];
  /** Rows for another report (the site's own export holds every report). */
  skipped: number;
  problems: ImportProblem[];
  /** How ids were found, for the account. */
  ids: 'column' | 'labels' | 'row-order';
}

/**
 * The rows of a sheet (header first) as recommendations for one report. Empty rows are passed
 * over; with no id column, ids are the labels printed at the start of every recommendation
 * ("a)", "1.") or else the row order counted from 1.
 */
export function readTrackerRows(
  sheet: readonly (readonly string[])[],
  plan: readonly ImportField[],
  reportId: string,
  updateDate: string,
): ReadResult {
  const problems: ImportProblem[] = [];
  const header = sheet[0] ?? [];
  const body = sheet
    .slice(1)
    .map((cells, i) => ({ cells, row: i + 2 }))
    .filter(({ cells }) => cells.some((c) => c.trim() !== ''));
  let skipped = 0;
  const rows: ImportedRow[] = [];
  // Cells already refused, so a row is not refused twice for one mistake.
  const refused = new Set<string>();
  for (const { cells, row } of body) {
    const imported: ImportedRow = { row, fields: {} };
    plan.forEach((field, i) => {
      const cell = (cells[i] ?? '').trim();
      if (field === 'ignore' || cell === '') return;
      if (field === 'report') {
        imported.report = cell;
        return;
      }
      const read = normaliseValue(field, cell);
      if ('code' in read || 'message' in read) {
        problems.push({ row, column: header[i] ?? `column ${i + 1}`, ...read });
        refused.add(`${row}:${field}`);
      } else imported.fields[field] = read.value;
    });
    if (imported.report !== undefined && imported.report !== reportId) {
      skipped++;
      continue;
    }
    rows.push(imported);
  }
  const textColumn = plan.indexOf('text');
  const idColumn = plan.indexOf('id');
  let ids: ReadResult['ids'] = 'column';
  if (idColumn === -1) {
    const labels = rows.map((r) => (r.fields.text ? leadingLabel.exec(r.fields.text)?.[1] : undefined));
    if (rows.length > 0 && labels.every((l) => l !== undefined)) {
      ids = 'labels';
      rows.forEach((r, i) => {
        r.fields.id = labels[i]!.replace(/^\(|[).:]$/g, '');
        r.fields.text = r.fields.text!.replace(leadingLabel, '');
      });
    } else {
      ids = 'row-order';
      rows.forEach((r, i) => (r.fields.id = String(i + 1)));
    }
  }
  const seen = new Map<string, number>();
  for (const r of rows) {
    if (!r.fields.id)
      problems.push({
        row: r.row,
        column: header[idColumn] ?? 'id',
        message: 'empty; expected the recommendation\'s label, such as "1" or "SR (25/26) 01"',
      });
    else if (seen.has(r.fields.id))
      problems.push({
        row: r.row,
        column: header[idColumn] ?? 'id',
        message: `found "${r.fields.id}" again (row ${seen.get(r.fields.id)} has it); expected each recommendation once`,
      });
    else seen.set(r.fields.id, r.row);
    const hasUpdate = r.fields['update.text'] || r.fields['update.status'] || r.fields['update.rag'];
    if (hasUpdate && !r.fields['update.status'] && !refused.has(`${r.row}:update.status`))
      problems.push({ row: r.row, code: 'update-lacks-status' });
    if (hasUpdate && !r.fields['update.text'] && !refused.has(`${r.row}:update.text`))
      problems.push({ row: r.row, code: 'update-lacks-text' });
    if (hasUpdate && !r.fields['update.date']) r.fields['update.date'] = updateDate;
  }
  if (textColumn === -1 && rows.some((r) => !r.fields.text)) problems.push({ row: 1, code: 'text-column-missing' });
  return { rows, skipped, problems, ids };
}

type Raw = Record<string, unknown>;

export interface MergeResult {
  recommendations: Raw[];
  added: number;
  changed: number;
  unchanged: number;
  /** Roles the sheet names that roles.yaml did not have, by new id. */
  newRoles: Roles;
  /** For each new role, the existing one it may duplicate, for the account. */
  nearRoles: Map<string, string>;
}

function ordered(object: Raw, order: readonly string[]): Raw {
  const known = order.filter((k) => k in object).map((k) => [k, object[k]] as const);
  const rest = Object.entries(object).filter(([k]) => !order.includes(k));
  return Object.fromEntries([...known, ...rest]);
}

/** The same data whatever the order of its keys, so re-ordering is never counted as a change. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Raw).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

const roleKinds: Record<'cabinetMember' | 'leadOfficer' | 'response.by', RoleKind> = {
  cabinetMember: 'cabinet-member',
  leadOfficer: 'officer',
  'response.by': 'body',
};

const roleFields = ['cabinetMember', 'leadOfficer'] as const;
type PlainField = Exclude<
  ImportField,
  'id' | 'report' | 'ignore' | (typeof roleFields)[number] | `response.${string}` | `update.${string}`
>;
/** The fields a row sets as written: all but the id, the roles (matched to roles.yaml) and the response's and update's parts. */
const plainFields = importFields.filter(
  (field): field is PlainField =>
    !(['id', 'report', 'ignore', ...roleFields] as readonly string[]).includes(field) && !field.includes('.'),
);

/**
 * Lays the rows over a report's recommendations (as written in its file): a row with a known id
 * sets the fields it gives and leaves the rest; a new id adds a recommendation at the end; an
 * update that is already there (same date and text) is not added again. Nothing is ever deleted.
 */
export function mergeRecommendations(
  existing: readonly Raw[],
  rows: readonly ImportedRow[],
  roles: Roles,
): MergeResult {
  const recs = existing.map((r) => structuredClone(r));
  const newRoles: Roles = {};
  const nearRoles = new Map<string, string>();
  const allRoles = () => ({ ...roles, ...newRoles });
  const roleFor = (field: keyof typeof roleKinds, text: string): string => {
    const found = findRole(allRoles(), text);
    if (found) return found;
    let id = slugOf(text) || 'role';
    for (let n = 2; id in allRoles(); n++) id = `${slugOf(text)}-${n}`;
    newRoles[id] = { title: text, kind: roleKinds[field], aliases: [] };
    const near = closest(
      roleKey(text),
      Object.entries(roles).map(([, r]) => roleKey(r.title)),
    );
    const nearId = near ? Object.entries(roles).find(([, r]) => roleKey(r.title) === near)?.[0] : undefined;
    if (nearId) nearRoles.set(id, nearId);
    return id;
  };
  let added = 0;
  let changed = 0;
  let unchanged = 0;
  for (const { fields } of rows) {
    const index = recs.findIndex((r) => String(r.id) === fields.id);
    const before = index === -1 ? undefined : canonical(recs[index]);
    const rec: Raw = index === -1 ? { id: fields.id } : recs[index]!;
    for (const key of plainFields) if (fields[key] !== undefined) rec[key] = fields[key];
    for (const key of roleFields) if (fields[key] !== undefined) rec[key] = roleFor(key, fields[key]!);
    const response: Raw = { ...((rec.response as Raw | undefined) ?? {}) };
    if (fields['response.decision']) response.decision = fields['response.decision'];
    if (fields['response.date']) response.date = fields['response.date'];
    if (fields['response.text']) response.text = fields['response.text'];
    if (fields['response.by']) response.by = roleFor('response.by', fields['response.by']);
    if (Object.keys(response).length > 0) rec.response = ordered(response, responseKeys);
    if (fields['update.status']) {
      const updates = Array.isArray(rec.updates) ? (rec.updates as Raw[]) : [];
      const update = ordered(
        {
          date: fields['update.date'],
          text: fields['update.text'],
          status: fields['update.status'],
          ...(fields['update.rag'] ? { rag: fields['update.rag'] } : {}),
        },
        progressUpdateKeys,
      );
      const same = updates.find((u) => String(u.date) === update.date && u.text === update.text);
      if (same) Object.assign(same, { status: update.status, ...(update.rag ? { rag: update.rag } : {}) });
      else updates.push(update);
      rec.updates = updates;
    }
    const after = ordered(rec, recommendationKeys);
    if (index === -1) {
      recs.push(after);
      added++;
    } else {
      recs[index] = after;
      if (canonical(after) === before) unchanged++;
      else changed++;
    }
  }
  return { recommendations: recs, added, changed, unchanged, newRoles, nearRoles };
}

/**
 * Replaces the top-level "recommendations:" block of a file's front matter with `block` (which
 * starts with "recommendations:"), leaving every other line as it was; adds it before
 * "reviewed:" (or at the end) when there is none.
 */
export function replaceRecommendationsBlock(fileText: string, block: string): string {
  const match = /^(\uFEFF?---\r?\n)([\s\S]*?\r?\n)(---(?:\r?\n|$)[\s\S]*)$/.exec(fileText);
  if (!match) throw new Error('expected front matter between two "---" lines');
  const lines = match[2]!.split('\n');
  const start = lines.findIndex((l) => /^recommendations:/.test(l));
  const body = block.endsWith('\n') ? block.slice(0, -1).split('\n') : block.split('\n');
  if (start === -1) {
    const at = lines.findIndex((l) => /^reviewed:/.test(l));
    lines.splice(at === -1 ? lines.length - 1 : at, 0, ...body);
  } else {
    let end = start + 1;
    // The block runs to the next top-level key: indented lines, list items, comments and blank lines belong to it.
    while (end < lines.length - 1 && (lines[end] === '' || /^[\s#-]/.test(lines[end]!))) end++;
    while (end > start + 1 && lines[end - 1] === '') end--;
    lines.splice(start, end - start, ...body);
  }
  return `${match[1]}${lines.join('\n')}${match[3]}`;
}

/** Roles to add to the end of roles.yaml, in the file's hand-written style. */
export function rolesYaml(roles: Roles, quote: (text: string) => string): string {
  return Object.entries(roles)
    .map(([id, role]) => `${id}:\n  title: ${quote(role.title)}\n  kind: ${role.kind}\n`)
    .join('');
}
