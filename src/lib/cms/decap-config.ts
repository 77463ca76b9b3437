/**
 * The Decap CMS configuration for one council, made from the schemas: one CMS field for every
 * schema field, with its label, its doc comment as the hint, and the rules the CMS can show
 * before saving (required, pattern, limits, list length) in the schema's own words.
 */
import type { Site } from '../../schemas/site.ts';
import type { Editable, EditableFolder } from './collections.ts';
import { humanise } from './collections.ts';
import type { Field, Shape } from './shape.ts';

export type DecapField = Record<string, unknown> & { name: string; widget: string };

/** How the council edits its hosted site (site.yaml `editing`). */
export type EditingBackend = NonNullable<Site['editing']>;

export interface ConfigInput {
  council: string;
  councilName: string;
  /** The content root as the CMS's backend sees it, relative to the repository root: "content". */
  contentPath: string;
  /** National services for the service pickers: id and name. */
  services: { id: string; name: string }[];
  /** Entries offered as a list to choose from, for references a relation widget cannot show: id and title. */
  choices: Record<string, { id: string; title: string }[]>;
  /** Choices for fields that take one word or a list of ids (contacts' areas): id and title. */
  literalChoices: Record<string, { id: string; title: string }[]>;
  /** The hosted git backend, when the council has set one up. */
  editing?: EditingBackend | undefined;
  /** Whether the CMS talks to `npm run edit`'s local proxy (on this computer only). */
  localProxy?: string | undefined;
  /** The site's published address, for the "view on site" links. */
  siteUrl: string;
  /** The fields of each editable. */
  fieldsOf: (editable: Editable) => Field[];
}

/** Strings whose field names say they hold sentences: shown as a box of several lines. */
const longText = new Set([
  'summary',
  'text',
  'description',
  'legalTest',
  'breach',
  'why',
  'note',
  'boundaryNote',
  'accessibility',
  'withdrawnReason',
  'statusNote',
  'consultation',
  'appeal',
  'what',
  'action',
]);

const labels: Record<string, string> = {
  reviewBy: 'Review by',
  reviewed: 'Last reviewed',
  url: 'Web address',
  web: 'Web address',
  exemptParagraph: 'Schedule 12A paragraph',
  followUpDue: 'Follow-up due',
  id: 'Id',
  to: 'Addressed to',
  minutes: 'Minutes it takes',
  who: 'Who leads it',
  decision: 'Decision',
  subItems: 'Sub-items',
  subItem: 'Sub-item',
  rag: 'RAG rating',
  by: 'Responded by',
  leadOfficer: 'Lead officer',
  crimeAndDisorder: 'Crime and disorder committee',
};

/** Labels that depend on the field's parent: a meeting's agenda item, a report's dates. */
const labelsIn: Record<string, string> = {
  'agenda.decision': 'Decision required',
  'dates.decision': 'Executive decision',
  'dates.committee': 'Committee meeting',
};

export const fieldLabel = (name: string, parent = '') =>
  labelsIn[`${parent}.${name}`] ?? labels[name] ?? humanise(name);

/** The CMS field for a schema field. */
export function decapField(field: Field, input: ConfigInput, insideOptional = false, parent = ''): DecapField {
  const base: Record<string, unknown> = { name: field.name, label: fieldLabel(field.name, parent) };
  // A map's values (services.yaml's contacts) are named "value"; the label says what they are.
  if (field.name === 'value' && field.shape.kind === 'list' && field.shape.of.kind === 'reference')
    base.label = humanise(field.shape.of.target);
  if (field.doc) base.hint = field.doc;
  if (!field.required || field.nullable || insideOptional) base.required = false;
  // Decap checks the fields of an optional object even when it is left empty, so they are marked
  // optional there; the schema's own check before saving still says what such an object needs.
  const widget = widgetFor(field.shape, field.name, input, insideOptional || !field.required);
  const out = { ...base, ...widget } as DecapField;
  if (
    field.default !== undefined &&
    !(Array.isArray(field.default) && field.default.length === 0) &&
    typeof field.default !== 'object'
  )
    out.default = field.default;
  if (field.shape.kind === 'date' && !field.required) out.default = '';
  // Decap starts a new entry's list of objects with one empty item unless told otherwise.
  if (field.shape.kind === 'list' && out.widget === 'list')
    out.default = Array.isArray(field.default) ? field.default : [];
  return out;
}

function widgetFor(
  shape: Shape,
  name: string,
  input: ConfigInput,
  optionalObject = false,
): Record<string, unknown> & { widget: string } {
  switch (shape.kind) {
    case 'string': {
      const out: Record<string, unknown> & { widget: string } = { widget: longText.has(name) ? 'text' : 'string' };
      if (shape.pattern)
        out.pattern = [shape.pattern.value, shape.pattern.message ?? `expected text matching ${shape.pattern.value}`];
      else if (shape.minLength && shape.minLength.value > 1)
        out.pattern = [
          `^[\\s\\S]{${shape.minLength.value},}$`,
          shape.minLength.message ?? `expected at least ${shape.minLength.value} characters`,
        ];
      return out;
    }
    case 'time':
      return {
        widget: 'string',
        pattern: [shape.pattern.value, shape.pattern.message ?? 'expected a time written as HH:MM'],
      };
    case 'partial-date':
      return {
        widget: 'string',
        pattern: [
          '^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$',
          'expected a date written as YYYY-MM-DD, or YYYY-MM for a month, or YYYY for a year',
        ],
      };
    case 'date':
      return {
        widget: 'datetime',
        format: 'YYYY-MM-DD',
        date_format: 'YYYY-MM-DD',
        time_format: false,
        picker_utc: true,
      };
    case 'number': {
      const out: Record<string, unknown> & { widget: string } = {
        widget: 'number',
        value_type: shape.integer ? 'int' : 'float',
      };
      if (shape.min) out.min = shape.min.value;
      if (shape.max) out.max = shape.max.value;
      return out;
    }
    case 'boolean':
      return { widget: 'boolean' };
    case 'enum':
      return { widget: 'select', options: shape.values.map((value) => ({ label: humanise(value), value })) };
    case 'reference':
      return referenceWidget(shape.target, false, input);
    case 'literal-or-list': {
      const target = shape.list.of.kind === 'reference' ? shape.list.of.target : '';
      const options = (input.literalChoices[target] ?? input.choices[target] ?? []).map((c) => ({
        label: c.title,
        value: c.id,
      }));
      return {
        widget: 'select',
        multiple: true,
        options: [{ label: humanise(shape.literal), value: shape.literal }, ...options],
        ...listLimits(shape.list),
      };
    }
    case 'list': {
      const of = shape.of;
      if (of.kind === 'reference') return { ...referenceWidget(of.target, true, input), ...listLimits(shape) };
      if (of.kind === 'enum')
        return {
          widget: 'select',
          multiple: true,
          options: of.values.map((value) => ({ label: humanise(value), value })),
          ...listLimits(shape),
        };
      if (of.kind === 'object' || of.kind === 'text-or-object') {
        const itemFields = of.kind === 'object' ? of.fields : of.object.fields;
        const fields = itemFields.map((f) => decapField(f, input, of.kind === 'text-or-object', name));
        // Short items (an agenda item, a role, a citation, a source) are shown open; long ones (a recommendation) folded to one line.
        return {
          widget: 'list',
          label_singular: fieldLabel(singular(name)).toLowerCase(),
          fields,
          summary: listSummary(itemFields),
          collapsed: itemFields.length > 5,
          ...listLimits(shape),
        };
      }
      const one = singular(name);
      return {
        widget: 'list',
        label_singular: fieldLabel(one).toLowerCase(),
        collapsed: false,
        field: { name: one, label: fieldLabel(one), ...widgetFor(of, one, input) },
        ...listLimits(shape),
      };
    }
    case 'object':
      return {
        widget: 'object',
        collapsed: false,
        fields: shape.fields.map((f) => decapField(f, input, optionalObject, name)),
      };
    case 'text-or-object':
      return {
        widget: 'object',
        collapsed: false,
        fields: shape.object.fields.map((f) => decapField(f, input, true, name)),
      };
    case 'record':
      throw new Error(`${name}: a map of ids is shown as a list; see rootFields in src/lib/cms/shape.ts`);
  }
}

function referenceWidget(
  target: string,
  multiple: boolean,
  input: ConfigInput,
): Record<string, unknown> & { widget: string } {
  if (target === 'services')
    return { widget: 'select', multiple, options: input.services.map((s) => ({ label: s.name, value: s.id })) };
  // Roles are one settings file (roles.yaml), edited as a list of items with their ids.
  if (target === 'roles')
    return {
      widget: 'relation',
      collection: 'roles',
      file: 'roles',
      value_field: 'items.*.id',
      search_fields: ['items.*.title', 'items.*.id'],
      display_fields: ['items.*.title'],
      options_length: 500,
      multiple,
    };
  // Contacts live in two folders (national helplines and the council's own), and a relation
  // widget reads one: they are offered as a list of both, made when the site is built.
  const choices = input.choices[target];
  if (choices)
    return {
      widget: 'select',
      multiple,
      options: choices.map((c) => ({ label: `${c.title} (${c.id})`, value: c.id })),
    };
  return {
    widget: 'relation',
    collection: target,
    value_field: '{{slug}}',
    search_fields: ['title'],
    display_fields: ['title'],
    options_length: 200,
    multiple,
  };
}

function listLimits(shape: Extract<Shape, { kind: 'list' }>): Record<string, number> {
  const out: Record<string, number> = {};
  if (shape.min && shape.min.value > 0) out.min = shape.min.value;
  if (shape.max) out.max = shape.max.value;
  return out;
}

/** The line a collapsed list item shows: its first one or two text fields. */
function listSummary(fields: Field[]): string {
  // Required fields only: an empty optional one would leave a dangling separator.
  const simple = fields.filter((f) =>
    ['string', 'date', 'partial-date', 'enum', 'reference', 'time', 'number'].includes(f.shape.kind),
  );
  const shown = (simple.some((f) => f.required) ? simple.filter((f) => f.required) : simple).slice(0, 3);
  return shown.map((f) => `{{fields.${f.name}}}`).join(' · ');
}

const irregular: Record<string, string> = {
  aliases: 'alias',
  agenda: 'agendaItem',
  uncertain: 'uncertainPoint',
  commencement: 'commencementDate',
  knownIssues: 'knownIssue',
};
/** The name of one item of a list field: "recommendations" -> "recommendation". */
const singular = (name: string) =>
  irregular[name] ??
  (name.endsWith('ies') ? `${name.slice(0, -3)}y` : name.endsWith('s') ? name.slice(0, -1) : `${name}Item`);

/** The whole configuration for one council. */
export function decapConfig(input: ConfigInput, all: Editable[]): Record<string, unknown> {
  const councilPath = `${input.contentPath}/councils/${input.council}`;
  const nationalPath = `${input.contentPath}/national`;
  const collections = [];
  const folders = all.filter((e): e is EditableFolder => e.kind === 'folder');
  for (const editable of folders) {
    const fields = input.fieldsOf(editable).map((f) => decapField(f, input));
    if (editable.extension === 'mdx')
      fields.push({
        name: 'body',
        label: 'Text of the page',
        widget: 'markdown',
        modes: ['raw', 'rich_text'],
        required: false,
        hint: 'Plain Markdown: headings (##), lists, links. No code, no pictures from other websites.',
      });
    const hasTitle = fields.some((f) => f.name === 'title');
    collections.push({
      name: editable.name,
      label: editable.label,
      label_singular: editable.labelSingular,
      description: editable.description,
      folder: `${editable.layer === 'national' ? nationalPath : councilPath}/${editable.folder}`,
      extension: editable.extension,
      format: editable.name,
      create: editable.create && hasTitle,
      ...(hasTitle
        ? { identifier_field: 'title', slug: '{{fields._id}}', summary: summaryFor(fields) }
        : { identifier_field: 'summary', slug: '{{slug}}' }),
      sortable_fields: hasTitle ? ['title', ...(fields.some((f) => f.name === 'reviewed') ? ['reviewed'] : [])] : [],
      ...(filtersFor(fields) ? { view_filters: filtersFor(fields) } : {}),
      fields: hasTitle ? [{ name: '_id', label: 'File name', widget: 'hidden', required: false }, ...fields] : fields,
    });
  }
  // Each settings file is a collection of its own: Decap takes a file format from the collection
  // only, and each file needs its own (services.yaml and roles.yaml are maps, shown as lists).
  for (const file of all.filter((e) => e.kind === 'file')) {
    collections.push({
      name: file.name,
      label: file.label,
      description: `${input.councilName}: ${file.description}`,
      editor: { preview: false },
      format: file.name,
      files: [
        {
          name: file.name,
          label: file.label,
          description: file.description,
          file: `${councilPath}/${file.file}`,
          fields: input.fieldsOf(file).map((f) => decapField(f, input)),
        },
      ],
    });
  }
  const config: Record<string, unknown> = {
    backend: backendConfig(input.editing),
    ...(input.localProxy ? { local_backend: { url: input.localProxy } } : {}),
    site_url: input.siteUrl,
    display_url: input.siteUrl,
    locale: 'en',
    media_folder: `${councilPath}/media`,
    public_folder: '/media',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    editor: { preview: true },
    collections,
  };
  return config;
}

function summaryFor(fields: DecapField[]): string {
  if (fields.some((f) => f.name === 'status')) return '{{title}} ({{status}})';
  if (fields.some((f) => f.name === 'date')) return '{{title}} ({{date}})';
  return '{{title}}';
}

function filtersFor(fields: DecapField[]): { label: string; field: string; pattern: string }[] | undefined {
  const status = fields.find((f) => f.name === 'status');
  if (!status || !Array.isArray(status.options)) return undefined;
  return (status.options as { label: string; value: string }[]).map((o) => ({
    label: o.label,
    field: 'status',
    pattern: `^${o.value}$`,
  }));
}

function backendConfig(editing: EditingBackend | undefined): Record<string, unknown> {
  // Without a hosted backend the CMS works only through npm run edit's local proxy.
  if (!editing) return { name: 'proxy', proxy_url: 'http://127.0.0.1:8081/api/v1', branch: 'main' };
  const out: Record<string, unknown> = { name: editing.backend, repo: editing.repo, branch: editing.branch };
  if (editing.backend === 'github' && editing.authEndpoint) out.base_url = editing.authEndpoint;
  if (editing.backend !== 'github' && editing.baseUrl) {
    out.base_url = editing.baseUrl;
    out.api_root = `${editing.baseUrl.replace(/\/$/, '')}${editing.backend === 'gitlab' ? '/api/v4' : '/api/v1'}`;
  }
  if (editing.backend !== 'github' && editing.appId) Object.assign(out, { auth_type: 'pkce', app_id: editing.appId });
  return out;
}
