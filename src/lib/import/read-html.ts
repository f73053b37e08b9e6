/**
 * A Word document as blocks, from the HTML that mammoth writes for it: Word's heading styles become
 * `<h1>`…`<h6>`, its numbered lists `<ol><li>`. A heading's number is the one in its text (Word's
 * automatic numbering is not text: mammoth leaves it out, and so does this reader); a paragraph that
 * reads like a numbered heading („2.1 Titel“, set in bold instead of a heading style) counts as one.
 * Footnotes and comments are left out.
 */
import { decodeEntities } from '#src/lib/html.ts';
import { classifyBlock, HeadingSequence, headingParts } from '#src/lib/import/headings.ts';
import type { SourceBlock } from '#src/lib/import/blocks.ts';
import { collapseWhitespace } from '#src/lib/import/source-text.ts';

const TAG = /<(\/?)([a-z][a-z0-9]*)\b([^>]*)>/giu;

/** Reads mammoth's HTML into the blocks every reader produces. */
export function readHtml(html: string): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  const sequence = new HeadingSequence();
  /** Open lists, innermost last: ordered or not, and the number of the next item. */
  const lists: { ordered: boolean; next: number }[] = [];
  let block: { tag: string; text: string; ordinal?: number } | undefined;
  let position = 0;

  const flush = () => {
    if (block === undefined) return;
    const text = collapseWhitespace(decodeEntities(block.text).replace(/\u00ad/gu, ''));
    const { tag, ordinal } = block;
    block = undefined;
    if (text === '') return;
    if (/^h[1-6]$/u.test(tag)) {
      const parts = headingParts(text);
      if (parts) sequence.accept(parts.number);
      blocks.push(parts ? { kind: 'heading', ...withTitle(parts) } : { kind: 'heading', number: null, text });
    } else if (ordinal !== undefined) {
      blocks.push({ kind: 'list-item', ordinal, text });
    } else {
      blocks.push(classifyBlock(text, { lines: 1, first: blocks.length === 0, sequence }));
    }
  };

  const text = withoutNotes(html);
  for (const match of text.matchAll(TAG)) {
    const [whole, closing, rawName, attributes = ''] = match;
    const name = (rawName ?? '').toLowerCase();
    if (block) block.text += text.slice(position, match.index);
    position = match.index + whole.length;
    if (name === 'ol' || name === 'ul') {
      flush();
      if (closing) lists.pop();
      else
        lists.push({ ordered: name === 'ol', next: Number(/\bstart="(\d+)"/u.exec(attributes)?.[1] ?? 1) });
    } else if (name === 'li') {
      flush();
      if (closing) continue;
      const list = lists[lists.length - 1];
      block = { tag: 'li', text: '', ...(list?.ordered ? { ordinal: list.next } : {}) };
      if (list) list.next += 1;
    } else if (/^(?:h[1-6]|p)$/u.test(name)) {
      // A paragraph inside a list item is the item's text.
      if (block?.tag === 'li') {
        block.text += ' ';
        continue;
      }
      flush();
      if (!closing) block = { tag: name, text: '' };
    } else if (name === 'br' && block) {
      block.text += ' ';
    }
  }
  flush();
  return blocks;
}

/** The HTML without footnotes, endnotes and comments, and without the marks that point to them. */
function withoutNotes(html: string): string {
  return html
    .replace(/<sup>\s*<a href="#(?:footnote|endnote|comment)-[^"]*"[^>]*>[\s\S]*?<\/a>\s*<\/sup>/gu, '')
    .replace(/<li id="(?:footnote|endnote|comment)-[^"]*">[\s\S]*?<\/li>/gu, '')
    .replace(/<(dl|ol)>\s*<\/\1>/gu, '');
}

function withTitle(parts: { number: string; title: string }): { number: string; text: string } {
  return { number: parts.number, text: parts.title };
}
