/**
 * A Sätteri hast plugin that marks the passages of an MDX section (see `passages.ts`) on its page: every
 * top-level paragraph gets its id, `absatz-1`, `absatz-2` …, so that it can be linked
 * (`/tagung-2018/raumerleben/#absatz-3`); every item of a top-level Markdown list numbered `1.` gets
 * the id of its kind, `ergebnis-1`, `schritt-2`, `punkt-4`, the kind named by the sentence that leads
 * into the list (`listKind` in `src/lib/import/list-ids.ts`, as the importer decides it), counted
 * through the section; and every passage — those paragraphs and items, and elements written with a
 * passage id such as `<li id="ergebnis-1">` — ends with its passage link (see `passage-links.ts`).
 * Paragraphs inside JSX or quotes are no passages of their own. `passagesOf` in `document.ts` finds
 * the same passages in the document tree; a unit test holds the two together on every section.
 */
import type { Element } from 'hast';
import type { HastNode, HastPluginEntry, HastVisitorContext } from 'satteri';
import { isPassageId, passageId } from '#src/lib/content/passages.ts';
import { passageLinkElement } from '#src/lib/content/passage-links.ts';
import { ListIds } from '#src/lib/import/list-ids.ts';

/** The text of the paragraph right before a top-level element (white space between them skipped). */
function leadInOf(node: Readonly<HastNode>, ctx: HastVisitorContext): string | undefined {
  const siblings = ctx.parent(node)?.children ?? [];
  const before = siblings.slice(0, ctx.indexOf(node) ?? 0).filter(
    (sibling) => !(sibling.type === 'text' && sibling.value.trim() === ''),
  );
  const previous = before.at(-1);
  return previous?.type === 'element' && previous.tagName === 'p' ? ctx.textContent(previous) : undefined;
}

export function markPassages(): HastPluginEntry {
  // A factory, so that the count starts afresh for every document.
  return () => {
    let paragraphs = 0;
    const lists = new ListIds();
    return {
      name: 'mark-passages',
      element: {
        filter: ['p', 'ol'],
        visit(node, ctx) {
          if (ctx.parent(node)?.type !== 'root') return;
          if (node.tagName === 'ol') {
            const items = node.children.filter(
              (child): child is Element => child.type === 'element' && child.tagName === 'li',
            );
            lists.next(leadInOf(node, ctx), items.length).forEach((id, index) => {
              const item = items[index] as Element;
              ctx.setProperty(item, 'id', id);
              ctx.appendChild(item, passageLinkElement(id));
            });
            return;
          }
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
