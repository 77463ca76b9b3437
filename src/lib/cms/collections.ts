/**
 * What the CMS edits, made from the schema registry (src/schemas/collections.ts): every collection,
 * the local notes on national entries, and the council's settings files. A collection added to the
 * registry appears in the CMS with no edit here.
 */
import type { z } from 'zod';
import { collections, councilFiles, overlays, type CollectionName } from '../../schemas/collections.ts';
import { partnershipSchema } from '../../schemas/partnership.ts';
import { rolesSchema } from '../../schemas/roles.ts';
import { councilServicesSchema } from '../../schemas/services.ts';
import { siteSchema } from '../../schemas/site.ts';

export interface EditableFolder {
  kind: 'folder';
  /** The CMS's name for it; also the name of its file format. */
  name: string;
  label: string;
  labelSingular: string;
  description: string;
  layer: 'national' | 'council';
  /** The folder, relative to the layer's own folder. */
  folder: string;
  extension: 'mdx' | 'yaml';
  schema: z.ZodType;
  /** The registry's collection, for entries other entries refer to. */
  collection?: CollectionName;
  /** Whether officers may add entries here. */
  create: boolean;
}

export interface EditableFile {
  kind: 'file';
  name: string;
  label: string;
  description: string;
  /** The file, relative to the council's folder. */
  file: string;
  schema: z.ZodType;
}

export type Editable = EditableFolder | EditableFile;

const plural: Record<string, [string, string]> = {
  powers: ['Powers', 'Power'],
  legislation: ['Legislation', 'Legislation'],
  problems: ['Problems', 'Problem'],
  contacts: ['Contacts', 'Contact'],
  areas: ['Areas', 'Area'],
  reports: ['Scrutiny reports', 'Scrutiny report'],
  briefings: ['Briefings', 'Briefing'],
  meetings: ['Meetings', 'Meeting'],
};

const describe: Record<string, string> = {
  powers: 'Anti-social behaviour powers.',
  legislation: 'Acts, regulations, guidance and bills that changed the powers.',
  problems: "Problems in residents' words, with the powers that fit.",
  contacts: 'Organisations and teams, what they cover and which powers they lead.',
  areas: 'Community areas and their area boards, with their wards.',
  reports: 'Scrutiny reports with their recommendations and progress. Drafts and exempt reports are never published.',
  briefings: "Items for the members' briefing.",
  meetings: 'Single-topic area board meetings and their agendas.',
};

const nationalNote =
  ' National: shared by every council using the toolkit, and names no council. Councils add local notes instead of changing these.';

function humanise(name: string): string {
  const words = name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/-/g, ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Everything the CMS edits for one council, in the order the CMS lists it. */
export function editables(): Editable[] {
  const folders: EditableFolder[] = [];
  for (const [name, spec] of Object.entries(collections) as [CollectionName, (typeof collections)[CollectionName]][]) {
    const [label, labelSingular] = plural[name] ?? [humanise(name), humanise(name)];
    const layers: ('national' | 'council')[] = spec.layer === 'both' ? ['council', 'national'] : [spec.layer];
    for (const layer of layers) {
      const national = layer === 'national';
      const both = spec.layer === 'both';
      folders.push({
        kind: 'folder',
        name: national && both ? `national-${name}` : name,
        label: national ? `National: ${both && name === 'contacts' ? 'helplines' : label.toLowerCase()}` : label,
        labelSingular: national && both && name === 'contacts' ? 'National helpline' : labelSingular,
        description: (describe[name] ?? '') + (national ? nationalNote : ''),
        layer,
        folder: spec.folder,
        extension: spec.extension === '.mdx' ? 'mdx' : 'yaml',
        schema: spec.schema,
        collection: name,
        create: true,
      });
    }
  }
  const council = folders.filter((f) => f.layer === 'council');
  const national = folders.filter((f) => f.layer === 'national');
  const notes: EditableFolder[] = overlays.targets.map((target) => ({
    kind: 'folder',
    name: `notes-on-${target}`,
    label: `Local notes on national ${target}`,
    labelSingular: `Local note on a national ${target === 'powers' ? 'power' : 'problem'}`,
    description: `This council's own notes on a national ${target === 'powers' ? 'power' : 'problem'}: local leads and policy, shown on its page. The file name is the national entry's id.`,
    layer: 'council',
    folder: `${overlays.folder}/${target}`,
    extension: 'mdx',
    schema: overlays.schema,
    create: false,
  }));
  const files: EditableFile[] = [
    {
      kind: 'file',
      name: 'site',
      label: 'Site settings',
      description: 'The council and the site: name, address, corrections, accessibility statement.',
      file: councilFiles.site,
      schema: siteSchema,
    },
    {
      kind: 'file',
      name: 'partnership',
      label: 'Community safety partnership',
      description: 'Its members, plan, priorities and committee.',
      file: councilFiles.partnership,
      schema: partnershipSchema,
    },
    {
      kind: 'file',
      name: 'services',
      label: 'Who provides each service',
      description: "Which of this council's contacts provides each service that national pages name as a lead.",
      file: councilFiles.services,
      schema: councilServicesSchema,
    },
    {
      kind: 'file',
      name: 'roles',
      label: 'Roles',
      description:
        'Lead officers, cabinet members and the bodies that answer scrutiny recommendations. Reports name them by id, so a role is one owner everywhere.',
      file: councilFiles.roles,
      schema: rolesSchema,
    },
  ];
  return [...council, ...notes, ...files, ...national];
}

export { humanise };
