import { describe, expect, test } from 'vitest';
import { priorityLinks } from '../../src/lib/area-priorities.ts';

describe('priorityLinks', () => {
  const problems = [
    { id: 'street-drinking', data: { title: 'Street drinking' } },
    { id: 'fly-tipping', data: { title: 'Fly-tipping' } },
  ];
  test('each priority keeps its order and title, with the title of the problem it names', () => {
    expect(
      priorityLinks(
        [{ title: 'Drinking in the park', problem: 'street-drinking' }, { title: 'Parking near schools' }],
        problems,
      ),
    ).toEqual([
      { title: 'Drinking in the park', problem: { id: 'street-drinking', title: 'Street drinking' } },
      { title: 'Parking near schools' },
    ]);
  });
  test('a problem that is not published is shown by its id', () => {
    expect(priorityLinks([{ title: 'Dogs', problem: 'dog-fouling' }], problems)).toEqual([
      { title: 'Dogs', problem: { id: 'dog-fouling', title: 'dog-fouling' } },
    ]);
  });
});
