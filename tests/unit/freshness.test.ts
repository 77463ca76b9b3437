import { describe, expect, test } from 'vitest';
import { describeStaleEntries, dueNext, staleEntries } from '../../src/lib/freshness.ts';
import { groupInOrder } from '../../src/lib/group.ts';

const asOf = '2026-11-23';
const period = 365;

describe('staleEntries', () => {
  test.each([
    // reviewed + 365 days is the due day; the due day itself is still fresh
    [{ reviewed: '2025-11-23' }, false, '2026-11-23'],
    [{ reviewed: '2025-11-22' }, true, '2026-11-22'],
    // reviewBy wins over the period, both ways
    [{ reviewed: '2026-11-01', reviewBy: '2026-11-22' }, true, '2026-11-22'],
    [{ reviewed: '2026-11-01', reviewBy: '2026-11-23' }, false, '2026-11-23'],
    [{ reviewed: '2020-01-01', reviewBy: '2030-01-01' }, false, '2030-01-01'],
  ])('%j stale: %s (due %s)', (entry, stale, due) => {
    const found = staleEntries([entry], period, asOf);
    expect(found.length === 1).toBe(stale);
    if (stale) expect(found[0]!.due).toBe(due);
  });

  test('longest overdue first; other fields are kept', () => {
    const entries = [
      { file: 'content/b.mdx', reviewed: '2025-01-01' },
      { file: 'content/fresh.mdx', reviewed: '2026-11-01' },
      { file: 'content/a.mdx', reviewed: '2024-06-01' },
      { file: 'content/c.mdx', reviewed: '2026-01-01', reviewBy: '2026-02-01' },
    ];
    expect(staleEntries(entries, period, asOf).map((e) => `${e.file} ${e.due}`)).toEqual([
      'content/a.mdx 2025-06-01',
      'content/b.mdx 2026-01-01',
      'content/c.mdx 2026-02-01',
    ]);
  });

  test('time comes in as asOf: the same entry is fresh one day and stale the next', () => {
    const entry = { reviewed: '2026-01-01' };
    expect(staleEntries([entry], 30, '2026-01-31')).toEqual([]);
    expect(staleEntries([entry], 30, '2026-02-01')).toEqual([{ reviewed: '2026-01-01', due: '2026-01-31' }]);
  });
});

describe("the check's warning lines", () => {
  test('a heading with the count, then one line per file', () => {
    const text = describeStaleEntries([
      { file: 'content/powers/cpn.mdx', reviewed: '2024-06-01', due: '2025-06-01' },
      { file: 'content/contacts/team.mdx', reviewed: '2026-01-01', reviewBy: '2026-02-01', due: '2026-02-01' },
    ]);
    expect(text.split('\n')).toEqual([
      '2 entries past their review date:',
      '  content/powers/cpn.mdx: reviewed 2024-06-01, review was due 2025-06-01',
      '  content/contacts/team.mdx: reviewed 2026-01-01, review was due 2026-02-01',
    ]);
  });

  test('one entry reads in the singular', () => {
    expect(describeStaleEntries([{ file: 'x.mdx', reviewed: '2024-01-01', due: '2025-01-01' }]).split('\n')[0]).toBe(
      '1 entry past its review date:',
    );
  });
});

describe('groupInOrder', () => {
  test('groups follow the given order and leave out empty ones', () => {
    const items = [
      { c: 'powers', n: 1 },
      { c: 'contacts', n: 2 },
      { c: 'powers', n: 3 },
    ];
    expect(
      groupInOrder(items, (i) => i.c, ['contacts', 'legislation', 'powers']).map(
        (g) => `${g.key}: ${g.items.map((i) => i.n).join(' ')}`,
      ),
    ).toEqual(['contacts: 2', 'powers: 1 3']);
  });
});

describe('dueNext', () => {
  test('the entries not yet overdue whose review falls soonest, soonest first, at most the count asked', () => {
    const entries = [
      { id: 'overdue', reviewed: '2025-01-01' },
      { id: 'due-today', reviewed: '2026-01-01', reviewBy: '2026-11-23' },
      { id: 'later', reviewed: '2026-10-01', reviewBy: '2027-03-01' },
      { id: 'soon', reviewed: '2026-06-01', reviewBy: '2026-12-01' },
      { id: 'by-period', reviewed: '2026-11-01' },
    ];
    expect(dueNext(entries, 365, asOf, 3)).toEqual([
      { id: 'due-today', reviewed: '2026-01-01', reviewBy: '2026-11-23', due: '2026-11-23' },
      { id: 'soon', reviewed: '2026-06-01', reviewBy: '2026-12-01', due: '2026-12-01' },
      { id: 'later', reviewed: '2026-10-01', reviewBy: '2027-03-01', due: '2027-03-01' },
    ]);
  });
});
