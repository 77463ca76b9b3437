/**
 * Runs before `npm test`: the browser tests need Chromium. Uses CHROMIUM_PATH or
 * /usr/bin/chromium; if neither exists, installs Debian's chromium when running as root, and
 * otherwise stops with a message saying what to install. It never lets the browser tests skip.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const wanted = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (existsSync(wanted)) process.exit(0);
if (process.env.CHROMIUM_PATH) {
  console.error(
    `CHROMIUM_PATH is set to ${wanted}, but there is no file there. Point it at a Chromium or Chrome binary.`,
  );
  process.exit(1);
}
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
  console.error(
    'The browser tests need Chromium, and /usr/bin/chromium was not found.\n' +
      'Install it with:  sudo apt-get install -y chromium\n' +
      'or set CHROMIUM_PATH to a Chromium or Chrome binary, then run npm test again.',
  );
  process.exit(1);
}
console.log("Chromium not found: installing Debian's chromium package (needed by the browser tests)...");
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
if (!existsSync(wanted)) {
  console.error(`apt-get finished but ${wanted} is still missing.`);
  process.exit(1);
}
