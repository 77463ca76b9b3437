/**
 * Where a build reads content and writes the site: one rule for astro.config.mjs, the content
 * config and every script. Content has two layers under one root folder:
 *   <root>/national/          shared by every council
 *   <root>/councils/<id>/     one council's own content
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';

/** The council a command uses when none is named: the bundled example. */
export const DEFAULT_COUNCIL = 'wiltshire';

export interface ContentLayout {
  /** The content root, holding national/ and councils/. */
  root: string;
  /** The national layer. */
  nationalDir: string;
  /** The council's id: the name of its folder under councils/. */
  council: string;
  /** The council's own layer. */
  councilDir: string;
}

/** The content root: CST_CONTENT_DIR when set (tests use it for fixtures), else ./content. */
export function contentDirFromEnv(projectRoot: string, env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(projectRoot, env.CST_CONTENT_DIR || 'content');
}

/** The built site: CST_OUT_DIR when set, else ./dist. */
export function outDirFromEnv(projectRoot: string, env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(projectRoot, env.CST_OUT_DIR || 'dist');
}

/**
 * A council's own copy of the toolkit names its council in local.yaml (`council: <id>`) at the
 * project root. The upstream project never ships that file, so a fork that adds it never meets a
 * conflict there when it pulls national updates.
 */
export const LOCAL_SETTINGS_FILE = 'local.yaml';

/** The council's id: CST_COUNCIL when set, else local.yaml's council, else the example council. */
export function councilFromEnv(env: NodeJS.ProcessEnv = process.env, projectRoot: string = process.cwd()): string {
  return env.CST_COUNCIL || localCouncil(projectRoot) || DEFAULT_COUNCIL;
}

function localCouncil(projectRoot: string): string | undefined {
  const file = path.join(projectRoot, LOCAL_SETTINGS_FILE);
  if (!existsSync(file)) return undefined;
  const settings = yaml.load(readFileSync(file, 'utf8')) as { council?: unknown } | null;
  if (typeof settings?.council !== 'string')
    throw new Error(
      `${LOCAL_SETTINGS_FILE}: council: expected the id of your council's folder under content/councils/, such as "council: camden"`,
    );
  return settings.council;
}

/** The two layers of a content root for one council. Does not check that they exist. */
export function contentLayout(root: string, council: string): ContentLayout {
  return { root, nationalDir: path.join(root, 'national'), council, councilDir: path.join(root, 'councils', council) };
}

/** The layout the environment names (CST_CONTENT_DIR, CST_COUNCIL). */
export function layoutFromEnv(projectRoot: string, env: NodeJS.ProcessEnv = process.env): ContentLayout {
  return contentLayout(contentDirFromEnv(projectRoot, env), councilFromEnv(env, projectRoot));
}

/** The councils a content root holds: the folders under councils/, sorted. */
export function councilsIn(root: string): string[] {
  const dir = path.join(root, 'councils');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('.'))
    .map((d) => d.name)
    .sort();
}

/**
 * Why a council id cannot be used with a content root, or undefined when it can. Scripts stop
 * with this message before doing anything else.
 */
export function councilProblem(root: string, council: string): string | undefined {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(council))
    return `--council: found "${council}", expected a council id: lower-case words joined by hyphens, such as "wiltshire"`;
  const known = councilsIn(root);
  if (known.includes(council)) return undefined;
  const where = path.join(root, 'councils', council);
  const choices =
    known.length > 0
      ? `; expected one of: ${known.join(', ')}`
      : '; no council folders exist yet (npm run new:council starts one)';
  return `--council: found "${council}", but ${where} does not exist${choices}`;
}

/**
 * Takes `--council <id>` or `--council=<id>` out of a command line. Returns the id (undefined
 * when absent) and the remaining arguments, so a script can pass the rest on untouched.
 */
export function takeCouncilArg(args: readonly string[]): { council: string | undefined; rest: string[] } {
  const rest: string[] = [];
  let council: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--council') {
      const value = args[i + 1];
      if (value === undefined || value.startsWith('--'))
        throw new Error('--council: expected a council id after it, such as --council wiltshire');
      council = value;
      i++;
    } else if (arg.startsWith('--council=')) council = arg.slice('--council='.length);
    else rest.push(arg);
  }
  return { council, rest };
}

/**
 * Astro's V8 heap cap. Without one, V8 lets garbage pile up on large sites before it collects,
 * and the peak memory is higher for no steady gain in time (bench/RESULTS.md); 1,536 MiB builds 10,000
 * entries. Most of what remains of Astro's peak is outside V8's heap, where no cap reaches.
 */
export const DEFAULT_ASTRO_HEAP_MB = 1536;

/** The heap cap for Astro's process: none when NODE_OPTIONS sets one, else CST_BUILD_HEAP_MB or the default. */
export function astroHeapArgs(env: NodeJS.ProcessEnv = process.env): string[] {
  if (/--max-old-space-size/.test(env.NODE_OPTIONS ?? '')) return [];
  const raw = env.CST_BUILD_HEAP_MB ?? String(DEFAULT_ASTRO_HEAP_MB);
  const mb = Number(raw);
  if (!/^\d+$/.test(raw) || mb < 256)
    throw new Error(`CST_BUILD_HEAP_MB: found "${raw}", expected a whole number of MiB, 256 or more`);
  return [`--max-old-space-size=${mb}`];
}
