/** The CMS configuration for the council being built, made from the schemas (src/node/cms.ts). */
import type { APIRoute } from 'astro';
import { adminSettings } from '../../node/cms-settings.ts';
import { cmsConfigYaml } from '../../node/cms.ts';

export const GET: APIRoute = () => {
  const { layout, repoRoot, localProxy } = adminSettings();
  return new Response(cmsConfigYaml(layout, { repoRoot, localProxy }), {
    headers: { 'content-type': 'text/yaml; charset=utf-8' },
  });
};
