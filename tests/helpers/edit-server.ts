/**
 * `npm run edit` on a copy of the content: the real Decap CMS, its real local proxy (decap-server)
 * writing real files, and the development server, all on 127.0.0.1 and free ports.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { exampleContent, outputRoot, projectRoot } from './paths.ts';

export interface EditServer {
  /** The copy's content folder: what the CMS writes. */
  contentDir: string;
  /** The admin page's address. */
  adminUrl: string;
  /** The development site's address. */
  siteUrl: string;
  output: () => string;
  close: () => Promise<void>;
}

/** Free ports on 127.0.0.1, all different: each is held until all are found. */
async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<ReturnType<typeof createServer>>((resolve, reject) => {
          const server = createServer();
          server.once('error', reject);
          server.listen(0, '127.0.0.1', () => resolve(server));
        }),
    ),
  );
  const ports = servers.map((s) => (s.address() as { port: number }).port);
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  return ports;
}

/** Copies the national layer and the example council, so the test never changes the real files. */
export function copyContent(name: string): string {
  const root = path.join(outputRoot, name);
  rmSync(root, { recursive: true, force: true });
  const contentDir = path.join(root, 'content');
  mkdirSync(path.join(contentDir, 'councils'), { recursive: true });
  cpSync(path.join(exampleContent, 'national'), path.join(contentDir, 'national'), { recursive: true });
  cpSync(path.join(exampleContent, 'councils/wiltshire'), path.join(contentDir, 'councils/wiltshire'), {
    recursive: true,
  });
  return contentDir;
}

export async function startEditServer(contentDir: string): Promise<EditServer> {
  const [port, proxyPort] = (await freePorts(2)) as [number, number];
  // The child is a development server, not a test: none of vitest's variables (Astro and Vite act on VITEST).
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !/^(VITEST|VITE_|TEST$|NODE_ENV$|BASE_URL$|MODE$|DEV$|PROD$|SSR$|CST_CONTENT_DIR$)/.test(k),
    ),
  );
  const child: ChildProcess = spawn(
    process.execPath,
    [
      path.join(projectRoot, 'scripts/edit.ts'),
      '--content',
      contentDir,
      '--council',
      'wiltshire',
      '--port',
      String(port),
      '--proxy-port',
      String(proxyPort),
    ],
    {
      cwd: projectRoot,
      env: { ...env, NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm run edit did not start in time:\n${output}`)), 180_000);
    const check = () => {
      if (output.includes('Stop with Ctrl+C')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', check);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`npm run edit stopped (exit code ${code}):\n${output}`));
    });
  });
  const siteUrl = `http://127.0.0.1:${port}/`;
  return {
    contentDir,
    adminUrl: `${siteUrl}admin/`,
    siteUrl,
    output: () => output,
    close: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      process.kill(-child.pid!, 'SIGTERM');
      await exited;
    },
  };
}
