/** The council's LSOAs (census small areas) by ward, from the ONS lookup kept in the council's data/ folder. */
import path from 'node:path';
import { getSite, layout } from './content.ts';
import { readLsoasByWard, wardLookupFile } from '../node/ward-lookup.ts';

let cache: Map<string, string[]> | undefined;
export function lsoasByWard(): Map<string, string[]> {
  cache ??= readLsoasByWard(path.join(layout.councilDir, wardLookupFile), getSite().localAuthorityCode);
  return cache;
}
