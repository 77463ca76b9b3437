/** One kind of briefing item (such as legislative changes) as a JSON feed. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { feedResponse } from '../../../../data/feeds.ts';
import { briefingKinds } from '../../../../schemas/briefing.ts';

export const getStaticPaths = (() => briefingKinds.map((kind) => ({ params: { kind } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => feedResponse('json', params.kind as (typeof briefingKinds)[number]);
