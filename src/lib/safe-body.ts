/**
 * Safe bodies: an entry's body is content, never code. Parses a body with the same parser the
 * build compiles it with (Sätteri, Astro 7's Markdown and MDX processor) and lists what a body
 * may not hold, each with its line, its column and what to write instead:
 * - import/export lines and {expressions} (they run at build time, with the build's access);
 * - <script>, <style>, frames, objects, embeds, forms and other elements that load or run things;
 * - on* attributes, javascript: and data: addresses;
 * - images and media from other websites (links to other websites stay allowed);
 * - components (the site offers none in bodies today: BODY_COMPONENTS is the allow-list).
 * In a .md body (plain Markdown, where HTML passes through as written) raw HTML is refused.
 * Also returns the body's links, so the integrity check can test internal ones.
 * `npm run check` (src/node/read-content.ts) and the build's MDX plugin
 * (src/integrations/safe-bodies.ts) both call checkBody, so the two cannot disagree.
 */
import { markdownToMdast, mdxToMdast } from 'satteri';

/** Components a body may use. None today: bodies are Markdown. Add a name here to offer one. */
export const BODY_COMPONENTS: readonly string[] = [];

export interface BodyProblem {
  /** 1-based line in the file as written (front matter included). */
  line: number;
  column: number;
  message: string;
}

export interface BodyLink {
  line: number;
  column: number;
  /** The address as written. */
  url: string;
}

export interface BodyCheck {
  problems: BodyProblem[];
  /** Every link's address: Markdown links, link definitions and <a href>. */
  links: BodyLink[];
  /** Images on the site itself, written as a path (./map.png): the file must exist. */
  images: BodyLink[];
}

export interface BodyOptions {
  /** "mdx" (the default) or "md": a .md body is plain Markdown, where HTML passes through. */
  format?: 'mdx' | 'md';
  /** The site's own origin (https://example.org): images from it are not from another website. */
  siteOrigin?: string;
}

/** A node of the Markdown tree, as far as this module reads it. */
interface Node {
  type: string;
  name?: string | null;
  url?: string;
  value?: unknown;
  identifier?: string;
  attributes?: Attribute[];
  children?: Node[];
  position?: { start: { line: number; column: number } };
}
interface Attribute {
  type: string;
  name?: string;
  value?: unknown;
}

/** Elements that run, load or submit things, with what to write instead. */
const forbiddenElements: Record<string, string> = {
  script: 'remove it: a body cannot run scripts',
  noscript: 'remove it: a body cannot run scripts',
  style: "remove it: the site's own styles apply to every page",
  link: 'write a Markdown link instead: [words](https://example.org/page)',
  meta: 'remove it: the site writes its own page information',
  base: 'remove it: the site sets its own addresses',
  iframe: 'link to the page instead: [what it shows](https://example.org/page)',
  frame: 'link to the page instead: [what it shows](https://example.org/page)',
  frameset: 'link to the page instead: [what it shows](https://example.org/page)',
  object: 'link to the file instead: [what it is](https://example.org/file.pdf)',
  embed: 'link to the file instead: [what it is](https://example.org/file.pdf)',
  applet: 'remove it: a body cannot run programs',
  portal: 'link to the page instead: [what it shows](https://example.org/page)',
  form: 'link to the form on its own website instead: [Report it online](https://example.org/form)',
  input: 'link to the form on its own website instead',
  button: 'link to the form on its own website instead',
  select: 'link to the form on its own website instead',
  textarea: 'link to the form on its own website instead',
  svg: 'save the picture as a .png or .jpg file beside the entry and write ![what it shows](./picture.png)',
  math: 'write the formula in words',
  template: 'remove it: a body holds only what the page shows',
  slot: 'remove it: a body holds only what the page shows',
};

/** Attributes that hold an address. */
const addressAttributes = new Set([
  'href',
  'src',
  'srcset',
  'action',
  'formaction',
  'poster',
  'cite',
  'background',
  'data',
  'xlink:href',
  'ping',
  'longdesc',
]);
/** Attributes whose address is loaded into the page (not followed by a click). */
const loadedAttributes = new Set(['src', 'srcset', 'poster', 'background', 'data']);

const dangerousScheme = /^\s*(javascript|data|vbscript|file):/i;
const commentOnly = /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/;

/** Checks one body. `source` is the whole file (front matter included) or its body with the front matter blanked out. */
export function checkBody(source: string, options: BodyOptions = {}): BodyCheck {
  const format = options.format ?? 'mdx';
  let tree: Node;
  try {
    tree = (format === 'md' ? markdownToMdast(source) : mdxToMdast(source)) as unknown as Node;
  } catch (error) {
    return { problems: [syntaxProblem(String((error as Error).message ?? error))], links: [], images: [] };
  }
  const problems: BodyProblem[] = [];
  const links: BodyLink[] = [];
  const images: BodyLink[] = [];
  const localImage = (url: string, at: { line: number; column: number }) => {
    if (!/^(?:[a-z][a-z0-9+.-]*:|\/|#)/i.test(url.trim())) images.push({ ...at, url: url.trim() });
  };
  const definitions = new Map<string, Node>();
  walk(tree, (node) => {
    if (node.type === 'definition' && node.identifier) definitions.set(node.identifier, node);
  });
  walk(tree, (node) => {
    const at = place(node);
    const add = (message: string) => problems.push({ ...at, message });
    switch (node.type) {
      case 'mdxjsEsm':
        add(
          'found an import or export line; a body cannot load code. Remove the line, or reword it so it does not start with "import" or "export"',
        );
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!commentOnly.test(String(node.value ?? '')))
          add(
            `found {${shorten(String(node.value ?? ''))}}; a body cannot run code. To show a curly bracket as text, write \\{`,
          );
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        problems.push(...elementProblems(node, at, options.siteOrigin));
        for (const attribute of node.attributes ?? []) {
          if (
            attribute.name?.toLowerCase() === 'href' &&
            typeof attribute.value === 'string' &&
            !dangerousScheme.test(attribute.value)
          )
            links.push({ ...at, url: attribute.value });
        }
        break;
      case 'html':
        if (!/^\s*<!--[\s\S]*-->\s*$/.test(String(node.value ?? '')))
          add(
            `found the HTML ${shorten(String(node.value ?? ''))}; a .md body is plain Markdown. Write it in Markdown: [words](address) for a link, **words** for bold`,
          );
        break;
      case 'link':
      case 'definition':
        if (node.url !== undefined) {
          if (dangerousScheme.test(node.url)) add(schemeMessage(node.url));
          else links.push({ ...at, url: node.url });
        }
        break;
      case 'image':
        if (node.url !== undefined) {
          problems.push(...imageProblems(node.url, at, options.siteOrigin));
          localImage(node.url, at);
        }
        break;
      case 'imageReference': {
        const definition = node.identifier ? definitions.get(node.identifier) : undefined;
        if (definition?.url !== undefined) {
          problems.push(...imageProblems(definition.url, at, options.siteOrigin));
          localImage(definition.url, at);
        }
        break;
      }
    }
  });
  return { problems: problems.sort((a, b) => a.line - b.line || a.column - b.column), links, images };
}

function elementProblems(
  node: Node,
  at: { line: number; column: number },
  siteOrigin: string | undefined,
): BodyProblem[] {
  const name = node.name;
  if (!name) return []; // a fragment, <>...</>, renders nothing of its own
  const add = (message: string) => ({ ...at, message });
  if (/^[A-Z]|[.:]/.test(name) && !BODY_COMPONENTS.includes(name)) {
    const offered =
      BODY_COMPONENTS.length > 0
        ? `the components offered are ${BODY_COMPONENTS.join(', ')}`
        : 'the site offers no components in bodies';
    return [
      add(`found the component <${name}>; ${offered}. Write it in Markdown, or to show the "<" as text write \\<`),
    ];
  }
  const tag = name.toLowerCase();
  const problems: BodyProblem[] = [];
  const forbidden = forbiddenElements[tag];
  if (forbidden) problems.push(add(`found <${name}>; ${forbidden}`));
  for (const attribute of node.attributes ?? []) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      problems.push(
        add(
          `found {${shorten(String(attribute.value ?? ''))}} in <${name}>; a body cannot run code. Write each attribute as name="value"`,
        ),
      );
      continue;
    }
    const attr = (attribute.name ?? '').toLowerCase();
    if (typeof attribute.value === 'object' && attribute.value !== null) {
      problems.push(
        add(
          `found ${attribute.name}={...} in <${name}>; a body cannot run code. Write the value in quotes: ${attribute.name}="value"`,
        ),
      );
      continue;
    }
    if (/^on/.test(attr)) {
      problems.push(add(`found ${attribute.name} in <${name}>; a body cannot run scripts. Remove the attribute`));
      continue;
    }
    const value = typeof attribute.value === 'string' ? attribute.value : '';
    if (!addressAttributes.has(attr)) continue;
    if (dangerousScheme.test(value)) problems.push(add(schemeMessage(value)));
    else if (
      loadedAttributes.has(attr) &&
      !forbidden &&
      value.split(/[\s,]+/).some((url) => isOtherWebsite(url, siteOrigin))
    )
      problems.push(
        add(
          `found <${name} ${attribute.name}="${shorten(value)}">, loaded from another website; ${otherWebsiteAdvice}`,
        ),
      );
  }
  return problems;
}

const otherWebsiteAdvice =
  'save the file beside the entry and write ![what it shows](./picture.png), or link to it: [what it shows](https://example.org/picture)';

function imageProblems(
  url: string,
  at: { line: number; column: number },
  siteOrigin: string | undefined,
): BodyProblem[] {
  if (dangerousScheme.test(url)) return [{ ...at, message: schemeMessage(url) }];
  if (isOtherWebsite(url, siteOrigin))
    return [{ ...at, message: `found the image ${shorten(url)}, from another website; ${otherWebsiteAdvice}` }];
  return [];
}

/** True for an absolute or protocol-relative address on another origin than the site's. */
export function isOtherWebsite(url: string, siteOrigin: string | undefined): boolean {
  const trimmed = url.trim();
  if (!/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(trimmed)) return false;
  try {
    const target = new URL(trimmed, 'https://site.invalid/');
    return siteOrigin === undefined || target.origin !== new URL(siteOrigin).origin;
  } catch {
    return true;
  }
}

function schemeMessage(url: string): string {
  const scheme = dangerousScheme.exec(url)?.[1]?.toLowerCase() ?? '';
  return `found a ${scheme}: address (${shorten(url)}); expected a web address (https://...), a page of this site (/powers/closure-order/), mailto: or tel:`;
}

/** A parse error ("3:7: Unexpected ... (mdx-jsx:...)") as one problem, with advice for the usual causes. */
function syntaxProblem(message: string): BodyProblem {
  const match = /^(\d+):(\d+):\s*([\s\S]*?)(?:\s*\([a-z-]+:[a-z-]+\))?$/.exec(message.trim());
  const line = match ? Number(match[1]) : 1;
  const column = match ? Number(match[2]) : 1;
  const reason = (match ? match[3]! : message).replace(/\s*\(note: [^)]*\)/, '').replace(/`/g, '"');
  const advice = /comment/i.test(message)
    ? 'to leave a note for editors write {/* note */}, not <!-- note -->'
    : /closing tag/i.test(message)
      ? 'close the tag, or to show the "<" as text write \\<'
      : /brace|expression/i.test(message)
        ? 'to show a curly bracket as text write \\{'
        : 'to show a "<" or "{" as text write \\< or \\{';
  return { line, column, message: `found text the site cannot read as MDX: ${reason}; ${advice}` };
}

function walk(node: Node, visit: (node: Node) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

function place(node: Node): { line: number; column: number } {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}

function shorten(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > 40 ? `${oneLine.slice(0, 37)}...` : oneLine;
}
