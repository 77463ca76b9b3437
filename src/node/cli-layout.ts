/**
 * The content layout a command-line tool works on: `--content <folder>` and `--council <id>` when
 * given, else CST_CONTENT_DIR and CST_COUNCIL, else ./content and the example council.
 */
import path from 'node:path';
import {
  contentDirFromEnv,
  contentLayout,
  councilFromEnv,
  councilProblem,
  type ContentLayout,
} from './build-settings.ts';

/** The parseArgs options every script that reads content accepts. */
export const layoutOptions = { council: { type: 'string' }, content: { type: 'string' } } as const;

/** The layout, or a one-line reason it cannot be used (an unknown council, say). */
export function layoutFromOptions(
  projectRoot: string,
  values: { council?: string | undefined; content?: string | undefined },
  env: NodeJS.ProcessEnv = process.env,
): ContentLayout | string {
  const root = values.content ? path.resolve(projectRoot, values.content) : contentDirFromEnv(projectRoot, env);
  const council = values.council ?? councilFromEnv(env, projectRoot);
  return councilProblem(root, council) ?? contentLayout(root, council);
}

/** The same, for a script: prints the reason and exits with code 2 when the layout cannot be used. */
export function layoutOrExit(
  projectRoot: string,
  values: { council?: string | undefined; content?: string | undefined },
): ContentLayout {
  const layout = layoutFromOptions(projectRoot, values);
  if (typeof layout === 'string') {
    console.error(layout);
    process.exit(2);
  }
  return layout;
}
