/**
 * Runs before the CMS saves an entry: gives a new entry its file name by the scaffolds' rule
 * (src/lib/cms/new-entry-id.ts), and checks the entry against the project's own schema
 * (src/lib/cms/validate.ts). Throwing stops the save, and Decap shows the message.
 */
import { editables } from '../lib/cms/collections.ts';
import { ID_FIELD } from '../lib/cms/entry-format.ts';
import type { RootShape } from '../lib/cms/shape.ts';
import { entryProblems, notSavedMessage } from '../lib/cms/validate.ts';
import { newEntryId } from '../lib/cms/new-entry-id.ts';

type ImmutableMap = { get(key: string): any; set(key: string, value: unknown): ImmutableMap; toJS(): any };

export function beforeSave(entry: ImmutableMap, shapes: Map<string, RootShape>): ImmutableMap {
  // Each settings file is a collection of its own, named like the file (src/lib/cms/decap-config.ts).
  const name = String(entry.get('collection'));
  const editable = editables().find((e) => e.name === name);
  const shape = shapes.get(name);
  let data = entry.get('data') as ImmutableMap;
  if (!editable || !shape) return data;
  if (entry.get('newRecord')) {
    const id = newEntryId(name, data.toJS());
    if (id) data = data.set(ID_FIELD, id);
  }
  const problems = entryProblems(editable, shape, data.toJS());
  if (problems.length > 0) throw new Error(notSavedMessage(problems));
  return data;
}
