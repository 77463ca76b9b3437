/** The CMS made from the schemas: its configuration, its file format and its checks before saving. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { editables, type Editable } from '../../src/lib/cms/collections.ts';
import { adminCsp } from '../../src/lib/cms/csp.ts';
import { entryFormat, ORIGIN_FIELD } from '../../src/lib/cms/entry-format.ts';
import { rootShape } from '../../src/lib/cms/shape.ts';
import { entryProblems } from '../../src/lib/cms/validate.ts';
import { newEntryId } from '../../src/lib/cms/new-entry-id.ts';
import { patchYaml } from '../../src/lib/cms/yaml-patch.ts';
import { schemaShape, UnsupportedSchemaError } from '../../src/lib/cms/walk.ts';
import { contentLayout } from '../../src/node/build-settings.ts';
import { cmsConfig, cmsShapes } from '../../src/node/cms.ts';
import { roleTitlesIn } from '../../src/node/cms-settings.ts';
import { buildRobots, buildSitemap } from '../../src/lib/sitemap.ts';
import { roleSchema } from '../../src/schemas/roles.ts';

const root = path.resolve(import.meta.dirname, '../..');
const layout = contentLayout(path.join(root, 'content'), 'wiltshire');
const config = cmsConfig(layout, { repoRoot: root });
type ConfigField = {
  name: string;
  widget: string;
  fields?: ConfigField[];
  field?: ConfigField;
  [key: string]: unknown;
};
type ConfigCollection = {
  name: string;
  folder?: string;
  fields?: ConfigField[];
  files?: { name: string; file: string; fields: ConfigField[] }[];
  [key: string]: unknown;
};
const collections = config.collections as ConfigCollection[];
const shapes = cmsShapes();

/** Every field path a zod schema has, read with zod's public API only (the oracle for the walker). */
function schemaPaths(schema: z.ZodType, prefix = ''): string[] {
  let s: z.ZodType = schema;
  for (;;) {
    if (
      s instanceof z.ZodOptional ||
      s instanceof z.ZodNullable ||
      s instanceof z.ZodDefault ||
      s instanceof z.ZodPrefault
    )
      s = s.unwrap() as z.ZodType;
    else if (s instanceof z.ZodPipe) s = s.in as z.ZodType;
    else break;
  }
  if (s instanceof z.ZodObject)
    return Object.entries(s.shape as Record<string, z.ZodType>).flatMap(([key, child]) => [
      `${prefix}${key}`,
      ...schemaPaths(child, `${prefix}${key}.`),
    ]);
  if (s instanceof z.ZodArray) return schemaPaths(s.element as z.ZodType, prefix);
  // A choice (text or a group of fields): the fields of each of its options.
  if (s instanceof z.ZodUnion) return [...new Set((s.options as z.ZodType[]).flatMap((o) => schemaPaths(o, prefix)))];
  return [];
}

/** Every field path of a CMS configuration's fields. */
function configPaths(fields: ConfigField[], prefix = ''): string[] {
  return fields.flatMap((f) => [
    `${prefix}${f.name}`,
    ...(f.fields ? configPaths(f.fields, `${prefix}${f.name}.`) : []),
  ]);
}

const cmsOnly = new Set(['_id', '_origin', 'body']);
const fieldsOf = (editable: Editable): ConfigField[] => {
  if (editable.kind === 'file')
    return collections.find((c) => c.name === editable.name)!.files!.find((f) => f.name === editable.name)!.fields;
  return collections.find((c) => c.name === editable.name)!.fields!;
};

describe('every schema field has a CMS field, and the other way round', () => {
  const maps = new Set(['services', 'roles']);
  test.each(
    editables()
      .filter((e) => !maps.has(e.name))
      .map((e) => [e.name, e] as const),
  )('%s', (_name, editable) => {
    const fromSchema = schemaPaths(editable.schema).sort();
    const fromConfig = configPaths(fieldsOf(editable))
      .filter((p) => !cmsOnly.has(p))
      .sort();
    expect(fromConfig).toEqual(fromSchema);
  });

  test('services.yaml, a map from service to contacts, is a list of items with the service and its contacts', () => {
    const fields = fieldsOf(editables().find((e) => e.name === 'services')!);
    expect(configPaths(fields)).toEqual(['items', 'items.service', 'items.value']);
    expect(fields[0]!.fields![1]).toMatchObject({ label: 'Contacts', widget: 'select', multiple: true, min: 1 });
  });

  test('roles.yaml, a map from role id to role, is a list of items, each with its id and the fields of a role', () => {
    const fields = fieldsOf(editables().find((e) => e.name === 'roles')!);
    expect(configPaths(fields).sort()).toEqual(['items', 'items.id', ...schemaPaths(roleSchema, 'items.')].sort());
    expect(configPaths(fields)).toEqual([
      'items',
      'items.id',
      'items.title',
      'items.kind',
      'items.holder',
      'items.aliases',
    ]);
    expect(fields[0]!.fields![0]).toMatchObject({
      name: 'id',
      widget: 'string',
      pattern: ['^[a-z0-9]+(?:-[a-z0-9]+)*$', 'expected a role id in kebab-case, such as "head-of-community-safety"'],
    });
    expect(fields[0]!.fields![2]).toMatchObject({
      name: 'kind',
      widget: 'select',
      options: [
        { label: 'Officer', value: 'officer' },
        { label: 'Cabinet member', value: 'cabinet-member' },
        { label: 'Body', value: 'body' },
      ],
    });
  });

  test("a power's citations: each a group of fields (ref, act, url, basis, title); a section of the power's own Act is its ref", () => {
    const powers = collections.find((c) => c.name === 'powers')!;
    const usedBy = powers.fields!.find((f) => f.name === 'citations')!.fields!.find((f) => f.name === 'usedBy')!;
    expect(usedBy).toMatchObject({ widget: 'list', label_singular: 'used by item' });
    expect(usedBy.fields!.map((f) => [f.name, f.widget, f.required])).toEqual([
      ['ref', 'string', false],
      ['act', 'string', false],
      ['url', 'string', false],
      ['basis', 'select', false],
      ['title', 'string', false],
    ]);
  });

  test('every CMS field says what it is for: the doc comment of its schema field', () => {
    const bare = editables().flatMap((e) => {
      const walk = (fields: ConfigField[], where: string): string[] =>
        fields.flatMap((f) => [
          ...(f.hint || cmsOnly.has(f.name) ? [] : [`${where}${f.name}`]),
          ...(f.fields ? walk(f.fields, `${where}${f.name}.`) : []),
        ]);
      return walk(fieldsOf(e), `${e.name}: `);
    });
    expect(bare).toEqual([]);
  });

  test('a schema the CMS cannot show is an error naming the field, not a missing field', () => {
    expect(() => schemaShape(z.strictObject({ when: z.bigint() }))).toThrow(
      new UnsupportedSchemaError('when: the CMS cannot show a zod "bigint" field; add it to src/lib/cms/walk.ts'),
    );
  });
});

describe('the CMS configuration', () => {
  const reports = collections.find((c) => c.name === 'reports')!;
  const field = (fields: ConfigField[], dotted: string): ConfigField => {
    const [first, ...rest] = dotted.split('.');
    const found = fields.find((f) => f.name === first);
    if (!found) throw new Error(`no field ${dotted}`);
    return rest.length === 0 ? found : field(found.fields ?? [], rest.join('.'));
  };

  test('collections: the council folder and the national folders, national ones named as such', () => {
    const byName = new Map(collections.map((c) => [c.name, c]));
    expect(byName.get('reports')!.folder).toBe('content/councils/wiltshire/reports');
    expect(byName.get('meetings')!.folder).toBe('content/councils/wiltshire/meetings');
    expect(byName.get('powers')!.folder).toBe('content/national/powers');
    expect(byName.get('powers')!.label).toBe('National: powers');
    expect(byName.get('national-contacts')!.folder).toBe('content/national/contacts');
    // Each settings file is its own collection, because Decap reads a file's format from its collection.
    const settings = collections.filter((c) => c.files);
    expect(settings.map((c) => [c.name, c.format, c.files!.map((f) => [f.name, f.file])])).toEqual([
      ['site', 'site', [['site', 'content/councils/wiltshire/site.yaml']]],
      ['partnership', 'partnership', [['partnership', 'content/councils/wiltshire/partnership.yaml']]],
      ['services', 'services', [['services', 'content/councils/wiltshire/services.yaml']]],
      ['roles', 'roles', [['roles', 'content/councils/wiltshire/roles.yaml']]],
    ]);
    for (const c of collections) expect(c.format, c.name).toBe(c.name);
  });

  test('a report: status as a select of the four states, the exempt paragraph 1 to 7, a day as a date picker, a partial date as text with its pattern', () => {
    expect(field(reports.fields!, 'status')).toMatchObject({
      widget: 'select',
      options: [
        { label: 'Draft', value: 'draft' },
        { label: 'Exempt', value: 'exempt' },
        { label: 'Published', value: 'published' },
        { label: 'Withdrawn', value: 'withdrawn' },
      ],
    });
    expect(field(reports.fields!, 'exemptParagraph')).toMatchObject({
      widget: 'number',
      value_type: 'int',
      min: 1,
      max: 7,
      required: false,
    });
    expect(field(reports.fields!, 'reviewed')).toMatchObject({
      widget: 'datetime',
      format: 'YYYY-MM-DD',
      time_format: false,
    });
    expect(field(reports.fields!, 'reviewed').required).toBeUndefined();
    expect(field(reports.fields!, 'dates.published')).toMatchObject({
      widget: 'string',
      required: false,
      pattern: [
        '^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$',
        'expected a date written as YYYY-MM-DD, or YYYY-MM for a month, or YYYY for a year',
      ],
    });
  });

  test('recommendations: a list with sub-items, a response and dated updates', () => {
    const recs = field(reports.fields!, 'recommendations');
    expect(recs).toMatchObject({ widget: 'list', default: [], label_singular: 'recommendation' });
    expect(recs.fields!.map((f) => f.name)).toEqual([
      'id',
      'text',
      'agreed',
      'origin',
      'portfolio',
      'subItems',
      'to',
      'mustRespond',
      'responseRequested',
      'cabinetMember',
      'leadOfficer',
      'timetable',
      'due',
      'response',
      'updates',
      'nextUpdate',
      'sourceIncomplete',
    ]);
    expect(field(recs.fields!, 'id')).toMatchObject({
      widget: 'string',
      pattern: ['^[^\\u0000-\\u001f\\u007f]+$', 'expected a label on one line'],
    });
    expect(field(recs.fields!, 'subItems')).toMatchObject({
      widget: 'list',
      label: 'Sub-items',
      label_singular: 'sub-item',
      default: [],
    });
    expect(field(recs.fields!, 'subItems').fields!.map((f) => f.name)).toEqual(['id', 'text', 'response']);
    expect(field(recs.fields!, 'subItems.response').fields!.map((f) => f.name)).toEqual([
      'decision',
      'date',
      'text',
      'by',
      'minute',
    ]);
    expect(field(reports.fields!, 'dates.decision')).toMatchObject({ label: 'Executive decision', widget: 'string' });
    expect(field(recs.fields!, 'response.decision')).toMatchObject({
      label: 'Decision',
      widget: 'select',
      required: false,
      options: [
        { label: 'Accepted', value: 'accepted' },
        { label: 'Partly accepted', value: 'partly-accepted' },
        { label: 'Rejected', value: 'rejected' },
        { label: 'Noted', value: 'noted' },
        { label: 'Deferred', value: 'deferred' },
      ],
    });
    expect(field(recs.fields!, 'updates.status')).toMatchObject({
      widget: 'select',
      options: [
        { label: 'Not started', value: 'not-started' },
        { label: 'Ongoing', value: 'ongoing' },
        { label: 'Paused', value: 'paused' },
        { label: 'Complete', value: 'complete' },
      ],
    });
    expect(field(recs.fields!, 'updates.rag')).toMatchObject({ widget: 'select', required: false });
    expect(field(recs.fields!, 'updates.date')).toMatchObject({
      widget: 'string',
      pattern: [expect.stringContaining('\\d{4}'), expect.any(String)],
    });
  });

  test('roles: lead officer, cabinet member and who responded are chosen from roles.yaml', () => {
    const recs = field(reports.fields!, 'recommendations');
    const roleRelation = {
      widget: 'relation',
      collection: 'roles',
      file: 'roles',
      value_field: 'items.*.id',
      display_fields: ['items.*.title'],
      multiple: false,
      required: false,
    };
    expect(field(recs.fields!, 'leadOfficer')).toMatchObject(roleRelation);
    expect(field(recs.fields!, 'cabinetMember')).toMatchObject(roleRelation);
    expect(field(recs.fields!, 'response.by')).toMatchObject(roleRelation);
    expect(field(recs.fields!, 'subItems.response.by')).toMatchObject(roleRelation);
  });

  test('references: relation widgets to the collection named in the doc comment; contacts from both layers', () => {
    expect(field(reports.fields!, 'problems')).toMatchObject({
      widget: 'relation',
      collection: 'problems',
      multiple: true,
      value_field: '{{slug}}',
    });
    const meetings = collections.find((c) => c.name === 'meetings')!;
    expect(field(meetings.fields!, 'area')).toMatchObject({ widget: 'relation', collection: 'areas', multiple: false });
    const invited = field(meetings.fields!, 'invited');
    expect(invited).toMatchObject({ widget: 'select', multiple: true });
    const values = (invited.options as { value: string }[]).map((o) => o.value);
    expect(values).toContain('wiltshire-police-101');
    expect(values).toContain('victim-support');
    const relations = collections
      .flatMap((c) => [...(c.fields ?? []), ...(c.files ?? []).flatMap((f) => f.fields)])
      .flatMap(function all(f): ConfigField[] {
        return [f, ...(f.fields ?? []).flatMap(all)];
      });
    const names = new Set(collections.map((c) => c.name));
    for (const r of relations.filter((f) => f.widget === 'relation'))
      expect(names, `${r.name} -> ${r.collection}`).toContain(r.collection);
    expect(field(reports.fields!, 'areas')).toMatchObject({ widget: 'relation', collection: 'areas', multiple: true });
  });

  test('an agenda: a list of items with minutes as a whole number and a decision that may be empty', () => {
    const meetings = collections.find((c) => c.name === 'meetings')!;
    expect(field(meetings.fields!, 'agenda')).toMatchObject({ widget: 'list', min: 1 });
    expect(field(meetings.fields!, 'agenda.minutes')).toMatchObject({ widget: 'number', value_type: 'int', min: 1 });
    expect(field(meetings.fields!, 'agenda.decision')).toMatchObject({
      label: 'Decision required',
      widget: 'string',
      required: false,
    });
    expect(field(meetings.fields!, 'start').pattern).toEqual([
      '^([01]\\d|2[0-3]):[0-5]\\d$',
      'expected a time written as "HH:MM" (24-hour), such as "18:30"',
    ]);
  });

  test("new entries' file names: a meeting by area, problem and month as npm run new:meeting names it; others by title", () => {
    expect(
      newEntryId('meetings', { title: 'Anything', area: 'calne', problem: 'nitrous-oxide', date: '2027-04-15' }),
    ).toBe('calne-nitrous-oxide-2027-04');
    expect(
      newEntryId('meetings', { title: 'Calne: nitrous oxide', area: 'calne', problem: '', date: '2027-04-15' }),
    ).toBe('calne-nitrous-oxide');
    expect(newEntryId('reports', { title: "Night-time economy: St Mary's 2027 review" })).toBe(
      'night-time-economy-st-marys-2027-review',
    );
    expect(newEntryId('reports', {})).toBeUndefined();
  });

  test("new entries are named by the scaffolds' rule, through a hidden field set before saving", () => {
    expect(reports).toMatchObject({ slug: '{{fields._id}}', identifier_field: 'title', create: true });
    expect(reports.fields![0]).toEqual({ name: '_id', label: 'File name', widget: 'hidden', required: false });
  });

  test('without a hosted git backend, the CMS edits through npm run edit only; with one, it uses it', () => {
    expect(config.backend).toEqual({ name: 'proxy', proxy_url: 'http://127.0.0.1:8081/api/v1', branch: 'main' });
    expect(config.local_backend).toBeUndefined();
    const local = cmsConfig(layout, { repoRoot: root, localProxy: 'http://127.0.0.1:8081/api/v1' });
    expect(local.local_backend).toEqual({ url: 'http://127.0.0.1:8081/api/v1' });
  });
});

describe('the admin page is kept out of the sitemap and robots, and has its own policy', () => {
  test('sitemap and robots', () => {
    expect(buildSitemap('https://example.org/', ['', 'admin/', 'powers/'])).not.toContain('admin');
    expect(buildRobots('https://example.org/toolkit/')).toBe(
      'User-agent: *\nDisallow: /toolkit/admin/\nAllow: /\nSitemap: https://example.org/toolkit/sitemap.xml\n',
    );
  });

  test("policy: only this site and the council's git host", () => {
    expect(adminCsp({})).toBe(
      "default-src 'self'; script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self' data:; frame-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'",
    );
    expect(adminCsp({ localProxy: 'http://127.0.0.1:8081/api/v1' })).toContain(
      "connect-src 'self' http://127.0.0.1:8081;",
    );
    expect(
      adminCsp({
        editing: { backend: 'github', repo: 'a/b', branch: 'main', authEndpoint: 'https://auth.example.org' },
      }),
    ).toContain("connect-src 'self' https://api.github.com https://auth.example.org;");
    expect(adminCsp({ editing: { backend: 'gitlab', repo: 'a/b', branch: 'main', appId: 'x' } })).toContain(
      "connect-src 'self' https://gitlab.com;",
    );
  });
});

/**
 * Every file the CMS edits: the national layer, every council in content/, and the council of real
 * and shaped scrutiny papers in the test fixtures (sub-items, partial dates, roles).
 */
function exampleFiles(): { editable: Editable; file: string }[] {
  const councilDirs = [
    ...readdirSync(path.join(root, 'content/councils'))
      .sort()
      .map((c) => path.join(root, 'content/councils', c)),
    path.join(root, 'tests/fixtures/scrutiny-examples/councils/scrutiny-examples'),
  ];
  const list = (dir: string, extension: string) =>
    existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => f.endsWith(`.${extension}`))
          .sort()
          .map((f) => path.join(dir, f))
      : [];
  return editables().flatMap((editable): { editable: Editable; file: string }[] => {
    if (editable.kind === 'file')
      return councilDirs
        .map((dir) => path.join(dir, editable.file))
        .filter((f) => existsSync(f))
        .map((file) => ({ editable, file }));
    if (editable.layer === 'national')
      return list(path.join(layout.nationalDir, editable.folder), editable.extension).map((file) => ({
        editable,
        file,
      }));
    return councilDirs.flatMap((dir) =>
      list(path.join(dir, editable.folder), editable.extension).map((file) => ({ editable, file })),
    );
  });
}

const formatFor = (editable: Editable) =>
  entryFormat(
    rootShape(editable.schema, {}, { withoutDocs: true }),
    editable.kind === 'folder' ? editable.extension : 'yaml',
  );
const files = exampleFiles().map(({ editable, file }) => [path.relative(root, file), editable] as const);

describe('files as people write them', () => {
  test('there are example files of every kind', () => {
    const kinds = new Set(files.map(([, e]) => e.name));
    for (const name of [
      'reports',
      'meetings',
      'briefings',
      'contacts',
      'areas',
      'powers',
      'legislation',
      'problems',
      'site',
      'partnership',
      'services',
      'roles',
      'notes-on-powers',
    ])
      expect(kinds).toContain(name);
    expect(files.length).toBeGreaterThan(250);
    for (const council of ['wiltshire', 'plymouth', 'scrutiny-examples'])
      expect(
        files.some(([f, e]) => e.name === 'reports' && f.includes(`/${council}/`)),
        council,
      ).toBe(true);
    expect(files.some(([f, e]) => e.name === 'site' && f.includes('/medway/'))).toBe(true);
    const texts = files.map(([f]) => readFileSync(path.join(root, f), 'utf8'));
    for (const shape of ['subItems:', 'citations:', 'nations:', 'leadOfficer:', 'cabinetMember:', '    by: '])
      expect(
        texts.some((t) => t.includes(shape)),
        shape,
      ).toBe(true);
  });

  test.each(files)('%s: opened and saved unchanged, it is written byte for byte as it was', (file, editable) => {
    const text = readFileSync(path.join(root, file), 'utf8');
    const format = formatFor(editable);
    expect(format.toFile(format.fromFile(text))).toBe(text);
  });

  test.each(
    files.filter(
      ([, e]) => e.kind === 'folder' && ['reports', 'meetings', 'briefings', 'contacts', 'areas'].includes(e.name),
    ),
  )('%s: a changed title changes that line and nothing else', (file, editable) => {
    const text = readFileSync(path.join(root, file), 'utf8');
    const format = formatFor(editable);
    const data = format.fromFile(text);
    const changed = format.toFile({ ...data, title: 'A new title: with a colon' });
    const before = text.split('\n');
    const after = changed.split('\n');
    expect(after.length).toBe(before.length);
    const differ = after.map((line, i) => [line, before[i]]).filter(([a, b]) => a !== b);
    expect(differ.map(([a]) => a)).toEqual(['title: "A new title: with a colon"']);
  });

  // A list item's first field shares the dash's line ("  - title: …"): editing it must keep the dash.
  const withSources = files.filter(([f]) =>
    /\nsources:\n {2}- title: [^>|]/.test(readFileSync(path.join(root, f), 'utf8')),
  );
  test('there are files whose sources are lists of titled items', () => expect(withSources.length).toBeGreaterThan(20));
  test.each(withSources)(
    '%s: a source title changed, saved, reopened and changed back gives the file back byte for byte',
    (file, editable) => {
      const text = readFileSync(path.join(root, file), 'utf8');
      const format = formatFor(editable);
      const first = format.fromFile(text) as { sources: { title: string }[] };
      const title = first.sources[0]!.title;
      const changed = format.toFile({
        ...first,
        sources: [{ ...first.sources[0]!, title: 'Changed' }, ...first.sources.slice(1)],
      });
      // Written as the file writes its titles: quoted if the one it replaces was.
      const quoted = /\nsources:\n {2}- title: "/.test(text);
      expect(changed.split('\n').filter((line, i) => line !== text.split('\n')[i])).toEqual([
        quoted ? '  - title: "Changed"' : '  - title: Changed',
      ]);
      const reopened = format.fromFile(changed) as { sources: { title: string }[] };
      expect(
        format.toFile({ ...reopened, sources: [{ ...reopened.sources[0]!, title }, ...reopened.sources.slice(1)] }),
      ).toBe(text);
    },
  );
});

describe("a list item's first field, on the dash's line", () => {
  const hints = {
    orderOf: () => ['title', 'note', 'url'],
    isDate: () => false,
    isTime: () => false,
    isIdList: () => false,
  };
  const text = 'sources:\n  - title: A\n    url: https://example.org/a\n  - title: B\n    url: https://example.org/b\n';
  test('removed: the next field moves up onto the dash', () => {
    expect(
      patchYaml(
        text,
        { sources: [{ url: 'https://example.org/a' }, { title: 'B', url: 'https://example.org/b' }] },
        hints,
      ),
    ).toBe('sources:\n  - url: https://example.org/a\n  - title: B\n    url: https://example.org/b\n');
  });
  test('a field added before it takes the dash, and it moves down', () => {
    const hintsNoteFirst = { ...hints, orderOf: () => ['note', 'title', 'url'] };
    expect(
      patchYaml(
        text,
        {
          sources: [
            { note: 'n', title: 'A', url: 'https://example.org/a' },
            { title: 'B', url: 'https://example.org/b' },
          ],
        },
        hintsNoteFirst,
      ),
    ).toBe(
      'sources:\n  - note: n\n    title: A\n    url: https://example.org/a\n  - title: B\n    url: https://example.org/b\n',
    );
  });
  test('changed: only its own text changes', () => {
    expect(
      patchYaml(
        text,
        {
          sources: [
            { title: 'A2', url: 'https://example.org/a' },
            { title: 'B', url: 'https://example.org/b' },
          ],
        },
        hints,
      ),
    ).toBe(text.replace('title: A\n', 'title: A2\n'));
  });
});

describe('writing a report as the CMS hands it over', () => {
  const reportsEditable = editables().find((e) => e.name === 'reports')!;
  const original = readFileSync(
    path.join(layout.councilDir, 'reports/example-night-time-economy-task-group-2026.mdx'),
    'utf8',
  );

  test('a progress update added to a recommendation adds its lines under that recommendation only', () => {
    const format = formatFor(reportsEditable);
    const data = format.fromFile(original) as { recommendations: { updates?: unknown[] }[] };
    data.recommendations[0]!.updates = [
      { date: '2027-01-15', text: 'Evidence gathered: 18:30 to 03:00 counts.', state: 'in-progress' },
    ];
    const out = format.toFile(data as never);
    const anchor = '      text: Agreed. The evidence will be ready for the next review of the licensing policy.\n';
    const added =
      '    updates:\n      - date: 2027-01-15\n        text: "Evidence gathered: 18:30 to 03:00 counts."\n        state: in-progress\n';
    expect(out).toBe(original.replace(anchor, anchor + added));
  });

  test('a new report: the project key order, dates plain, times and colons quoted, long text folded, empty fields left out', () => {
    const format = formatFor(reportsEditable);
    const out = format.toFile({
      _id: 'a-new-report',
      title: 'A new report',
      reviewed: '2026-11-30',
      sources: [],
      summary:
        'A sentence long enough to be folded over two lines, because the project folds any text longer than ninety characters.',
      kind: 'task-group',
      committee: 'Test: committee',
      chair: 'Cllr A',
      members: [],
      partnership: 'The CSP',
      status: 'draft',
      exemptParagraph: '',
      dates: { scoped: '2026-11-01', published: '' },
      problems: ['street-drinking', 'noisy-neighbours'],
      recommendations: [
        {
          id: 'R1',
          text: 'Do it',
          to: 'Cabinet',
          owner: 'Head of service',
          due: '',
          response: { decision: '', date: '', text: '' },
          updates: [],
        },
      ],
      body: 'Why we looked.',
    });
    expect(out).toBe(`---
title: A new report
summary: >-
  A sentence long enough to be folded over two lines, because the project folds any text longer than
  ninety characters.
kind: task-group
committee: "Test: committee"
chair: Cllr A
partnership: The CSP
status: draft
dates:
  scoped: 2026-11-01
problems: [street-drinking, noisy-neighbours]
recommendations:
  - id: R1
    text: Do it
    to: Cabinet
    owner: Head of service
reviewed: 2026-11-30
---

Why we looked.
`);
  });

  test('an agenda item with no decision is written as null, as the schema asks', () => {
    const meetings = editables().find((e) => e.name === 'meetings')!;
    const file = path.join(layout.councilDir, 'meetings/trowbridge-street-drinking-2026-12.mdx');
    const format = formatFor(meetings);
    const data = format.fromFile(readFileSync(file, 'utf8')) as {
      agenda: { decision: string | null; minutes: number }[];
    };
    data.agenda[1]!.minutes = 20;
    data.agenda[5]!.decision = '';
    const out = format.toFile(data as never);
    expect(out).toContain('    decision: null\n    minutes: 20\n');
    expect(out.match(/decision: null/g)).toHaveLength(6);
  });

  test('a new meeting: times quoted as the project writes them; an agenda item whose decision was never filled in has decision: null', () => {
    const meetings = editables().find((e) => e.name === 'meetings')!;
    const out = formatFor(meetings).toFile({
      title: 'M',
      start: '18:30',
      agenda: [
        { subject: 'S', who: 'W', minutes: 10 },
        { subject: 'T', who: 'V', decision: 'Agree', minutes: 5 },
      ],
    });
    expect(out).toBe(
      '---\ntitle: M\nstart: "18:30"\nagenda:\n  - subject: S\n    who: W\n    decision: null\n    minutes: 10\n  - subject: T\n    who: V\n    decision: Agree\n    minutes: 5\n---\n',
    );
  });

  test('a contact\'s areas: "all" stays one word; a list stays a list', () => {
    const contacts = editables().find((e) => e.name === 'contacts')!;
    const format = formatFor(contacts);
    const text = readFileSync(path.join(layout.councilDir, 'contacts/wiltshire-police-101.mdx'), 'utf8');
    const data = format.fromFile(text);
    expect(data.areas).toEqual(['all']);
    expect(format.toFile({ ...data, areas: ['calne', 'devizes'] })).toContain('areas: [calne, devizes]\n');
  });

  test('services.yaml: edited as a list, written back as the map it is', () => {
    const services = editables().find((e) => e.name === 'services')!;
    const text = readFileSync(path.join(layout.councilDir, 'services.yaml'), 'utf8');
    const format = formatFor(services);
    const data = format.fromFile(text) as { items: { service: string; value: string[] }[] };
    expect(data.items[0]).toEqual({ service: 'police', value: ['wiltshire-police-101'] });
    data.items[0]!.value.push('crimestoppers');
    expect(format.toFile(data as never)).toBe(
      text.replace('police: [wiltshire-police-101]', 'police: [wiltshire-police-101, crimestoppers]'),
    );
  });

  test('the hidden fields never reach the file', () => {
    const format = formatFor(reportsEditable);
    const data = format.fromFile(original);
    expect(data[ORIGIN_FIELD]).toEqual(expect.any(String));
    expect(format.toFile({ ...data, _id: 'x' })).toBe(original);
  });
});

describe('the check before saving uses the schema and the words of npm run check', () => {
  const reportsEditable = editables().find((e) => e.name === 'reports')!;
  const shape = shapes.get('reports')!.shape;
  const base = {
    title: 'T',
    summary: 'S',
    kind: 'committee',
    committee: 'C',
    chair: 'Ch',
    partnership: 'P',
    dates: {},
    reviewed: '2026-11-30',
  };

  test('an exempt report cannot be saved without its Schedule 12A paragraph', () => {
    expect(entryProblems(reportsEditable, shape, { ...base, status: 'exempt' })).toEqual([
      'exemptParagraph: missing: an exempt report needs the Schedule 12A paragraph that exempts it (1 to 7)',
    ]);
    expect(entryProblems(reportsEditable, shape, { ...base, status: 'exempt', exemptParagraph: 3 })).toEqual([]);
  });

  test('a published report needs its publication date', () => {
    expect(entryProblems(reportsEditable, shape, { ...base, status: 'published' })).toEqual([
      'dates.published: missing: a published report needs its publication date, or the date of the committee meeting in dates.committee when the paper gives only that',
    ]);
  });
});

describe('kinds of field the report model is moving to', () => {
  test('a date as precise as the source (day, month or year) is a text field with its pattern, written plain', () => {
    const partial = z.union([z.string(), z.number(), z.date()]).transform(String);
    const shape = rootShape(z.strictObject({ agreed: partial.optional() }));
    expect(shape.fields[0]!.shape).toEqual({ kind: 'partial-date' });
    const format = entryFormat(shape, 'yaml');
    expect(format.toFile({ agreed: '2022-09' })).toBe('agreed: 2022-09\n');
    expect(format.toFile({ agreed: '2022-09-14' })).toBe('agreed: 2022-09-14\n');
  });
});

describe('the scrutiny report model, roles, citations and per-nation law, as the CMS writes them', () => {
  const format = (name: string) => formatFor(editables().find((e) => e.name === name)!);

  test('a new report: recommendations with a sub-item and its response, roles by id, partial dates plain, defaults left out', () => {
    const out = format('reports').toFile({
      _id: 'a-report',
      title: 'A report',
      summary: 'S',
      kind: 'committee',
      committee: 'C',
      crimeAndDisorder: false,
      status: 'draft',
      members: [],
      dates: { committee: '2026-11', scoped: '2026', published: '' },
      problems: [],
      areas: [],
      evidenceSessions: [],
      sources: [],
      recommendations: [
        {
          id: '1',
          text: 'Do A',
          subItems: [
            {
              id: 'a',
              text: 'Part a',
              response: { decision: 'accepted', by: 'head-of-community-safety', date: '', text: '' },
            },
          ],
          leadOfficer: 'head-of-community-safety',
          cabinetMember: 'cabinet-member-licensing',
          due: '2027-03',
          updates: [{ date: '2027-01', text: 'Started', status: 'ongoing', rag: 'amber' }],
          response: { decision: 'noted', date: '2026', text: '', by: 'cabinet-member-licensing', minute: '' },
        },
        { id: 'R2', text: 'Do B', subItems: [], updates: [] },
      ],
      reviewed: '2026-11-30',
      body: 'Why.',
    });
    expect(out).toBe(`---
title: A report
summary: S
kind: committee
committee: C
status: draft
dates:
  scoped: 2026
  committee: 2026-11
recommendations:
  - id: "1"
    text: Do A
    subItems:
      - id: a
        text: Part a
        response:
          decision: accepted
          by: head-of-community-safety
    cabinetMember: cabinet-member-licensing
    leadOfficer: head-of-community-safety
    due: 2027-03
    response:
      decision: noted
      date: 2026
      by: cabinet-member-licensing
    updates:
      - date: 2027-01
        text: Started
        status: ongoing
        rag: amber
  - id: R2
    text: Do B
reviewed: 2026-11-30
---

Why.
`);
  });

  test('a year shown as text and saved unchanged stays a plain year; the check before saving accepts it', () => {
    const file = path.join(
      root,
      'tests/fixtures/scrutiny-examples/councils/scrutiny-examples/reports/shaped-community-safety-review-2022.mdx',
    );
    const text = readFileSync(file, 'utf8');
    const reports = format('reports');
    const data = reports.fromFile(text) as { dates: Record<string, unknown> };
    expect(Object.values(data.dates).every((d) => typeof d === 'string')).toBe(true);
    expect(reports.toFile(data as never)).toBe(text);
    const reportsEditable = editables().find((e) => e.name === 'reports')!;
    expect(entryProblems(reportsEditable, shapes.get('reports')!.shape, data)).toEqual([]);
  });

  test("a citation: a section of the power's own Act is its ref alone, written as text; another Act keeps its fields", () => {
    const powers = format('powers');
    const text = readFileSync(path.join(layout.nationalDir, 'powers/absolute-ground-for-possession.mdx'), 'utf8');
    const data = powers.fromFile(text) as { citations: { usedBy: Record<string, string>[] } };
    expect(data.citations.usedBy[0]).toEqual({
      act: 'Housing Act 1985',
      ref: 's84A',
      url: 'https://www.legislation.gov.uk/ukpga/1985/68/section/84A',
    });
    data.citations.usedBy.push(
      { ref: 's84B', act: '', url: '', title: '' },
      { ref: 's1', act: 'Housing Act 1996', url: 'https://www.legislation.gov.uk/ukpga/1996/52/section/1' },
    );
    const anchor =
      '    - { act: "Housing Act 1988", ref: "Sch 2 Ground 7A", url: "https://www.legislation.gov.uk/ukpga/1988/50/schedule/2" }\n  legalTest:\n';
    expect(text).toContain(anchor);
    const [line] = anchor.split('\n');
    expect(powers.toFile(data as never)).toBe(
      text.replace(
        anchor,
        `${line}\n    - s84B\n    - ref: s1\n      act: Housing Act 1996\n      url: https://www.legislation.gov.uk/ukpga/1996/52/section/1\n  legalTest:\n`,
      ),
    );
    const section = powers.fromFile(
      readFileSync(path.join(layout.nationalDir, 'powers/closure-notice.mdx'), 'utf8'),
    ) as { citations: { usedBy: unknown[] } };
    expect(section.citations.usedBy).toEqual([{ ref: 's76(1)' }]);
  });

  test("a nation's law: a field left empty is left out (the power's own applies), never written as null", () => {
    const powers = format('powers');
    const text = readFileSync(path.join(layout.nationalDir, 'powers/defacement-removal-notice.mdx'), 'utf8');
    const data = powers.fromFile(text) as { nations: { wales: Record<string, unknown> } };
    Object.assign(data.nations.wales, { court: '', fixedPenalty: '', fee: '', appeal: '', legalTest: '' });
    expect(powers.toFile(data as never)).toBe(text);
  });

  test('roles.yaml: edited as a list of roles with their ids, written back as the map it is, comments kept', () => {
    const roles = format('roles');
    const text = readFileSync(path.join(layout.councilDir, 'roles.yaml'), 'utf8');
    const data = roles.fromFile(text) as { items: Record<string, unknown>[] };
    expect(data.items[0]).toEqual({
      id: 'head-of-community-safety',
      title: 'Head of Community Safety, Wiltshire Council',
      kind: 'officer',
      aliases: ['Head of Community Safety'],
    });
    data.items.push({
      id: 'community-engagement-manager',
      title: 'Community Engagement Manager, Wiltshire Council',
      kind: 'officer',
      holder: '',
      aliases: [],
    });
    expect(roles.toFile(data as never)).toBe(
      `${text}community-engagement-manager:\n  title: Community Engagement Manager, Wiltshire Council\n  kind: officer\n`,
    );
  });
});

describe("the preview's role titles", () => {
  test("are the council's roles.yaml titles by id", () => {
    const titles = roleTitlesIn(path.join(root, 'content/councils/wiltshire'));
    expect(titles['head-of-community-safety']).toBe('Head of Community Safety, Wiltshire Council');
    expect(titles['licensing-manager']).toBe('Licensing manager, Wiltshire Council');
    expect(titles['cabinet-member-community-safety']).toBe('Cabinet Member for Community Safety');
  });
  test('are none for a council with no roles file, or one that is not YAML (the check reports it)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cst-roles-'));
    expect(roleTitlesIn(dir)).toEqual({});
    writeFileSync(path.join(dir, 'roles.yaml'), 'a: [unclosed\n');
    expect(roleTitlesIn(dir)).toEqual({});
    writeFileSync(path.join(dir, 'roles.yaml'), 'a:\n  title: A role\nb:\n  kind: officer\n');
    expect(roleTitlesIn(dir)).toEqual({ a: 'A role' });
  });
});
