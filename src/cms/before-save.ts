/**
 * Runs before the CMS saves an entry: gives a new entry its file name by the scaffolds' rule
 * (src/lib/scaffold.ts slugify), and checks the entry against the project's own schema
 * (src/lib/cms/validate.ts). Throwing stops the save, and Decap shows the message.
 */
import { editables } from '../lib/cms/collections.ts';
import { ID_FIELD } from '../lib/cms/entry-format.ts';
import type { RootShape } from '../lib/cms/shape.ts';
import { entryProblems, notSavedMessage } from '../lib/cms/validate.ts';
import { slugify } from '../lib/scaffold.ts';

type ImmutableMap = { get(key: string): any; set(key: string, value: unknown): ImmutableMap; toJS(): any };

export function beforeSave(entry: ImmutableMap, shapes: Map<string, RootShape>): ImmutableMap {
  const collection = String(entry.get('collection'));
  const name = collection === 'settings' ? String(entry.get('slug')) : collection;
  const editable = editables().find((e) => e.name === name);
  const shape = shapes.get(name);
  let data = entry.get('data') as ImmutableMap;
  if (!editable || !shape) return data;
  if (entry.get('newRecord') && typeof data.get('title') === 'string') data = data.set(ID_FIELD, slugify(data.get('title')));
  const problems = entryProblems(editable, shape, data.toJS());
  if (problems.length > 0) throw new Error(notSavedMessage(problems));
  return data;
}
