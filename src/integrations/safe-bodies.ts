/**
 * The build's guard for safe bodies: a Sätteri plugin factory that runs checkBody
 * (src/lib/safe-body.ts, the same function `npm run check` calls) on every Markdown and MDX
 * document before it is compiled, and stops the build on the first unsafe one. The build runs
 * the whole check first (src/integrations/toolkit.ts), so this only fires for a file that
 * reaches the compiler some other way (the dev server, a file changed after the check).
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { checkBody } from '../lib/safe-body.ts';

interface FactoryContext {
  readonly fileURL: URL | undefined;
  readonly sourceFormat: 'markdown' | 'mdx';
  readonly source: string;
}

/** A content problem: the message is the whole report, so no stack trace is needed. */
export class UnsafeBodyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnsafeBodyError';
    this.stack = `${this.name}: ${message}`;
  }
}

export function safeBodies(options: { siteOrigin: string; projectRoot: string }) {
  return (ctx: FactoryContext): null => {
    const { problems } = checkBody(ctx.source, {
      format: ctx.sourceFormat === 'mdx' ? 'mdx' : 'md',
      siteOrigin: options.siteOrigin,
    });
    if (problems.length === 0) return null;
    const file = ctx.fileURL
      ? path.relative(options.projectRoot, fileURLToPath(ctx.fileURL)).split(path.sep).join('/')
      : 'an entry body';
    const lines = problems.map((p) => `  ${file}:${p.line}:${p.column}: ${p.message}`);
    throw new UnsafeBodyError(
      [`${problems.length} problem${problems.length === 1 ? '' : 's'} in the content:`, ...lines].join('\n'),
    );
  };
}
