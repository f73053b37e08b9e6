/**
 * A Sätteri hast plugin that marks the passages of an MDX section (see `passages.ts`) on its page: every
 * top-level paragraph gets its id, `absatz-1`, `absatz-2` …, so that it can be linked
 * (`/tagung-2018/raumerleben/#absatz-3`), and every passage — those paragraphs, and the elements written
 * with a passage id such as `<li id="ergebnis-1">` — ends with its passage link (see `passage-links.ts`).
 * Paragraphs inside JSX or quotes are no passages of their own. `passagesOf` in `document.ts` finds
 * the same passages in the document tree; a unit test holds the two together on every section.
 */
import type { HastPluginEntry } from 'satteri';
import { isPassageId, passageId } from '#src/lib/content/passages.ts';
import { passageLinkElement } from '#src/lib/content/passage-links.ts';

export function markPassages(): HastPluginEntry {
  // A factory, so that the count starts afresh for every document.
  return () => {
    let paragraphs = 0;
    return {
      name: 'mark-passages',
      element: {
        filter: ['p'],
        visit(node, ctx) {
          if (ctx.parent(node)?.type !== 'root') return;
          paragraphs += 1;
          const id = passageId('absatz', paragraphs);
          ctx.setProperty(node, 'id', id);
          ctx.appendChild(node, passageLinkElement(id));
        },
      },
      mdxJsxFlowElement: {
        filter: ['li', 'p'],
        visit(node, ctx) {
          const id = node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'id');
          if (typeof id?.value === 'string' && isPassageId(id.value)) {
            ctx.appendChild(node, passageLinkElement(id.value));
          }
        },
      },
    };
  };
}
