/**
 * npm run new:report -- "Title of the report" [--council <id>]
 * Writes content/councils/<id>/reports/<title-as-id>.mdx: a draft that passes the check, ready to fill in.
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { layoutOptions, layoutOrExit } from '../src/node/cli-layout.ts';
import { todayInLondon } from '../src/node/clock.ts';
import { reportTemplate, slugify } from '../src/lib/scaffold.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: layoutOptions });
const layout = layoutOrExit(process.cwd(), values);
const title = positionals.join(' ').trim();
if (!title) {
  console.error('Give the report a title: npm run new:report -- "Title of the report"');
  process.exit(2);
}
const id = slugify(title);
const file = path.join(layout.councilDir, 'reports', `${id}.mdx`);
if (existsSync(file)) {
  console.error(`${path.relative(process.cwd(), file)} already exists: choose another title or edit that file.`);
  process.exit(1);
}
writeFileSync(file, reportTemplate(title, todayInLondon()));
console.log(
  `Wrote ${path.relative(process.cwd(), file)} (a draft: it will not be published until you change its status).`,
);
