import { expect, test } from 'vitest';
import { encodingProblem, firstInvalidUtf8 } from '../../src/lib/encoding.ts';

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'utf8')] : p)));

test.each([
  ['plain ASCII', bytes('title: x\n'), -1],
  ['UTF-8 letters and a pound sign', bytes('Café £5 — “quoted”'), -1],
  ['a Windows-1252 é', bytes('Caf', [0xe9], ' x'), 3],
  ['a lone continuation byte', bytes('a', [0x80]), 1],
  ['a cut-short sequence at the end', bytes('a', [0xe2, 0x80]), 1],
  ['an overlong slash', bytes([0xc0, 0xaf]), 0],
  ['a UTF-16 surrogate', bytes([0xed, 0xa0, 0x80]), 0],
  ['past U+10FFFF', bytes([0xf4, 0x90, 0x80, 0x80]), 0],
])('%s', (_name, input, expected) => {
  expect(firstInvalidUtf8(input)).toBe(expected);
});

test('the problem names the line and the column in characters', () => {
  expect(encodingProblem(bytes('---\ntitle: Café\n---\n\n£ and ', [0x92], 's'))).toEqual({
    line: 5,
    column: 7,
    message:
      'found the byte 0x92, which is not UTF-8 text; save the file as UTF-8 (text pasted from Word or an old spreadsheet is often Windows-1252: retype the character)',
  });
});

test('UTF-16 is named as such', () => {
  expect(encodingProblem(bytes([0xff, 0xfe], 'x'))?.message).toMatch(/^found a UTF-16 file/);
  expect(encodingProblem(bytes('ok'))).toBeUndefined();
});
