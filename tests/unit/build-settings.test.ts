import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import {
  astroHeapArgs,
  contentDirFromEnv,
  contentLayout,
  councilFromEnv,
  councilProblem,
  councilsIn,
  outDirFromEnv,
  takeCouncilArg,
} from '../../src/node/build-settings.ts';
import { outputRoot } from '../helpers/paths.ts';

describe('astroHeapArgs', () => {
  test('caps the heap at the default', () => {
    expect(astroHeapArgs({})).toEqual(['--max-old-space-size=1536']);
  });
  test('CST_BUILD_HEAP_MB raises the cap for very large sites', () => {
    expect(astroHeapArgs({ CST_BUILD_HEAP_MB: '4096' })).toEqual(['--max-old-space-size=4096']);
  });
  test('a cap already in NODE_OPTIONS wins', () => {
    expect(astroHeapArgs({ NODE_OPTIONS: '--max-old-space-size=8192', CST_BUILD_HEAP_MB: '4096' })).toEqual([]);
  });
  test('a bad value names the variable and what was expected', () => {
    expect(() => astroHeapArgs({ CST_BUILD_HEAP_MB: '2GB' })).toThrow(
      'CST_BUILD_HEAP_MB: found "2GB", expected a whole number of MiB, 256 or more',
    );
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

describe('councils', () => {
  test('the example council unless local.yaml or CST_COUNCIL names another', () => {
    const project = path.join(outputRoot, 'fork-project');
    mkdirSync(project, { recursive: true });
    rmSync(path.join(project, 'local.yaml'), { force: true });
    expect(councilFromEnv({}, project)).toBe('wiltshire');
    writeFileSync(path.join(project, 'local.yaml'), 'council: camden\n');
    expect(councilFromEnv({}, project)).toBe('camden');
    expect(councilFromEnv({ CST_COUNCIL: 'plymouth' }, project)).toBe('plymouth');
    writeFileSync(path.join(project, 'local.yaml'), 'counsil: camden\n');
    expect(() => councilFromEnv({}, project)).toThrow(
      'local.yaml: council: expected the id of your council\'s folder under content/councils/, such as "council: camden"',
    );
  });

  test('a layout is the national folder and the council folder under one root', () => {
    expect(contentLayout('/p/content', 'medway')).toEqual({
      root: '/p/content',
      nationalDir: path.join('/p/content', 'national'),
      council: 'medway',
      councilDir: path.join('/p/content', 'councils', 'medway'),
    });
  });

  test('--council is taken out of the arguments, in either form, and the rest kept in order', () => {
    expect(takeCouncilArg(['--council', 'plymouth', '--verbose'])).toEqual({
      council: 'plymouth',
      rest: ['--verbose'],
    });
    expect(takeCouncilArg(['--force', '--council=medway'])).toEqual({ council: 'medway', rest: ['--force'] });
    expect(takeCouncilArg([])).toEqual({ council: undefined, rest: [] });
    expect(() => takeCouncilArg(['--council'])).toThrow(
      '--council: expected a council id after it, such as --council wiltshire',
    );
  });

  test('an unknown council is refused with the councils that exist', () => {
    const root = path.join(outputRoot, 'councils-root');
    for (const id of ['wiltshire', 'medway']) mkdirSync(path.join(root, 'councils', id), { recursive: true });
    expect(councilsIn(root)).toEqual(['medway', 'wiltshire']);
    expect(councilProblem(root, 'medway')).toBeUndefined();
    expect(councilProblem(root, 'plymuth')).toBe(
      `--council: found "plymuth", but ${path.join(root, 'councils', 'plymuth')} does not exist; expected one of: medway, wiltshire`,
    );
    expect(councilProblem(root, 'Plymouth')).toBe(
      '--council: found "Plymouth", expected a council id: lower-case words joined by hyphens, such as "wiltshire"',
    );
  });
});
