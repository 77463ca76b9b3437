/** Text files must be UTF-8: finds where one is not, so the check can name the line and column. */

/** The byte offset of the first byte that is not valid UTF-8, or -1 when all of it is. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need =
      b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF.
    const c1 = bytes[i + 1] ?? 0;
    if (
      (b === 0xe0 && c1 < 0xa0) ||
      (b === 0xed && c1 > 0x9f) ||
      (b === 0xf0 && c1 < 0x90) ||
      (b === 0xf4 && c1 > 0x8f)
    )
      return i;
    i += need + 1;
  }
  return -1;
}

/** The 1-based line and column (in characters) of a byte offset in otherwise valid UTF-8. */
export function placeOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
  const lines = before.split('\n');
  return { line: lines.length, column: [...lines.at(-1)!].length + 1 };
}

/** The problem with a file's bytes, or undefined when it is UTF-8. */
export function encodingProblem(bytes: Uint8Array): { line: number; column: number; message: string } | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return {
      line: 1,
      column: 1,
      message: 'found a UTF-16 file; save it as UTF-8 (in most editors: "Save with encoding", then "UTF-8")',
    };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return {
      line: 1,
      column: 1,
      message: 'found a UTF-16 file; save it as UTF-8 (in most editors: "Save with encoding", then "UTF-8")',
    };
  const offset = firstInvalidUtf8(bytes);
  if (offset < 0) return undefined;
  const byte = bytes[offset]!.toString(16).toUpperCase().padStart(2, '0');
  return {
    ...placeOfByte(bytes, offset),
    message: `found the byte 0x${byte}, which is not UTF-8 text; save the file as UTF-8 (text pasted from Word or an old spreadsheet is often Windows-1252: retype the character)`,
  };
}
