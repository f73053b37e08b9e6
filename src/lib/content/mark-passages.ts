/**
 * A Sätteri hast plugin that marks the passages of an MDX section (see `passages.ts`) on its page:
 * every top-level paragraph and every item of a top-level Markdown numbered list gets the id the
 * document tree gives it (`readText` in `document.ts`: matched against the section's record of
 * published passages, so that a link keeps its text), and every passage — those, and the elements
 * written with a passage id such as `<li id="ergebnis-1">` — ends with its passage link (see
 * `passage-links.ts`). For each recorded passage the text no longer has, the text begins with a note
 * that shows only when a link opens it (`removedPassageNote`). Paragraphs inside JSX or quotes are no
 * passages of their own. A unit test holds the page and the document tree together on every section.
 */
import { fileURLToPath } from 'node:url';
import type { Element } from 'hast';
import type { HastPluginEntry, HastVisitorContext } from 'satteri';
import { isPassageId, passageId } from '#src/lib/content/passages.ts';
import { passageLinkElement, removedPassageNote } from '#src/lib/content/passage-links.ts';
import { readText } from '#src/lib/content/document.ts';
import { readPassageRecord, recordOfSectionFile } from '#src/lib/content/passage-record.ts';

/** The ids the page gives its passages, in reading order (see `SectionText` in `document.ts`), and the removed. */
interface PageIds {
  paragraphs: string[];
  items: string[];
  removed: string[];
}

/**
 * The ids the document tree gives the page's passages. Text the tree cannot read (markup the downloads
 * cannot show) fails the build where the report reads it, naming file and line; until then its
 * paragraphs are counted, and no list item is a passage.
 */
function passageIdsOf(source: string, fileURL: URL | undefined): PageIds | undefined {
  const path = fileURL === undefined ? undefined : fileURLToPath(fileURL);
  const recordFile = path === undefined ? undefined : recordOfSectionFile(path);
  const record = recordFile === undefined ? [] : readPassageRecord(recordFile);
  try {
    const { marked, removed } = readText(source, path ?? 'MDX', 1, record);
    return { ...marked, removed: removed.map((passage) => passage.id) };
  } catch {
    return undefined;
  }
}

/** The id the page gives a paragraph or list item at the top level; `undefined` for any other. */
function idOf(node: Element, ctx: HastVisitorContext, ids: PageIds | undefined, counted: { paragraphs: number }) {
  const parent = ctx.parent(node);
  if (node.tagName === 'p' && parent?.type === 'root') {
    counted.paragraphs += 1;
    return ids === undefined ? passageId('absatz', counted.paragraphs) : ids.paragraphs.shift();
  }
  const list = parent?.type === 'element' && parent.tagName === 'ol' ? ctx.parent(parent) : undefined;
  return node.tagName === 'li' && list?.type === 'root' ? ids?.items.shift() : undefined;
}

export function markPassages(): HastPluginEntry {
  // A factory: each document's ids are its own.
  return ({ source, fileURL }) => {
    const ids = passageIdsOf(source, fileURL);
    const counted = { paragraphs: 0 };
    return {
      name: 'mark-passages',
      // After the passages are marked, so that the notes are not counted among them.
      after(root, ctx) {
        if (ids !== undefined && ids.removed.length > 0) ctx.prependChild(root, ids.removed.map(removedPassageNote));
      },
      element: {
        filter: ['p', 'li'],
        visit(node, ctx) {
          const id = idOf(node, ctx, ids, counted);
          if (id === undefined) return;
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
