/**
 * An area's own routes beside the council-wide contacts: which ones a power's leads can use, and
 * whether the council has any number for the area alone. Pure.
 */
import type { Area, LocalRoute } from '../schemas/area.ts';
import type { Contact } from '../schemas/contact.ts';
import type { WithId } from './types.ts';

type Routes = NonNullable<Area['routes']>;

/** The area's routes in the order a councillor needs them: police team, area board, councillors, the rest. */
export function routesInOrder(
  routes: Area['routes'],
): { kind: 'police' | 'areaBoard' | 'councillors' | 'other'; route: LocalRoute }[] {
  if (!routes) return [];
  return [
    ...(['police', 'areaBoard', 'councillors'] as const).flatMap((kind) =>
      routes[kind] ? [{ kind, route: routes[kind] }] : [],
    ),
    ...routes.other.map((route) => ({ kind: 'other' as const, route })),
  ];
}

/** The area's own routes that fit a power led by these services: its police team for a police power. */
export function localRoutesForLeads(routes: Routes | undefined, services: readonly string[]): LocalRoute[] {
  return services.includes('police') && routes?.police ? [routes.police] : [];
}

/** The council's contacts that cover this area and no other; usually none, when the council-wide numbers are the only ones. */
export function areaOnlyContacts<T extends WithId<Contact>>(contacts: readonly T[], areaId: string): T[] {
  return contacts.filter(
    (c) =>
      c.data.areas !== 'all' &&
      c.data.areas.includes(areaId) &&
      c.data.kind !== 'police' &&
      c.data.kind !== 'emergency',
  );
}

/** Every source of the area's routes, each once, in order. */
export function routeSources(routes: Area['routes']): { title: string; url: string }[] {
  const seen = new Set<string>();
  return routesInOrder(routes).flatMap(({ route }) => route.sources.filter((s) => !seen.has(s.url) && seen.add(s.url)));
}

/** The area's own sources, then each source of its routes not already among them. */
export function areaSources(
  sources: readonly { title: string; url: string }[],
  routes: Area['routes'],
): { title: string; url: string }[] {
  return [...sources, ...routeSources(routes).filter((r) => !sources.some((s) => s.url === r.url))];
}
