/**
 * A report written in Markdown as blocks: `#` headings (their number in the text, „## 2.1 Titel“),
 * paragraphs, numbered list items („1. …“). Bullet items become paragraphs; emphasis marks, link
 * targets and backslash escapes are markup, not text. Lines of a paragraph are joined by the
 * source-text rules.
 */
import { classifyBlock, HeadingSequence, headingParts } from '#src/lib/import/headings.ts';
import type { SourceBlock } from '#src/lib/import/blocks.ts';
import { joinLines } from '#src/lib/import/source-text.ts';

const HEADING = /^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$/u;
const ORDERED = /^ {0,3}(\d{1,2})[.)]\s+(.*)$/u;
const BULLET = /^ {0,3}[-*+]\s+(.*)$/u;

/** Markdown's inline markup taken out: `**fett**`, `*kursiv*`, `[Text](Adresse)`, `\*`. */
export function markdownText(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/gu, '$1')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/gu, '$2')
    .replace(/(?<![\w*])\*(?=\S)([^*]*?\S)\*(?![\w*])/gu, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!<>])/gu, '$1');
}

/** Reads Markdown into the blocks every reader produces. */
export function readMarkdown(source: string): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  const sequence = new HeadingSequence();
  let lines: string[] = [];
  let item: { ordinal: number } | undefined;

  const flush = () => {
    if (lines.length > 0) {
      const text = markdownText(joinLines(lines));
      if (item) blocks.push({ kind: 'list-item', ordinal: item.ordinal, text });
      else blocks.push(classifyBlock(text, { lines: lines.length, first: blocks.length === 0, sequence }));
    }
    lines = [];
    item = undefined;
  };

  for (const line of source.replace(/\r\n?/gu, '\n').split('\n')) {
    const heading = HEADING.exec(line);
    const ordered = ORDERED.exec(line);
    const bullet = BULLET.exec(line);
    if (line.trim() === '') {
      flush();
    } else if (heading) {
      flush();
      const text = markdownText(heading[2] ?? '');
      const parts = headingParts(text);
      if (parts) sequence.accept(parts.number);
      blocks.push(
        parts
          ? { kind: 'heading', number: parts.number, text: parts.title }
          : { kind: 'heading', number: null, text },
      );
    } else if (ordered && (lines.length === 0 || item !== undefined || ordered[1] === '1')) {
      // As in CommonMark, only a list that starts at 1 interrupts a paragraph („… am\n15. Juni“ does not).
      flush();
      item = { ordinal: Number(ordered[1]) };
      lines = [ordered[2] ?? ''];
    } else if (bullet) {
      flush();
      lines = [bullet[1] ?? ''];
    } else {
      lines.push(line);
    }
  }
  flush();
  return blocks;
}
