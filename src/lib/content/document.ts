/**
 * A section's text as a small document tree, read from its MDX with the same compiler the pages use
 * (Sätteri): paragraphs with the passage ids the pages give them, lists with the ids written on their
 * items, headings, and inline emphasis and links. The PDF, the EPUB and the Markdown files are all
 * written from this tree, so they hold exactly the text of the pages; the section's passages
 * (`passagesOf`) come from it too. Markup the downloads cannot show stops the build with file and line.
 */
import { mdxToHast } from 'satteri';
import { decodeEntities } from '#src/lib/html.ts';
import { isPassageId, passageId, type Passage } from '#src/lib/content/passages.ts';
import { ListIds } from '#src/lib/import/list-ids.ts';

/** A run of text inside a block. */
export type Inline =
  | { type: 'text'; value: string }
  | { type: 'emphasis'; children: Inline[] }
  | { type: 'strong'; children: Inline[] }
  | { type: 'link'; href: string; children: Inline[] }
  | { type: 'break' };

/**
 * An item of a list, with its passage id if any: written in the content (`<li id="ergebnis-1">`), or
 * given to an item of a top-level Markdown list numbered `1.`, as `mark-passages.ts` gives it on the page.
 */
export interface ListItem {
  id: string | undefined;
  content: Inline[];
}

/** A block of a section's text. */
export type Block =
  | {
      type: 'paragraph';
      /** The passage id the page gives a top-level paragraph (`absatz-3`), or an id written in the MDX. */
      id?: string | undefined;
      content: Inline[];
    }
  | { type: 'heading'; level: number; content: Inline[] }
  | { type: 'list'; ordered: boolean; items: ListItem[] }
  | { type: 'quote'; blocks: Block[] };

/** The parts of Sätteri's hast this reader looks at: HTML elements and MDX's JSX elements alike. */
interface TreeNode {
  type: string;
  tagName?: string;
  name?: string | null;
  value?: string;
  properties?: Record<string, unknown>;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: TreeNode[];
  position?: { start?: { line?: number } };
}

/** Inline elements read as plain runs of their children (their look is the web page's business). */
const TRANSPARENT_INLINE = new Set(['span', 'abbr', 'cite', 'q', 'small', 'mark', 'sub', 'sup', 'b', 'i']);

class UnsupportedMarkup extends Error {}

function tagOf(node: TreeNode): string | undefined {
  if (node.type === 'element') return node.tagName;
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') return node.name ?? undefined;
  return undefined;
}

function attribute(node: TreeNode, name: string): string | undefined {
  if (node.type === 'element') {
    const value = node.properties?.[name];
    return typeof value === 'string' ? value : undefined;
  }
  const found = node.attributes?.find((item) => item.type === 'mdxJsxAttribute' && item.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

function unsupported(node: TreeNode, what: string): never {
  // Lines are counted in the text below the frontmatter; `readDocument` adds the offset.
  const line = node.position?.start?.line;
  throw new UnsupportedMarkup(
    `${line === undefined ? '' : `line ${line}: `}${what} kann im PDF, EPUB und Markdown zum Herunterladen ` +
      'nicht erscheinen. Bitte als Absatz, Liste oder Überschrift schreiben.',
  );
}

function readInline(nodes: readonly TreeNode[]): Inline[] {
  return nodes.flatMap((node): Inline[] => {
    if (node.type === 'text') return [{ type: 'text', value: decodeEntities(node.value ?? '') }];
    const tag = tagOf(node);
    if (tag === 'em') return [{ type: 'emphasis', children: readInline(node.children ?? []) }];
    if (tag === 'strong') return [{ type: 'strong', children: readInline(node.children ?? []) }];
    if (tag === 'br') return [{ type: 'break' }];
    if (tag === 'a') {
      const href = attribute(node, 'href');
      if (href === undefined) return readInline(node.children ?? []);
      return [{ type: 'link', href, children: readInline(node.children ?? []) }];
    }
    if (tag !== undefined && TRANSPARENT_INLINE.has(tag)) return readInline(node.children ?? []);
    if (node.type === 'comment') return [];
    return unsupported(node, tag ? `<${tag}>` : `a ${node.type} node`);
  });
}

/** Children of a list item: its text, or paragraphs of text (a loose Markdown list). */
function readItem(node: TreeNode): ListItem {
  const children = (node.children ?? []).filter(
    (child) => !(child.type === 'text' && (child.value ?? '').trim() === ''),
  );
  const content = children.flatMap((child) =>
    tagOf(child) === 'p' ? readInline(child.children ?? []) : readInline([child]),
  );
  return { id: attribute(node, 'id'), content: trimInline(content) };
}

/** What numbers the passages of a section's top level: its paragraphs, and the items of its numbered lists. */
interface TopLevel {
  count: number;
  lists: ListIds;
}

/**
 * A list's blocks. The items of a top-level Markdown list numbered `1.` get the passage ids of the kind
 * the paragraph before names (`ListIds`), as `mark-passages.ts` gives them on the page.
 */
function readList(node: TreeNode, leadIn: string | undefined, topLevel?: TopLevel): Block {
  const items = (node.children ?? []).filter((child) => tagOf(child) === 'li').map(readItem);
  const ordered = tagOf(node) === 'ol';
  if (ordered && node.type === 'element' && topLevel !== undefined) {
    const ids = topLevel.lists.next(leadIn, items.length);
    return { type: 'list', ordered, items: items.map((item, index) => ({ ...item, id: ids[index] })) };
  }
  return { type: 'list', ordered, items };
}

/**
 * The blocks of a list of nodes. At the top level (`paragraphs` given) each Markdown paragraph is a
 * passage and gets its id in reading order, as `mark-passages.ts` gives it on the page.
 */
function readBlocks(nodes: readonly TreeNode[], paragraphs?: TopLevel): Block[] {
  // The text of the Markdown paragraph right before the node, which may lead into a numbered list.
  let paragraphBefore: string | undefined;
  return nodes.flatMap((node): Block[] => {
    if (node.type === 'text' && (node.value ?? '').trim() === '') return [];
    if (node.type === 'comment') return [];
    const leadIn = paragraphBefore;
    paragraphBefore = undefined;
    const tag = tagOf(node);
    if (tag === 'p') {
      const content = trimInline(readInline(node.children ?? []));
      if (node.type === 'element' && paragraphs !== undefined) {
        paragraphs.count += 1;
        paragraphBefore = inlineText(content);
        return [{ type: 'paragraph', id: passageId('absatz', paragraphs.count), content }];
      }
      const id = attribute(node, 'id');
      return [id === undefined ? { type: 'paragraph', content } : { type: 'paragraph', id, content }];
    }
    if (tag !== undefined && /^h[1-6]$/u.test(tag)) {
      return [
        {
          type: 'heading',
          level: Number(tag.slice(1)),
          content: trimInline(readInline(node.children ?? [])),
        },
      ];
    }
    if (tag === 'ol' || tag === 'ul') return [readList(node, leadIn, paragraphs)];
    if (tag === 'blockquote') return [{ type: 'quote', blocks: readBlocks(node.children ?? []) }];
    return unsupported(node, tag ? `<${tag}>` : `a ${node.type} node`);
  });
}

/** Folds white space as a browser does and trims the ends of a block's text. */
function trimInline(content: Inline[]): Inline[] {
  const folded = content.map((inline) =>
    inline.type === 'text' ? { ...inline, value: inline.value.replace(/\s+/gu, ' ') } : inline,
  );
  const first = folded[0];
  if (first?.type === 'text') folded[0] = { ...first, value: first.value.trimStart() };
  const last = folded[folded.length - 1];
  if (last?.type === 'text') folded[folded.length - 1] = { ...last, value: last.value.trimEnd() };
  return folded.filter((inline) => inline.type !== 'text' || inline.value !== '');
}

/**
 * Reads an MDX body into blocks. `filePath` and `firstLine` (the file's line where the body starts)
 * name the place in the error when the text holds markup the downloads cannot show (a table, an image,
 * a component).
 */
export function readDocument(body: string, filePath: string, firstLine = 1): Block[] {
  const tree = mdxToHast(body) as TreeNode;
  try {
    return readBlocks(tree.children ?? [], { count: 0, lists: new ListIds() });
  } catch (error) {
    if (!(error instanceof UnsupportedMarkup)) throw error;
    const message = error.message.replace(
      /^line (\d+)/u,
      (_, line: string) => `${filePath}:${Number(line) + firstLine - 1}`,
    );
    throw new Error(message.startsWith(filePath) ? message : `${filePath}: ${message}`, { cause: error });
  }
}

/** The plain text of a run of inlines. */
export function inlineText(content: readonly Inline[]): string {
  return content
    .map((inline) => {
      if (inline.type === 'text') return inline.value;
      if (inline.type === 'break') return ' ';
      return inlineText(inline.children);
    })
    .join('');
}

/** A passage's text: the plain text of its runs, white space folded. */
function passageText(content: readonly Inline[]): string {
  return inlineText(content).replace(/\s+/gu, ' ').trim();
}

/**
 * The passages of a section's text in reading order (see `passages.ts`): its top-level paragraphs
 * (`absatz-N`) and the list items written with a passage id (`ergebnis-1`, `schritt-2`), with their text.
 */
export function passagesOf(document: readonly Block[]): Passage[] {
  return document.flatMap((block): Passage[] => {
    if (block.type === 'quote') return passagesOf(block.blocks);
    const parts = block.type === 'list' ? block.items : block.type === 'paragraph' ? [block] : [];
    return parts.flatMap(({ id, content }) =>
      id !== undefined && isPassageId(id) ? [{ id, text: passageText(content) }] : [],
    );
  });
}

/**
 * Reads a section's text from its file: `raw` is the whole file, `body` the text below the
 * frontmatter; errors name the line in the file.
 */
export function readSectionDocument(raw: string, body: string, filePath: string): Block[] {
  const at = raw.indexOf(body);
  return readDocument(body, filePath, at <= 0 ? 1 : raw.slice(0, at).split('\n').length);
}
