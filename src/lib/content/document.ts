/**
 * A section's text as a small document tree, read from its MDX with the same compiler the pages use
 * (Sätteri): paragraphs and list items with the passage ids the pages give them (and lists nested in
 * items), headings, quotes, code blocks, tables, footnotes (a list in a section of their own, as
 * Markdown's footnotes render), and inline emphasis, links and code; struck text is read as its words.
 * The PDF, the EPUB and the Markdown files are all written from this tree, so they hold exactly the
 * text of the pages; the section's passages (`passagesOf`) come from it too, their ids matched against
 * the section's record of published passages (`passage-matching.ts`). Markup the downloads cannot show
 * stops the build with file and line.
 */
import { mdxToHast } from 'satteri';
import { decodeEntities } from '#src/lib/html.ts';
import { isPassageId, type Passage, type PassageKind } from '#src/lib/content/passages.ts';
import { listKind } from '#src/lib/content/list-kind.ts';
import {
  assignPassageIds,
  type PassageCandidate,
  type RecordedPassage,
} from '#src/lib/content/passage-matching.ts';

/** A run of text inside a block. */
export type Inline =
  | { type: 'text'; value: string }
  | { type: 'emphasis'; children: Inline[] }
  | { type: 'strong'; children: Inline[] }
  | { type: 'link'; href: string; children: Inline[] }
  | { type: 'code'; value: string }
  | { type: 'break' };

/** An item of a list, with its passage id (`ergebnis-1`), or another id written in the content, if any. */
export interface ListItem {
  id: string | undefined;
  content: Inline[];
  /** Lists nested in the item. */
  lists?: Block[];
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
  | { type: 'quote'; blocks: Block[] }
  /** Code or other preformatted text, line for line. */
  | { type: 'code'; text: string }
  /** A table's rows of cells, the first its header. */
  | { type: 'table'; rows: Inline[][][] };

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
const TRANSPARENT_INLINE = new Set(['span', 'abbr', 'cite', 'q', 'small', 'mark', 'sub', 'sup', 'b', 'i', 'del', 's']);

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
    if (tag === 'code') return [{ type: 'code', value: textOf(node) }];
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
  const isList = (child: TreeNode) => tagOf(child) === 'ul' || tagOf(child) === 'ol';
  const content = children
    .filter((child) => !isList(child))
    .flatMap((child) => (tagOf(child) === 'p' ? readInline(child.children ?? []) : readInline([child])));
  const lists = readBlocks(children.filter(isList));
  return { id: attribute(node, 'id'), content: trimInline(content), ...(lists.length > 0 ? { lists } : {}) };
}

/** The characters of a node and its children, as written (code keeps its white space). */
function textOf(node: TreeNode): string {
  if (node.type === 'text') return decodeEntities(node.value ?? '');
  return (node.children ?? []).map(textOf).join('');
}

/** A table's rows, header and body alike, each cell's text as inline runs. */
function readTable(node: TreeNode): Inline[][][] {
  const rows: Inline[][][] = [];
  const walk = (current: TreeNode) => {
    for (const child of current.children ?? []) {
      const tag = tagOf(child);
      if (tag === 'tr')
        rows.push(
          (child.children ?? [])
            .filter((cell) => tagOf(cell) === 'td' || tagOf(cell) === 'th')
            .map((cell) => trimInline(readInline(cell.children ?? []))),
        );
      else if (tag === 'thead' || tag === 'tbody') walk(child);
    }
  };
  walk(node);
  return rows;
}

/**
 * What `readBlocks` notes at the top level of a text: its Markdown paragraphs and the Markdown numbered
 * lists whose items are passages, to be given their ids once the whole text is read (`identify`).
 */
interface TopLevel {
  paragraphs: Set<Block>;
  lists: Set<Block>;
}

/** A paragraph block: its id as written in the MDX, if any. */
function paragraphBlock(node: TreeNode, topLevel: TopLevel | undefined): Block {
  const content = trimInline(readInline(node.children ?? []));
  if (node.type === 'element' && topLevel !== undefined) {
    const block: Block = { type: 'paragraph', content };
    topLevel.paragraphs.add(block);
    return block;
  }
  const id = attribute(node, 'id');
  return id === undefined ? { type: 'paragraph', content } : { type: 'paragraph', id, content };
}

/**
 * The blocks of a list of nodes. At the top level (`topLevel` given) each Markdown paragraph and each
 * item of a Markdown numbered list is a passage, noted there to get its id as `mark-passages.ts` gives
 * it on the page.
 */
function readBlocks(nodes: readonly TreeNode[], topLevel?: TopLevel): Block[] {
  return nodes.flatMap((node): Block[] => {
    if (node.type === 'text' && (node.value ?? '').trim() === '') return [];
    if (node.type === 'comment') return [];
    const tag = tagOf(node);
    if (tag === 'p') return [paragraphBlock(node, topLevel)];
    if (tag !== undefined && /^h[1-6]$/u.test(tag)) {
      return [
        {
          type: 'heading',
          level: Number(tag.slice(1)),
          content: trimInline(readInline(node.children ?? [])),
        },
      ];
    }
    if (tag === 'ol' || tag === 'ul') {
      const items = (node.children ?? []).filter((child) => tagOf(child) === 'li').map(readItem);
      const block: Block = { type: 'list', ordered: tag === 'ol', items };
      if (tag === 'ol' && node.type === 'element') topLevel?.lists.add(block);
      return [block];
    }
    if (tag === 'blockquote') return [{ type: 'quote', blocks: readBlocks(node.children ?? []) }];
    if (tag === 'pre') return [{ type: 'code', text: textOf(node).replace(/\n$/u, '') }];
    if (tag === 'table') return [{ type: 'table', rows: readTable(node) }];
    // Markdown's footnotes: a section of their own below the text (its heading and numbered list).
    if (tag === 'section') return readBlocks(node.children ?? []);
    return unsupported(node, tag ? `<${tag}>` : `a ${node.type} node`);
  });
}

/** A passage of the text before it has its id: where it is, and what the matching needs of it. */
interface Unidentified extends PassageCandidate {
  /** Gives the passage its id in the tree. */
  identify: (id: string) => void;
}

/** The passages of a top-level block: its paragraph, or its list's items, with the kind a new id gets. */
function unidentifiedOf(block: Block, before: Block | undefined, topLevel: TopLevel): Unidentified[] {
  if (block.type === 'paragraph') {
    if (topLevel.paragraphs.has(block))
      return [{ kind: 'absatz', text: passageText(block.content), identify: (id) => (block.id = id) }];
    return writtenPassage(block.id, block.content, 'absatz');
  }
  if (block.type === 'list') {
    const leadIn = before?.type === 'paragraph' ? inlineText(before.content) : undefined;
    const kind = listKind(leadIn);
    return block.items.flatMap((item): Unidentified[] => {
      if (item.id !== undefined || !topLevel.lists.has(block)) return writtenPassage(item.id, item.content, kind);
      return [{ kind, text: passageText(item.content), identify: (id) => (item.id = id) }];
    });
  }
  if (block.type === 'quote') return block.blocks.flatMap((inner) => unidentifiedOf(inner, undefined, topLevel));
  return [];
}

/** A passage whose id is written in the MDX (`<li id="ergebnis-1">`); none for another id or none. */
function writtenPassage(id: string | undefined, content: readonly Inline[], kind: PassageKind): Unidentified[] {
  if (id === undefined || !isPassageId(id)) return [];
  return [{ kind, text: passageText(content), written: id, identify: () => undefined }];
}

/**
 * Gives every passage of a text read by `readBlocks` its id, matched against the section's `record`
 * (`passage-matching.ts`); returns the recorded passages the text no longer has.
 */
function identify(blocks: readonly Block[], topLevel: TopLevel, record: readonly RecordedPassage[]) {
  const passages = blocks.flatMap((block, index) => unidentifiedOf(block, blocks[index - 1], topLevel));
  const { ids, removed } = assignPassageIds(passages, record);
  passages.forEach((passage, index) => passage.identify(ids[index] ?? ''));
  return removed;
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

/** A section's text as a tree, and the passages of its record the text no longer has. */
export interface SectionText {
  blocks: Block[];
  removed: RecordedPassage[];
  /**
   * The ids the page gives, in reading order: to its top-level Markdown paragraphs, and to the items
   * of its top-level Markdown numbered lists (for `mark-passages.ts`).
   */
  marked: { paragraphs: string[]; items: string[] };
}

/** The ids of the passages the page marks itself (see `SectionText`). */
function markedIds(blocks: readonly Block[], topLevel: TopLevel): SectionText['marked'] {
  const paragraphs: string[] = [];
  const items: string[] = [];
  for (const block of blocks) {
    if (block.type === 'paragraph' && topLevel.paragraphs.has(block)) paragraphs.push(block.id ?? '');
    if (block.type === 'list' && topLevel.lists.has(block)) items.push(...block.items.map((item) => item.id ?? ''));
  }
  return { paragraphs, items };
}

/**
 * Reads an MDX body into blocks, its passages identified by the section's `record` of published
 * passages (none: numbered in reading order). `filePath` and `firstLine` (the file's line where the
 * body starts) name the place in the error when the text holds markup the downloads cannot show (a
 * table, an image, a component).
 */
export function readText(
  body: string,
  filePath: string,
  firstLine = 1,
  record: readonly RecordedPassage[] = [],
): SectionText {
  const tree = mdxToHast(body) as TreeNode;
  try {
    const topLevel: TopLevel = { paragraphs: new Set(), lists: new Set() };
    const blocks = readBlocks(tree.children ?? [], topLevel);
    const removed = identify(blocks, topLevel, record);
    return { blocks, removed, marked: markedIds(blocks, topLevel) };
  } catch (error) {
    if (!(error instanceof UnsupportedMarkup)) throw error;
    const message = error.message.replace(
      /^line (\d+)/u,
      (_, line: string) => `${filePath}:${Number(line) + firstLine - 1}`,
    );
    throw new Error(message.startsWith(filePath) ? message : `${filePath}: ${message}`, { cause: error });
  }
}

/** Reads an MDX body into blocks (see `readText`). */
export function readDocument(
  body: string,
  filePath: string,
  firstLine = 1,
  record: readonly RecordedPassage[] = [],
): Block[] {
  return readText(body, filePath, firstLine, record).blocks;
}

/** The plain text of a run of inlines. */
export function inlineText(content: readonly Inline[]): string {
  return content
    .map((inline) => {
      if (inline.type === 'text' || inline.type === 'code') return inline.value;
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
 * (`absatz-N`), the items of its numbered lists and the elements written with a passage id
 * (`ergebnis-1`, `schritt-2`), with their text.
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
 * frontmatter, `record` the section's published passages; errors name the line in the file.
 */
export function readSectionDocument(
  raw: string,
  body: string,
  filePath: string,
  record: readonly RecordedPassage[] = [],
): SectionText {
  const at = raw.indexOf(body);
  return readText(body, filePath, at <= 0 ? 1 : raw.slice(0, at).split('\n').length, record);
}
