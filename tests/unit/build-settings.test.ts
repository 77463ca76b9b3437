import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { astroHeapArgs, contentDirFromEnv, DEFAULT_ASTRO_HEAP_MB, outDirFromEnv } from '../../src/node/build-settings.ts';

describe('astroHeapArgs', () => {
  test('caps the heap at the default', () => {
    expect(astroHeapArgs({})).toEqual([`--max-old-space-size=${DEFAULT_ASTRO_HEAP_MB}`]);
  });
  test('CST_BUILD_HEAP_MB raises the cap for very large sites', () => {
    expect(astroHeapArgs({ CST_BUILD_HEAP_MB: '4096' })).toEqual(['--max-old-space-size=4096']);
  });
  test('a cap already in NODE_OPTIONS wins', () => {
    expect(astroHeapArgs({ NODE_OPTIONS: '--max-old-space-size=8192', CST_BUILD_HEAP_MB: '4096' })).toEqual([]);
  });
  test('a bad value names the variable and what was expected', () => {
    expect(() => astroHeapArgs({ CST_BUILD_HEAP_MB: '2GB' })).toThrow('CST_BUILD_HEAP_MB: found "2GB", expected a whole number of MiB, 256 or more');
    expect(() => astroHeapArgs({ CST_BUILD_HEAP_MB: '100' })).toThrow('CST_BUILD_HEAP_MB: found "100"');
  });
});

describe('build folders', () => {
  test('content and dist by default, relative to the project', () => {
    const saved = { c: process.env.CST_CONTENT_DIR, o: process.env.CST_OUT_DIR };
    delete process.env.CST_CONTENT_DIR;
    delete process.env.CST_OUT_DIR;
    try {
      expect(contentDirFromEnv('/p')).toBe(path.resolve('/p/content'));
      expect(outDirFromEnv('/p')).toBe(path.resolve('/p/dist'));
      process.env.CST_OUT_DIR = 'tests/.output/x';
      expect(outDirFromEnv('/p')).toBe(path.resolve('/p/tests/.output/x'));
    } finally {
      if (saved.c === undefined) delete process.env.CST_CONTENT_DIR;
      else process.env.CST_CONTENT_DIR = saved.c;
      if (saved.o === undefined) delete process.env.CST_OUT_DIR;
      else process.env.CST_OUT_DIR = saved.o;
    }
  });
});
