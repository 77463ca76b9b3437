/** Where a problem is: the file and the field, and in an entry's body the line and column. */
export interface ProblemPlace {
  /** Path of the file, relative to the project (such as content/powers/cpn.mdx). */
  file: string;
  /** The field, as a path such as "recommendations[2].due"; empty for the file as a whole. */
  field: string;
  /** For a problem in an entry's body: its line (1-based, in the file as written) and column. */
  line?: number;
  column?: number;
}

/** A problem found in the content, in words: one line for an editor, naming the file and the field. */
export interface ContentProblem extends ProblemPlace {
  /** What is wrong: what was found and what was expected. */
  message: string;
}

export function formatProblem(problem: ContentProblem): string {
  const where = problem.line !== undefined ? `${problem.file}:${problem.line}:${problem.column ?? 1}` : problem.file;
  return problem.field ? `${where}: ${problem.field}: ${problem.message}` : `${where}: ${problem.message}`;
}

/** Sorts problems by file, then field, then place in the body, so reports read the same on every run. */
export function sortProblems(problems: ContentProblem[]): ContentProblem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.field.localeCompare(b.field) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      a.message.localeCompare(b.message),
  );
}

/** Joins a zod-style path into "a.b[2].c". */
export function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, '');
}

/** The minimal shape of a zod 4 issue this module reads. */
export interface SchemaIssue {
  code: string;
  path: ReadonlyArray<PropertyKey>;
  message: string;
  input?: unknown;
  keys?: string[];
  expected?: string;
  values?: ReadonlyArray<unknown>;
  /** For a record's key: the problems with the key itself. */
  issues?: ReadonlyArray<{ message: string }>;
}

/**
 * Turns a schema issue into editor-friendly problems. Unknown fields get a "did you mean"
 * suggestion, missing fields say so, wrong values show what was found.
 */
export function problemsFromIssue(
  file: string,
  issue: SchemaIssue,
  knownKeys: (path: ReadonlyArray<PropertyKey>) => string[],
  isOptional: (path: ReadonlyArray<PropertyKey>) => boolean = () => false,
): ContentProblem[] {
  const field = fieldPath(issue.path);
  if (issue.code === 'unrecognized_keys' && issue.keys) {
    const known = knownKeys(issue.path);
    return issue.keys.map((key) => {
      const renamed = renamedFields[key];
      const guess = renamed && known.includes(renamed) ? undefined : closest(key, known);
      const hint =
        renamed && known.includes(renamed)
          ? `; it is now "${renamed}"`
          : guess
            ? `; did you mean "${guess}"?`
            : `; expected one of: ${known.join(', ')}`;
      return { file, field: fieldPath([...issue.path, key]), message: `unknown field "${key}"${hint}` };
    });
  }
  if (issue.code === 'invalid_key' && issue.issues?.[0])
    return [{ file, field, message: `found the id ${show(issue.path.at(-1))}: ${issue.issues[0].message}` }];
  if (issue.input === undefined && issue.code !== 'custom') {
    return [{ file, field, message: `missing: expected ${describeExpected(issue)}` }];
  }
  if (issue.code === 'invalid_value' && issue.values) {
    const allowed = issue.values.map((v) => JSON.stringify(v)).join(', ');
    const hint = typeof issue.input === 'string' ? valueHint(issue.input, issue.values.map(String)) : undefined;
    return [
      { file, field, message: `found ${show(issue.input)}, expected one of: ${allowed}${hint ? `; ${hint}` : ''}` },
    ];
  }
  if (issue.code === 'invalid_type' && issue.expected === 'string' && typeof issue.input === 'number')
    return [
      { file, field, message: `found the number ${issue.input}, expected text; put it in quotes: "${issue.input}"` },
    ];
  if (typeof issue.input === 'string' && issue.input.trim() === '' && issue.code !== 'custom')
    return [
      {
        file,
        field,
        message: isOptional(issue.path)
          ? 'found an empty value, expected text; write it, or leave the line out when the source does not give it'
          : 'found an empty value, expected text; this field is needed, so write it',
      },
    ];
  if (typeof issue.input === 'string' && /^https?:\/\/\S*\s/i.test(issue.input.trim()))
    return [
      {
        file,
        field,
        message: `found a web address with a space in it (${show(issue.input)}); replace each space with %20, or copy the address again from the browser's address bar`,
      },
    ];
  if (issue.code === 'custom') return [{ file, field, message: issue.message }];
  if (issue.code === 'invalid_type' && issue.expected === 'string' && isPlainObject(issue.input)) {
    const [key, value] = Object.entries(issue.input)[0] ?? ['', ''];
    return [
      {
        file,
        field,
        message: `found "${key}: ${String(value)}" read as a field and its value, expected text; put the text in quotes because it contains ": "`,
      },
    ];
  }
  return [{ file, field, message: `found ${show(issue.input)}: ${issue.message}` }];
}

/** Fields that have a new name, so an older file is told what to write instead. */
const renamedFields: Record<string, string> = { owner: 'leadOfficer', state: 'status' };

/** Words officers use for a value the schema spells another way. */
const synonyms: Record<string, string> = {
  agreed: 'accepted',
  approved: 'accepted',
  'partially-accepted': 'partly-accepted',
  'partly-agreed': 'partly-accepted',
  'not-agreed': 'rejected',
  declined: 'rejected',
  'in-progress': 'ongoing',
  started: 'ongoing',
  implemented: 'complete',
  completed: 'complete',
  done: 'complete',
  'partly-implemented': 'ongoing',
  'on-hold': 'paused',
};

/** A hint for a value that is not allowed: the allowed value it most likely means. */
export function valueHint(found: string, allowed: readonly string[]): string | undefined {
  const key = found
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  const meant = synonyms[key];
  if (meant && allowed.includes(meant))
    return key === 'partly-implemented'
      ? `use "ongoing", and say in the text what is done and what is left`
      : `"${found}" is written "${meant}" here`;
  if (allowed.includes(key)) return `write it "${key}"`;
  const guess = closest(key, [...allowed]);
  return guess ? `did you mean "${guess}"?` : undefined;
}

/**
 * A YAML error in plain words, for the mistakes officers make most: a colon followed by a space
 * inside unquoted text ("text: Note: the partnership said...").
 */
export function explainYamlError(reason: string, line: string | undefined): string | undefined {
  if (line === undefined || !/bad indentation of a mapping entry|incomplete explicit mapping pair/.test(reason))
    return undefined;
  const match = /^(\s*(?:-\s+)?)([^:#]+):\s+(.*\S)\s*$/.exec(line);
  if (!match || !/:\s/.test(match[3]!) || /^["'|>]/.test(match[3]!)) return undefined;
  return `found a colon followed by a space inside the text of "${match[2]!.trim()}"; put the text in quotes, such as ${match[2]!.trim()}: "${match[3]!.replace(/"/g, '\\"')}"`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function describeExpected(issue: SchemaIssue): string {
  if (issue.code === 'invalid_value' && issue.values)
    return `one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  if (issue.code === 'invalid_union') return issue.message.replace(/^expected /, '');
  if (issue.expected === 'array') return 'a list';
  if (issue.expected === 'object') return 'a group of fields';
  return issue.expected ?? 'a value';
}

function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const text = JSON.stringify(value);
  return text && text.length > 60 ? `${text.slice(0, 57)}...` : String(text);
}

/** The known key nearest to `key` by edit distance, when it is close enough to be a typo. */
export function closest(key: string, known: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = editDistance(key.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return bestDistance <= Math.max(2, Math.floor(key.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}
