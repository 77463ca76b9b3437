/**
 * A strict XML parser for the feed tests: sax in strict, namespace-aware mode, so a feed that is
 * not well-formed XML (an unescaped "&", a stray "<", an unclosed tag) fails loudly. It returns a
 * small element tree keyed by namespace URI and local name, so tests read feeds as a reader does.
 */
import sax from 'sax';

export const atomNs = 'http://www.w3.org/2005/Atom';

export interface XmlElement {
  /** Namespace URI ('' for none). */
  uri: string;
  /** Local name, without prefix. */
  local: string;
  /** Attributes by local name (unprefixed) or by prefixed name. */
  attrs: Record<string, string>;
  children: XmlElement[];
  /** The text directly inside this element, entities decoded. */
  text: string;
}

export function parseXml(xml: string): XmlElement {
  const parser = sax.parser(true, { xmlns: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let error: Error | undefined;
  parser.onerror = (e) => {
    error ??= e;
  };
  parser.onopentag = (tag) => {
    const attrs: Record<string, string> = {};
    for (const attr of Object.values(tag.attributes))
      attrs[attr.prefix && attr.prefix !== 'xml' ? attr.name : attr.local] = attr.value;
    const element: XmlElement = { uri: tag.uri, local: tag.local, attrs, children: [], text: '' };
    stack.at(-1)?.children.push(element);
    root ??= element;
    stack.push(element);
  };
  parser.onclosetag = () => void stack.pop();
  parser.ontext = (text) => {
    const top = stack.at(-1);
    if (top) top.text += text;
    else if (text.trim() !== '') error ??= new Error(`text outside the root element: ${JSON.stringify(text.trim())}`);
  };
  parser.oncdata = (text) => {
    const top = stack.at(-1);
    if (top) top.text += text;
  };
  parser.write(xml).close();
  if (error) throw new Error(`not well-formed XML: ${error.message.split('\n')[0]}`);
  if (!root) throw new Error('not well-formed XML: no root element');
  return root;
}

/** Child elements with the given local name (and namespace, when given). */
export function children(element: XmlElement, local: string, uri?: string): XmlElement[] {
  return element.children.filter((c) => c.local === local && (uri === undefined || c.uri === uri));
}

/** The one child with the given name; throws when there is none or more than one. */
export function child(element: XmlElement, local: string, uri?: string): XmlElement {
  const found = children(element, local, uri);
  if (found.length !== 1) throw new Error(`expected one <${local}> in <${element.local}>, found ${found.length}`);
  return found[0]!;
}

export function textOf(element: XmlElement, local: string, uri?: string): string {
  return child(element, local, uri).text;
}
