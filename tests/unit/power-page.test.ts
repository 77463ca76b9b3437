import { describe, expect, test } from 'vitest';
import { powerSearchMeta, powerSearchRank } from '../../src/lib/power-page.ts';

describe('powerSearchMeta', () => {
  test('a power in force in both nations: its summary and status, nothing else', () => {
    expect(
      powerSearchMeta(
        { summary: 'Stops a person causing harassment.', status: 'in-force', extent: 'england-and-wales' },
        [],
      ),
    ).toEqual({
      summary: 'Stops a person causing harassment.',
      power_status: 'in-force',
      notice: undefined,
      extent: undefined,
      replaced_by: undefined,
    });
  });
  test('a repealed power in England only names when it went and the addresses of what replaced it', () => {
    const meta = powerSearchMeta(
      { summary: 'Old order.', status: 'repealed', repealedOn: '2014-10-20', extent: 'england' },
      [
        { title: 'Civil injunction', href: '/powers/civil-injunction/' },
        { title: 'Criminal behaviour order', href: '/powers/criminal-behaviour-order/' },
      ],
    );
    expect(meta.extent).toBe('England only');
    expect(meta.replaced_by).toBe('/powers/civil-injunction/ /powers/criminal-behaviour-order/');
    expect(meta.notice).toBe('Repealed in 2014: replaced by civil injunction and criminal behaviour order');
  });
});

describe('powerSearchRank', () => {
  test('in force first, not yet in force in the middle, repealed last', () => {
    expect(powerSearchRank('in-force')).toBe('primary');
    expect(powerSearchRank('not-yet-in-force')).toBe('standard');
    expect(powerSearchRank('repealed')).toBe('background');
  });
});
