import { describe, expect, test } from 'vitest';
import { checkBody, isOtherWebsite } from '../../src/lib/safe-body.ts';

const site = 'https://community-safety.example.org';
const problemsIn = (body: string, format: 'md' | 'mdx' = 'mdx') =>
  checkBody(body, { siteOrigin: site, format }).problems;
const oneLine = (body: string, format: 'md' | 'mdx' = 'mdx') =>
  problemsIn(body, format).map((p) => `${p.line}:${p.column}: ${p.message}`);

describe('checkBody accepts plain Markdown', () => {
  test.each([
    ['headings, lists, emphasis, tables', '## What it is\n\n- one\n- **two**\n\n| a | b |\n| - | - |\n| 1 | 2 |\n'],
    ['a link to another website', 'See [the guidance](https://www.gov.uk/guidance).'],
    ['a link inside the site', 'See [closure orders](/powers/closure-order/).'],
    ['mailto and tel links', '[Email](mailto:asb@example.org) or [ring](tel:+441234567890).'],
    ['an image beside the entry', '![A map of the area](./map.png)'],
    ['an image on the site itself', `![A map](${site}/map.png)`],
    ['harmless HTML', 'Use <abbr title="anti-social behaviour">ASB</abbr> and<br />a line break.'],
    ['a comment for editors', '{/* checked with the police in May */}\n\nText.'],
    ['escaped brackets', 'Write \\{ and \\< to show them.'],
    ['front matter before the body', '---\ntitle: A\n---\n\nBody text.'],
  ])('%s', (_name, body) => {
    expect(problemsIn(body)).toEqual([]);
  });
});

describe('checkBody refuses code, with line, column and what to write instead', () => {
  test.each([
    [
      'an expression',
      '---\ntitle: A\n---\n\nHome is {process.env.HOME}.',
      '5:9: found {process.env.HOME}; a body cannot run code. To show a curly bracket as text, write \\{',
    ],
    [
      'an import',
      'import fs from "node:fs"\n\nText.',
      '1:1: found an import or export line; a body cannot load code. Remove the line, or reword it so it does not start with "import" or "export"',
    ],
    [
      'an export',
      'Text.\n\nexport const a = 1',
      '3:1: found an import or export line; a body cannot load code. Remove the line, or reword it so it does not start with "import" or "export"',
    ],
    ['a script', 'Hi <script>alert(1)</script>', '1:4: found <script>; remove it: a body cannot run scripts'],
    ['a style', '<style></style>', "1:1: found <style>; remove it: the site's own styles apply to every page"],
    [
      'an iframe',
      '<iframe src="https://www.youtube.com/embed/x"></iframe>',
      '1:1: found <iframe>; link to the page instead: [what it shows](https://example.org/page)',
    ],
    [
      'an object',
      '<object data="a.pdf"></object>',
      '1:1: found <object>; link to the file instead: [what it is](https://example.org/file.pdf)',
    ],
    [
      'an embed',
      '<embed src="a.swf" />',
      '1:1: found <embed>; link to the file instead: [what it is](https://example.org/file.pdf)',
    ],
    [
      'a form',
      '<form action="/x"></form>',
      '1:1: found <form>; link to the form on its own website instead: [Report it online](https://example.org/form)',
    ],
    [
      'an event handler',
      '<img src="./a.png" onerror="alert(1)" />',
      '1:1: found onerror in <img>; a body cannot run scripts. Remove the attribute',
    ],
    [
      'a javascript: link',
      '[click](javascript:alert(1))',
      '1:1: found a javascript: address (javascript:alert(1)); expected a web address (https://...), a page of this site (/powers/closure-order/), mailto: or tel:',
    ],
    [
      'a data: image',
      '![x](data:image/png;base64,AAAA)',
      '1:1: found a data: address (data:image/png;base64,AAAA); expected a web address (https://...), a page of this site (/powers/closure-order/), mailto: or tel:',
    ],
    [
      'a javascript: href in HTML',
      '<a href="JavaScript:alert(1)">x</a>',
      '1:1: found a javascript: address (JavaScript:alert(1)); expected a web address (https://...), a page of this site (/powers/closure-order/), mailto: or tel:',
    ],
    [
      'an image from another website',
      '![tracker](https://evil.example.com/pixel.gif)',
      '1:1: found the image https://evil.example.com/pixel.gif, from another website; save the file beside the entry and write ![what it shows](./picture.png), or link to it: [what it shows](https://example.org/picture)',
    ],
    [
      'a protocol-relative image',
      '![t](//evil.example.com/p.gif)',
      '1:1: found the image //evil.example.com/p.gif, from another website; save the file beside the entry and write ![what it shows](./picture.png), or link to it: [what it shows](https://example.org/picture)',
    ],
    [
      'an HTML image from another website',
      '<img src="https://evil.example.com/p.gif" alt="" />',
      '1:1: found <img src="https://evil.example.com/p.gif">, loaded from another website; save the file beside the entry and write ![what it shows](./picture.png), or link to it: [what it shows](https://example.org/picture)',
    ],
    [
      'a referenced image from another website',
      '![t][pic]\n\n[pic]: https://evil.example.com/p.gif',
      '1:1: found the image https://evil.example.com/p.gif, from another website; save the file beside the entry and write ![what it shows](./picture.png), or link to it: [what it shows](https://example.org/picture)',
    ],
    [
      'a component',
      'Text <Chart data="x" />',
      '1:6: found the component <Chart>; the site offers no components in bodies. Write it in Markdown, or to show the "<" as text write \\<',
    ],
    [
      'an attribute expression',
      '<abbr title={process.env.HOME}>x</abbr>',
      '1:1: found title={...} in <abbr>; a body cannot run code. Write the value in quotes: title="value"',
    ],
    [
      'a spread attribute',
      '<abbr {...props}>x</abbr>',
      '1:1: found {...props} in <abbr>; a body cannot run code. Write each attribute as name="value"',
    ],
  ])('%s', (_name, body, expected) => {
    expect(oneLine(body)).toEqual([expected]);
  });

  test('every problem is listed, in order', () => {
    expect(
      oneLine('{a}\n\n<script></script>\n\n![x](https://evil.example.com/x.png)').map((l) => l.slice(0, 4)),
    ).toEqual(['1:1:', '3:1:', '5:1:']);
  });
});

describe('syntax errors give one problem at their place, without a stack trace', () => {
  test.each([
    [
      'an unclosed tag',
      'Text\n\nHello <b>bold\n\nmore',
      '3:7: found text the site cannot read as MDX: Expected a closing tag for "<b>" (3:7) before the end of "paragraph"; close the tag, or to show the "<" as text write \\<',
    ],
    [
      'an unclosed brace',
      'Hello {unclosed\n\nmore',
      '1:7: found text the site cannot read as MDX: Unexpected end of file in expression, expected a corresponding closing brace for "{"; to show a curly bracket as text write \\{',
    ],
    [
      'an HTML comment',
      'Text\n\n<!-- note -->',
      '3:1: found text the site cannot read as MDX: Unexpected character "!" (U+0021) before name, expected a character that can start a name, such as a letter, "$", or "_"; to leave a note for editors write {/* note */}, not <!-- note -->',
    ],
  ])('%s', (_name, body, expected) => {
    expect(oneLine(body)).toEqual([expected]);
  });
});

describe('.md bodies are plain Markdown', () => {
  test('braces and import lines are text', () => {
    expect(problemsIn('import x\n\nHello {there}', 'md')).toEqual([]);
  });
  test('raw HTML is refused, comments are not', () => {
    expect(oneLine('<!-- note -->\n\nHi <script>alert(1)</script>', 'md')).toEqual([
      '3:4: found the HTML <script>; a .md body is plain Markdown. Write it in Markdown: [words](address) for a link, **words** for bold',
      '3:20: found the HTML </script>; a .md body is plain Markdown. Write it in Markdown: [words](address) for a link, **words** for bold',
    ]);
  });
});

test('links are returned for the integrity check, with their places', () => {
  const { links } = checkBody(
    'See [a](/reports/x/) and [b](https://www.gov.uk/).\n\n[c]: ../powers/y/\n\n<a href="/meetings/z/">z</a>',
  );
  expect(links.map((l) => `${l.line}:${l.column} ${l.url}`)).toEqual([
    '1:5 /reports/x/',
    '1:26 https://www.gov.uk/',
    '3:1 ../powers/y/',
    '5:1 /meetings/z/',
  ]);
});

test.each([
  ['https://other.example.com/a.png', true],
  ['//other.example.com/a.png', true],
  [`${site}/a.png`, false],
  ['./a.png', false],
  ['/a.png', false],
])('isOtherWebsite(%s) is %s', (url, expected) => {
  expect(isOtherWebsite(url, site)).toBe(expected);
});
