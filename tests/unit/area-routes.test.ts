/** An area's own routes: which fit a power, whether the council has a number for the area alone, and the schema's rules. */
import { describe, expect, test } from 'vitest';
import {
  areaOnlyContacts,
  areaSources,
  localRoutesForLeads,
  routeSources,
  routesInOrder,
} from '../../src/lib/area-routes.ts';
import { areaRoutes, localRoute } from '../../src/schemas/area.ts';
import { areaRouteRules } from '../../src/lib/integrity.ts';
import { formatProblem } from '../../src/lib/problems.ts';

const source = (n: number) => ({ title: `Minutes ${n}`, url: `https://example.org/${n}` });
const police = {
  name: 'Trowbridge Neighbourhood Policing Team',
  summary: 'Covers Trowbridge.',
  email: 'team@example.org',
  sources: [source(1)],
};
const board = {
  name: 'Trowbridge Area Board',
  summary: 'Meets in public.',
  web: 'https://example.org/board',
  sources: [source(2), source(1)],
};
const routes = areaRoutes.parse({
  police,
  areaBoard: board,
  other: [{ name: 'CCTV partnership', summary: 'Town CCTV.', web: 'https://example.org/cctv', sources: [source(3)] }],
});

describe('area routes', () => {
  test('in the order a councillor needs them', () => {
    expect(routesInOrder(routes).map((r) => `${r.kind}: ${r.route.name}`)).toEqual([
      'police: Trowbridge Neighbourhood Policing Team',
      'areaBoard: Trowbridge Area Board',
      'other: CCTV partnership',
    ]);
    expect(routesInOrder(undefined)).toEqual([]);
  });

  test('a power the police lead gets the area\u2019s police team; a council power gets none', () => {
    expect(localRoutesForLeads(routes, ['council-asb', 'police']).map((r) => r.name)).toEqual([
      'Trowbridge Neighbourhood Policing Team',
    ]);
    expect(localRoutesForLeads(routes, ['council-asb'])).toEqual([]);
    expect(localRoutesForLeads(undefined, ['police'])).toEqual([]);
  });

  test('the council has a number for the area alone only when a council contact covers it and no other', () => {
    const contact = (id: string, areas: 'all' | string[], kind = 'council-team') =>
      ({ id, data: { areas, kind } }) as never;
    expect(
      areaOnlyContacts([contact('switchboard', 'all'), contact('police-team', ['trowbridge'], 'police')], 'trowbridge'),
    ).toEqual([]);
    expect(
      areaOnlyContacts([contact('town-team', ['trowbridge', 'melksham'])], 'trowbridge').map(
        (c: { id: string }) => c.id,
      ),
    ).toEqual(['town-team']);
    expect(areaOnlyContacts([contact('town-team', ['melksham'])], 'trowbridge')).toEqual([]);
  });

  test('sources of every route, each once', () => {
    expect(routeSources(routes).map((s) => s.title)).toEqual(['Minutes 1', 'Minutes 2', 'Minutes 3']);
  });

  test("an area's sources come first, then each of its routes' sources it does not already cite", () => {
    expect(areaSources([source(2), source(9)], routes)).toEqual([
      { title: 'Minutes 2', url: 'https://example.org/2' },
      { title: 'Minutes 9', url: 'https://example.org/9' },
      { title: 'Minutes 1', url: 'https://example.org/1' },
      { title: 'Minutes 3', url: 'https://example.org/3' },
    ]);
    expect(areaSources([source(9)], undefined)).toEqual([{ title: 'Minutes 9', url: 'https://example.org/9' }]);
  });

  test('a route needs a way to reach it and a source', () => {
    const result = localRoute.safeParse({ name: 'A team', summary: 'Exists.', sources: [] });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'sources: expected at least one source for this route',
      'howToReach: missing: a route needs a phone, email, web or howToReach',
    ]);
  });

  test('a route\u2019s phone number must be a real UK number', () => {
    const area = { routes: areaRoutes.parse({ areaBoard: { ...board, phone: '01225 71822' } }) } as never;
    expect(areaRouteRules('content/councils/x/areas/a.yaml', area).map(formatProblem)).toEqual([
      'content/councils/x/areas/a.yaml: routes.areaBoard.phone: found "01225 71822", expected a valid UK phone number such as "0300 456 0100"',
    ]);
  });
});
