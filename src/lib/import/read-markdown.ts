/**
 * A report written in Markdown as blocks, keeping what the author marked up: ATX (`## Titel`) and
 * Setext headings with their level (a number typed into a heading, „## 2.1 Titel“, is read as its
 * number), the title of a front matter block (`title:`), paragraphs with links, emphasis, inline code
 * and footnote marks, bullet lists with their nesting, numbered lists, quotes, fenced code blocks
 * (never a heading, kept character for character), footnotes (`[^1]: …`) and tables. Images cannot
 * be carried (the files are not in the report): they become `dropped` blocks for the review list.
 */
import { parse } from 'yaml';
import type { InlineText, SourceBlock } from '#src/lib/import/blocks.ts';
import { headingParts } from '#src/lib/import/headings.ts';
import { markdownInline } from '#src/lib/import/inline.ts';

const ATX = /^ {0,3}(#{1,6})(?:\s+(.*?))?(?:\s+#+)?\s*$/u;
const SETEXT = /^ {0,3}(=+|-+)\s*$/u;
const FENCE = /^ {0,3}(`{3,}|~{3,})\s*([\w+-]*)/u;
const RULE = /^ {0,3}(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$/u;
const QUOTE = /^ {0,3}>\s?(.*)$/u;
const BULLET = /^(\s*)[-*+]\s+(.*)$/u;
const ORDERED = /^(\s*)(\d{1,9})[.)]\s+(.*)$/u;
const FOOTNOTE = /^\[\^([^\]\s]+)\]:\s*(.*)$/u;
const TABLE_DELIMITER = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/u;
const IMAGE_ONLY = /^\s*(?:!\[[^\]]*\]\([^)]*\)\s*\\?\s*)+$/u;

/** Markdown's inline markup taken out: `**fett**`, `*kursiv*`, `[Text](Adresse)`, `\*`. */
export function markdownText(text: string): string {
  return markdownInline(text).text;
}

/** An open block of lines: a paragraph, a list item, a footnote or a table. */
type Open =
  | { kind: 'paragraph'; lines: string[] }
  | { kind: 'bullet'; depth: number; lines: string[] }
  | { kind: 'list-item'; ordinal: number; lines: string[] }
  | { kind: 'footnote'; label: string; lines: string[] }
  | { kind: 'table'; lines: string[] };

/** Reads Markdown line by line; `blocks` holds the result. */
class MarkdownReader {
  readonly blocks: SourceBlock[] = [];
  private open: Open | undefined;
  private fence: { mark: string; language: string; lines: string[] } | undefined;
  private quote: string[] | undefined;
  /** The indentation of the outer bullet list's items, for the depth of nested ones. */
  private listIndents: number[] = [];

  line(line: string): void {
    if (this.fence) return this.inFence(line);
    const quoted = QUOTE.exec(line);
    if (quoted) {
      this.flush();
      (this.quote ??= []).push(quoted[1] ?? '');
      return;
    }
    if (this.quote) this.closeQuote();
    if (line.trim() === '') return this.flush();
    if (!this.structural(line)) this.text(line);
  }

  /** A line that opens a block of its own; false when it is running text. */
  private structural(line: string): boolean {
    const fence = FENCE.exec(line);
    const setext = SETEXT.exec(line);
    if (fence) {
      this.flush();
      this.fence = { mark: fence[1] ?? '```', language: fence[2] ?? '', lines: [] };
    } else if (setext && this.open?.kind === 'paragraph') {
      const text = this.open.lines.join('\n');
      this.open = undefined;
      this.heading(setext[1]?.startsWith('=') ? 1 : 2, text);
    } else if (RULE.test(line)) this.flush();
    else if (ATX.test(line)) {
      this.flush();
      const [, marks = '#', text = ''] = ATX.exec(line) ?? [];
      this.heading(marks.length, text);
    } else return this.listOrNote(line);
    return true;
  }

  private listOrNote(line: string): boolean {
    const bullet = BULLET.exec(line);
    const ordered = ORDERED.exec(line);
    const footnote = FOOTNOTE.exec(line);
    const inList = this.open?.kind === 'bullet' || this.open?.kind === 'list-item';
    if (footnote) {
      this.flush();
      this.open = { kind: 'footnote', label: footnote[1] ?? '', lines: [footnote[2] ?? ''] };
    } else if (bullet) {
      this.flush(true);
      this.open = { kind: 'bullet', depth: this.depthOf((bullet[1] ?? '').length), lines: [bullet[2] ?? ''] };
    } else if (ordered && (this.open === undefined || inList || ordered[2] === '1')) {
      // As in CommonMark, only a list that starts at 1 interrupts a paragraph („… am\n15. Juni“ does not).
      this.flush(true);
      this.open = { kind: 'list-item', ordinal: Number(ordered[2]), lines: [ordered[3] ?? ''] };
    } else if (
      TABLE_DELIMITER.test(line) &&
      this.open?.kind === 'paragraph' &&
      this.open.lines.length === 1
    ) {
      this.open = { kind: 'table', lines: [...this.open.lines] };
    } else return false;
    return true;
  }

  private text(line: string): void {
    if (this.open === undefined && IMAGE_ONLY.test(line)) {
      const { dropped } = markdownInline(line);
      for (const what of dropped) this.blocks.push({ kind: 'dropped', what, text: '' });
      return;
    }
    if (this.open?.kind === 'table') {
      if (line.includes('|')) this.open.lines.push(line);
      else this.flush();
    }
    if (this.open === undefined) this.open = { kind: 'paragraph', lines: [] };
    if (this.open.kind !== 'table') this.open.lines.push(line.trim());
  }

  /** The depth of a bullet indented by `indent` spaces, from the indents of the list so far. */
  private depthOf(indent: number): number {
    while (this.listIndents.length > 0 && (this.listIndents[this.listIndents.length - 1] ?? 0) > indent)
      this.listIndents.pop();
    if ((this.listIndents[this.listIndents.length - 1] ?? -1) < indent) this.listIndents.push(indent);
    return this.listIndents.length - 1;
  }

  private inFence(line: string): void {
    const fence = this.fence;
    if (!fence) return;
    if (line.trim().startsWith(fence.mark) && line.trim().replace(/[`~]/gu, '') === '') {
      this.blocks.push({ kind: 'code', text: fence.lines.join('\n'), language: fence.language || undefined });
      this.fence = undefined;
    } else fence.lines.push(line);
  }

  private heading(level: number, source: string): void {
    const { text, dropped } = markdownInline(source);
    for (const what of dropped) this.blocks.push({ kind: 'dropped', what, text: '' });
    if (text === '') return;
    const parts = headingParts(text);
    this.blocks.push({ kind: 'heading', number: parts?.number ?? null, text: parts?.title ?? text, level });
  }

  /** A quote's lines, read as Markdown of their own: each block becomes quoted. */
  private closeQuote(): void {
    const inner = readMarkdown((this.quote ?? []).join('\n'));
    this.quote = undefined;
    for (const block of inner) {
      if (block.kind === 'paragraph') this.blocks.push({ ...block, kind: 'quote' });
      else this.blocks.push(block.kind === 'bullet' ? { ...block, quoted: true } : block);
    }
  }

  /** Closes the open block; `keepList` keeps the list's indents for the next item. */
  flush(keepList = false): void {
    const open = this.open;
    this.open = undefined;
    if (!keepList) this.listIndents = [];
    if (open === undefined) return;
    if (open.kind === 'table') {
      const rows = tableRows(open.lines);
      return void this.blocks.push({
        kind: 'table',
        rows,
        text: rows
          .flat()
          .map((cell) => cell.text)
          .join(' '),
      });
    }
    const { dropped, ...inline } = markdownInline(open.lines.join('\n').replace(/\\\n/gu, '\n'));
    for (const what of dropped) this.blocks.push({ kind: 'dropped', what, text: '' });
    if (inline.text === '' && open.kind === 'paragraph') return;
    if (open.kind === 'paragraph') this.blocks.push({ kind: 'paragraph', ...inline });
    else if (open.kind === 'bullet') this.blocks.push({ kind: 'bullet', depth: open.depth, ...inline });
    else if (open.kind === 'list-item')
      this.blocks.push({ kind: 'list-item', ordinal: open.ordinal, ...inline });
    else this.blocks.push({ kind: 'footnote', label: open.label, ...inline });
  }

  end(): void {
    if (this.fence) this.blocks.push({ kind: 'code', text: this.fence.lines.join('\n') });
    this.fence = undefined;
    this.flush();
    if (this.quote) this.closeQuote();
  }
}

/** A pipe table's rows (the delimiter row left out), each cell read as inline Markdown. */
function tableRows(lines: readonly string[]): InlineText[][] {
  return lines
    .filter((line) => !TABLE_DELIMITER.test(line))
    .map((line) =>
      line
        .trim()
        .replace(/^\||\|$/gu, '')
        .split(/(?<!\\)\|/u)
        .map((cell) => {
          const { dropped: _dropped, ...inline } = markdownInline(cell.trim());
          return inline;
        }),
    );
}

/** The title a front matter block gives, and the Markdown after it. */
function frontMatter(source: string): { title: string | undefined; body: string } {
  const match = /^---\n([\s\S]*?)\n---[ \t]*(?:\n|$)/u.exec(source);
  if (!match) return { title: undefined, body: source };
  let data: unknown;
  try {
    data = parse(match[1] ?? '');
  } catch {
    return { title: undefined, body: source };
  }
  const title = (data as { title?: unknown } | null)?.title;
  return { title: typeof title === 'string' ? title : undefined, body: source.slice(match[0].length) };
}

/** Reads Markdown into the blocks every reader produces. */
export function readMarkdown(source: string): SourceBlock[] {
  const { title, body } = frontMatter(source.replace(/\r\n?/gu, '\n'));
  const reader = new MarkdownReader();
  for (const line of body.split('\n')) reader.line(line);
  reader.end();
  return title === undefined
    ? reader.blocks
    : [{ kind: 'heading', number: null, text: title, level: 0, title: true }, ...reader.blocks];
}
