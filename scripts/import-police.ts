/**
 * npm run import:police -- <files or folders> --lookup <ONS LSOA-to-ward csv> [--council <id>]
 *     [--lad <code>] [--areas <folder>] [--out <file>] [--replace] [--allow-partial] [--dry-run]
 *
 * Counts data.police.uk street-level files for one council into
 * content/councils/<id>/data/police-uk.json. The work is src/node/run-police-import.ts; see the
 * README ("Police figures") for what it refuses and why.
 */
import { runImport } from '../src/node/run-police-import.ts';

process.exitCode = await runImport(process.argv.slice(2), {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});
