/** The council's LSOAs (census small areas) by ward, from the ONS lookup kept in content/data/. */
import path from 'node:path';
import { getSite } from './content.ts';
import { readLsoasByWard, wardLookupFile } from '../node/ward-lookup.ts';

let cache: Map<string, string[]> | undefined;
export function lsoasByWard(): Map<string, string[]> {
  cache ??= readLsoasByWard(path.resolve(process.env.CST_CONTENT_DIR ?? 'content', wardLookupFile), getSite().localAuthorityCode);
  return cache;
}
