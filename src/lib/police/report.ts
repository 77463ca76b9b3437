/** The importer's printed accounting: one line per file, a total, and the malformed rows. Pure. */
import { malformedDetailLimit, sumTallies, tallyAddsUp, type FileTally } from './dataset.ts';

const headings = ['file', 'rows', 'ASB', 'in council', 'no location', 'outside council', 'malformed'] as const;

function cells(
  name: string,
  t: Pick<FileTally, 'rows' | 'asb' | 'inCouncil' | 'noLocation' | 'outsideCouncil' | 'malformed'>,
): string[] {
  return [name, t.rows, t.asb, t.inCouncil, t.noLocation, t.outsideCouncil, t.malformed].map((c) =>
    typeof c === 'number' ? c.toLocaleString('en-GB') : c,
  );
}

/**
 * The accounting table. Rows always equal in council + no location + outside council + malformed;
 * ASB rows are counted among those. Throws if a file's counts do not add up, which would be a bug.
 */
export function formatAccounting(tallies: readonly FileTally[]): string[] {
  for (const t of tallies) {
    if (!tallyAddsUp(t))
      throw new Error(
        `${t.name}: the counts do not add up (${t.rows} rows, ${t.inCouncil} + ${t.noLocation} + ${t.outsideCouncil} + ${t.malformed}); this is a bug in the importer`,
      );
  }
  const rows = [[...headings], ...tallies.map((t) => cells(t.name, t))];
  if (tallies.length > 1) rows.push(cells('total', sumTallies(tallies)));
  const widths = headings.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  const out = [line(rows[0]!), rule, ...rows.slice(1, tallies.length + 1).map(line)];
  if (tallies.length > 1) out.push(rule, line(rows.at(-1)!));
  return out;
}

/** The malformed rows of one file, each naming the file and line, and how many were not listed. */
export function formatMalformed(tally: FileTally, shownPath: string): string[] {
  const out = tally.malformedRows.map(
    (m) => `${shownPath} ${m.endLine !== undefined ? `lines ${m.line}-${m.endLine}` : `line ${m.line}`}: ${m.reason}`,
  );
  const unlisted = tally.malformed - tally.malformedRows.length;
  if (unlisted > 0)
    out.push(
      `${shownPath}: ${unlisted.toLocaleString('en-GB')} more malformed rows (only the first ${malformedDetailLimit} are listed)`,
    );
  return out;
}
