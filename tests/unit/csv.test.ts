import { describe, expect, test } from 'vitest';
import { toCsv } from '../../src/lib/exports.ts';

const columns = ['id', 'text', 'note'] as const;

describe('toCsv', () => {
  test('writes RFC 4180 CSV byte for byte: header, CRLF line ends, no BOM, quotes only where needed', () => {
    const rows = [
      { id: 'R1', text: 'plain', note: '' },
      { id: 'R2', text: 'a comma, here', note: 'say "hi"' },
      { id: 'R3', text: 'line\nbreak', note: 'carriage\rreturn' },
      { id: 'R4', text: 'both\r\nends', note: ' spaces kept ' },
      { id: 'R5', text: "ünï 🚓; it's", note: '"' },
    ];
    expect(toCsv(columns, rows)).toBe(
      'id,text,note\r\n' +
        'R1,plain,\r\n' +
        'R2,"a comma, here","say ""hi"""\r\n' +
        'R3,"line\nbreak","carriage\rreturn"\r\n' +
        'R4,"both\r\nends", spaces kept \r\n' +
        'R5,ünï 🚓; it\'s,""""\r\n',
    );
  });

  test('no rows is the header alone', () => {
    expect(toCsv(columns, [])).toBe('id,text,note\r\n');
  });
});
