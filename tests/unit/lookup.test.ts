import { expect, test } from 'vitest';
import { findByName, nameKey } from '../../src/lib/lookup.ts';

const problems = [
  {
    id: 'nitrous-oxide',
    title: 'Laughing gas canisters and people using nitrous oxide',
    aliases: ['nitrous oxide', 'laughing gas', 'nangs'],
  },
  { id: 'noisy-neighbours', title: 'Noisy neighbours', aliases: ['loud music'] },
  { id: 'noisy-pub-or-club', title: 'A noisy pub or club', aliases: ['loud music'] },
];

test.each([
  ['nitrous-oxide', { found: 'nitrous-oxide' }],
  ['laughing gas', { found: 'nitrous-oxide' }],
  ['Laughing Gas', { found: 'nitrous-oxide' }],
  ['NITROUS OXIDE', { found: 'nitrous-oxide' }],
  ['Noisy Neighbours', { found: 'noisy-neighbours' }],
  ['the noisy neighbours', { found: 'noisy-neighbours' }],
  ['loud music', { ambiguous: ['noisy-neighbours', 'noisy-pub-or-club'] }],
  ['nitrus-oxide', { missing: true, suggestion: 'nitrous-oxide' }],
  ['fireworks', { missing: true }],
])('findByName(%j)', (query, expected) => {
  expect(findByName(problems, query)).toEqual(expected);
});

test('names compare without case, "the", accents or punctuation', () => {
  expect(nameKey('  The Café & Bar: late-night  ')).toBe('cafe and bar late night');
});
