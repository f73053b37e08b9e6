/**
 * A Sätteri hast plugin that gives every top-level paragraph of an MDX section an id, `absatz-1`,
 * `absatz-2` …, so that a passage of the report can be linked (`/tagung-2018/raumerleben/#absatz-3`).
 * Paragraphs inside JSX (the numbered findings) keep their own ids and are not counted.
 * `src/lib/paragraphs.ts` finds the same paragraphs in the source; a unit test holds the two together.
 */
import type { HastPluginEntry } from 'satteri';
import { paragraphAnchor } from '~/lib/content/paragraphs';

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
          if (typeof node.properties?.id !== 'string') ctx.setProperty(node, 'id', paragraphAnchor(count));
        },
      },
    };
  };
}
