/**
 * A Sätteri hast plugin that gives every top-level paragraph of an MDX section an id, `absatz-1`,
 * `absatz-2` …, so that a passage of the report can be linked (`/tagung-2018/raumerleben/#absatz-3`),
 * and ends every counted anchor (paragraphs, and list items written with `id="ergebnis-1"` or
 * `id="schritt-1"`) with its passage link (see `passage-links.ts`).
 * Paragraphs inside JSX (the numbered findings) keep their own ids and are not counted.
 * `src/lib/content/paragraphs.ts` finds the same paragraphs in the source; a unit test holds the two together.
 */
import type { HastPluginEntry } from 'satteri';
import { paragraphAnchor } from '~/lib/content/paragraphs';
import { passageLinkElement } from '~/lib/content/passage-links';
import { POSITIONAL_ID } from '~/lib/site/built-site';

export function paragraphAnchors(): HastPluginEntry {
  // A factory, so that the count starts afresh for every document.
  return () => {
    let count = 0;
    return {
      name: 'paragraph-anchors',
      element: {
        filter: ['p'],
        visit(node, ctx) {
          if (ctx.parent(node)?.type !== 'root') return;
          count += 1;
          const written = node.properties?.id;
          const id = typeof written === 'string' ? written : paragraphAnchor(count);
          if (typeof written !== 'string') ctx.setProperty(node, 'id', id);
          if (POSITIONAL_ID.test(id)) ctx.appendChild(node, passageLinkElement(id));
        },
      },
      mdxJsxFlowElement: {
        filter: ['li'],
        visit(node, ctx) {
          const id = node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'id');
          if (typeof id?.value === 'string' && POSITIONAL_ID.test(id.value)) {
            ctx.appendChild(node, passageLinkElement(id.value));
          }
        },
      },
    };
  };
}
