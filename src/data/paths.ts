/** Links inside the site, with the base path the council publishes under. */
import type { CollectionName } from '../schemas/collections.ts';

const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** A path inside the site: href('powers/') -> "/powers/" (or "/toolkit/powers/" under a base). */
export function href(pathInSite = ''): string {
  return `${base}${pathInSite.replace(/^\//, '')}`;
}

export function entryHref(collection: CollectionName, id: string): string {
  return href(`${collection}/${id}/`);
}
