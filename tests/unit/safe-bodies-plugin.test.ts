import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { expect, test } from 'vitest';
import { safeBodies } from '../../src/integrations/safe-bodies.ts';

const projectRoot = '/project';
const plugin = safeBodies({ siteOrigin: 'https://example.org', projectRoot });
const fileURL = pathToFileURL(path.join(projectRoot, 'content/councils/x/briefings/a.mdx'));

test('a safe body adds nothing to the pipeline', () => {
  expect(plugin({ fileURL, sourceFormat: 'mdx', source: '# Title\n\nPlain [text](https://www.gov.uk/).' })).toBeNull();
});

test("an unsafe body stops the compile with the check's own lines and no stack trace", () => {
  let error: Error | undefined;
  try {
    plugin({ fileURL, sourceFormat: 'mdx', source: '   \n\nHome is {process.env.HOME}.' });
  } catch (e) {
    error = e as Error;
  }
  expect(error?.message).toBe(
    '1 problem in the content:\n  content/councils/x/briefings/a.mdx:3:9: found {process.env.HOME}; a body cannot run code. To show a curly bracket as text, write \\{',
  );
  expect(error?.stack).toBe(`UnsafeBodyError: ${error?.message}`);
});

test('a Markdown document is checked as Markdown', () => {
  expect(plugin({ fileURL, sourceFormat: 'markdown', source: 'Hello {there}' })).toBeNull();
  expect(() => plugin({ fileURL, sourceFormat: 'markdown', source: 'Hi <script>x</script>' })).toThrow(
    /a\.mdx:1:4: found the HTML <script>/,
  );
});
