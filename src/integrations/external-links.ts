/**
 * Marks links to other websites in entry bodies as the site's components mark theirs:
 * rel="external" and a visually hidden "(on another website)" for screen reader users.
 * A hast plugin for Sätteri, the Markdown and MDX processor Astro 7 runs (it does not run rehype
 * plugins). Sätteri's types are not imported: only the two context methods used are declared.
 */
interface AnchorNode {
  properties?: Record<string, unknown>;
}
interface VisitContext {
  setProperty(node: object, key: string, value: unknown): void;
  appendChild(node: object, child: unknown): void;
}

/** True for an http(s) address on another origin than the site's own. */
export function isExternalLink(href: string, siteOrigin: string): boolean {
  if (!/^https?:\/\//i.test(href)) return false;
  try {
    return new URL(href).origin !== new URL(siteOrigin).origin;
  } catch {
    return false;
  }
}

/** The rel tokens with "external" added once. */
export function withExternal(rel: unknown): string[] {
  const tokens = Array.isArray(rel) ? rel.map(String) : typeof rel === 'string' ? rel.split(/\s+/).filter(Boolean) : [];
  return [...new Set([...tokens, 'external'])];
}

export function externalLinks(siteOrigin: string) {
  return {
    name: 'external-links',
    element: {
      filter: ['a'],
      visit(node: AnchorNode, ctx: VisitContext) {
        const href = node.properties?.href;
        if (typeof href !== 'string' || !isExternalLink(href, siteOrigin)) return;
        ctx.setProperty(node, 'rel', withExternal(node.properties?.rel));
        ctx.appendChild(node, {
          type: 'element',
          tagName: 'span',
          properties: { className: ['visually-hidden'] },
          children: [{ type: 'text', value: ' (on another website)' }],
        });
      },
    },
  };
}
