/**
 * Marks links to other websites in MDX bodies as the site's components do: rel="external" and a
 * visually hidden "(on another website)" for screen reader users.
 */
interface Node {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: Node[];
  value?: string;
}

export default function rehypeExternalLinks(options: { siteOrigin: string }) {
  return (tree: Node) => {
    const visit = (node: Node) => {
      if (node.type === 'element' && node.tagName === 'a' && typeof node.properties?.href === 'string') {
        const href = node.properties.href;
        if (/^https?:\/\//i.test(href) && new URL(href).origin !== options.siteOrigin) {
          const rel = new Set([...(Array.isArray(node.properties.rel) ? (node.properties.rel as string[]) : []), 'external']);
          node.properties.rel = [...rel];
          node.children = [
            ...(node.children ?? []),
            { type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value: ' (on another website)' }] },
          ];
        }
      }
      node.children?.forEach(visit);
    };
    visit(tree);
  };
}
