/**
 * The Content-Security-Policy of the content manager at /admin/. It is looser than the site's,
 * and only there: Decap CMS checks its configuration with code it compiles at run time
 * ('unsafe-eval') and styles itself with inline styles ('unsafe-inline'). It may talk only to
 * this site, the git host the council edits through, and `npm run edit`'s proxy on this computer.
 */
import type { EditingBackend } from './decap-config.ts';

/** Addresses the CMS must reach for a hosted git backend: its API, and where avatars come from. */
export function backendHosts(editing: EditingBackend | undefined): { connect: string[]; img: string[] } {
  if (!editing) return { connect: [], img: [] };
  const origin = (url: string | undefined) => (url ? new URL(url).origin : undefined);
  const own = [origin(editing.baseUrl), origin(editing.authEndpoint)].filter((u): u is string => !!u);
  if (editing.backend === 'github')
    return {
      connect: [...new Set(['https://api.github.com', ...own])],
      img: ['https://avatars.githubusercontent.com'],
    };
  if (editing.backend === 'gitlab')
    return {
      connect: [...new Set([own[0] ?? 'https://gitlab.com', ...own])],
      img: [own[0] ?? 'https://gitlab.com', 'https://secure.gravatar.com'],
    };
  return { connect: own, img: own };
}

export function adminCsp(options: { editing?: EditingBackend | undefined; localProxy?: string | undefined }): string {
  const hosts = backendHosts(options.editing);
  const connect = ["'self'", ...(options.localProxy ? [new URL(options.localProxy).origin] : []), ...hosts.connect];
  const img = ["'self'", 'data:', 'blob:', ...hosts.img];
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    `img-src ${img.join(' ')}`,
    `connect-src ${connect.join(' ')}`,
    "font-src 'self' data:",
    "frame-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}
