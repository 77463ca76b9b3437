/** Decap CMS's .js files, served from its npm package (src/node/decap-files.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { decapPaths, decapResponse } from '../../node/decap-files.ts';

export const getStaticPaths: GetStaticPaths = () => decapPaths('.js');
export const GET: APIRoute = ({ params }) => decapResponse(params.name, '.js');
