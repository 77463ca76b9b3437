/**
 * The content manager's part of the build: writes the Content-Security-Policy of /admin/ for the
 * council's git host into _headers (public/_headers holds a placeholder), so a static host that reads
 * _headers sends it. The admin page carries the same policy as a meta tag for hosts that do not.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { adminSettings } from '../node/cms-settings.ts';

export const ADMIN_CSP_PLACEHOLDER = 'ADMIN_CSP';

export default function cms(): AstroIntegration {
  return {
    name: 'community-safety-toolkit-cms',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const file = new URL('_headers', dir);
        const headers = readFileSync(file, 'utf8');
        if (!headers.includes(ADMIN_CSP_PLACEHOLDER))
          throw new Error(
            `_headers: expected the placeholder ${ADMIN_CSP_PLACEHOLDER} under /admin/* (public/_headers)`,
          );
        // Built for a host, never for npm run edit: the local proxy is left out of the header.
        const { csp } = adminSettings({ ...process.env, CST_EDIT_PROXY: '' });
        writeFileSync(file, headers.replace(ADMIN_CSP_PLACEHOLDER, `${csp}; frame-ancestors 'none'`));
      },
    },
  };
}
