/** Serving Decap CMS's own files, from its npm package, from this site (no other host is asked). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { decapDist, decapFiles } from './cms-settings.ts';

const types: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** The route parameters for the files with this extension: their names without it. */
export function decapPaths(extension: '.js' | '.wasm' | '.txt'): { params: { name: string } }[] {
  return decapFiles()
    .filter((f) => f.endsWith(extension))
    .map((f) => ({ params: { name: f.slice(0, -extension.length) } }));
}

export function decapResponse(name: string | undefined, extension: '.js' | '.wasm' | '.txt'): Response {
  const file = `${name}${extension}`;
  if (!decapFiles().includes(file)) return new Response('Not found', { status: 404 });
  return new Response(readFileSync(path.join(decapDist(), file)), { headers: { 'content-type': types[extension]! } });
}
