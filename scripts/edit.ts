/**
 * npm run edit [-- --council <id>] [--port 4321] [--proxy-port 8081]
 * Local editing in a browser: starts Decap CMS's local proxy (decap-server, which reads and writes
 * the content files on this computer) and the development server (the admin page at /admin/, and
 * every page of the site rebuilt as you save). Both listen on 127.0.0.1 only. Ctrl+C stops both.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { layoutOptions, layoutOrExit } from '../src/node/cli-layout.ts';

const projectRoot = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    ...layoutOptions,
    port: { type: 'string', default: '4321' },
    'proxy-port': { type: 'string', default: '8081' },
  },
});
const layout = layoutOrExit(projectRoot, values);
const host = '127.0.0.1';
const proxy = `http://${host}:${values['proxy-port']}/api/v1`;
// The folder the CMS's paths start from: the one holding the content folder (the project itself).
const editRoot = path.dirname(layout.root);
const require = createRequire(import.meta.url);

const children: ChildProcess[] = [];
function start(name: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(process.execPath, args, {
    cwd: projectRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk: Buffer) => process.stdout.write(prefix(name, chunk)));
  child.stderr!.on('data', (chunk: Buffer) => process.stderr.write(prefix(name, chunk)));
  child.on('exit', (code) => {
    console.error(`${name} stopped (exit code ${code ?? 'none'}); stopping npm run edit.`);
    stopAll(code ?? 1);
  });
  children.push(child);
  return child;
}
const prefix = (name: string, chunk: Buffer) =>
  chunk
    .toString()
    .split('\n')
    .map((line) => (line ? `[${name}] ${line}` : line))
    .join('\n');

let stopping = false;
function stopAll(code: number): void {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 500).unref();
}
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));

start('proxy', [require.resolve('decap-server/dist/index.js')], {
  PORT: values['proxy-port'],
  BIND_HOST: host,
  GIT_REPO_DIRECTORY: editRoot,
  MODE: 'fs',
  LOG_LEVEL: 'warn',
});
const dev = start(
  'site',
  [path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', host, '--port', values.port!],
  {
    ASTRO_TELEMETRY_DISABLED: '1',
    CST_CONTENT_DIR: layout.root,
    CST_COUNCIL: layout.council,
    CST_EDIT_PROXY: proxy,
  },
);

let told = false;
dev.stdout!.on('data', (chunk: Buffer) => {
  if (told || !/ready in|Local/i.test(chunk.toString())) return;
  told = true;
  const site = `http://${host}:${values.port}/`;
  console.log(`
Editing ${layout.council}'s content in a browser:

  1. Open ${site}admin/ and choose "Login" (no password: it edits the files on this computer).
  2. Pick a collection on the left, open an entry or choose "New", and fill in the fields.
     Each field says what it is for; the CMS checks the same rules as npm run check.
  3. Choose "Publish" then "Publish now" to save the file. Drafts stay drafts until their status
     says published.
  4. See the page as readers will at ${site} (it rebuilds as you save).
  5. When you are done: npm run check, then commit the changed files (git add, git commit) or
     send them to whoever publishes the site.

Stop with Ctrl+C.
`);
});
