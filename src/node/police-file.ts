/**
 * The one reader of the police.uk figures file (councils/<id>/data/police-uk.json, written by
 * `npm run import:police`). The build, the check and the importer all read it through here, and
 * each puts what it found into its own words.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { policeDataSchema, type PoliceData } from '../schemas/police-data.ts';
import type { ZodError } from 'zod';

/** Where a council's figures file lives. */
export function policeFiguresFile(councilDir: string): string {
  return path.join(councilDir, 'data/police-uk.json');
}

export type PoliceFileRead =
  | { status: 'absent' }
  /** The file is not JSON; `reason` is the parser's message. */
  | { status: 'not-json'; reason: string }
  /** The file is JSON but not a valid figures file. `json` is what it holds. */
  | { status: 'invalid'; json: unknown; issues: ZodError['issues'] }
  | { status: 'valid'; json: unknown; data: PoliceData };

/** Reads and validates a figures file. */
export function readPoliceFile(file: string): PoliceFileRead {
  if (!existsSync(file)) return { status: 'absent' };
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return { status: 'not-json', reason: (error as Error).message };
  }
  const parsed = policeDataSchema.safeParse(json);
  return parsed.success
    ? { status: 'valid', json, data: parsed.data }
    : { status: 'invalid', json, issues: parsed.error.issues };
}

/** A schema issue as "path: message", "(top)" for the whole file. */
export function describeIssue(issue: { path: PropertyKey[]; message: string }): string {
  return `${issue.path.join('.') || '(top)'}: ${issue.message}`;
}
