/**
 * A Word document as blocks, from the HTML that mammoth writes for it (with the style map of
 * `word-structure.ts`): Word's heading styles become `<h1>`…`<h6>` (their level kept), the „Titel“
 * style the report's title, quotes `<blockquote>`, code `<pre>`; bullet and numbered lists keep their
 * nesting, links, emphasis and footnote marks stay, footnotes become footnote blocks, tables table
 * blocks. A heading's number is the one in its text (Word's automatic numbering is put into the text
 * before mammoth reads the file); a paragraph that reads like a numbered heading („2.1 Titel“, set in
 * bold instead of a heading style) counts as one. An image becomes an `image` block with its bytes.
 * Comments are left out.
 */
import { decodeEntities } from '#src/lib/html.ts';
import type { InlineText, SourceBlock } from '#src/lib/import/blocks.ts';
import { classifyBlock, HeadingSequence, headingParts } from '#src/lib/import/headings.ts';
import { InlineBuilder } from '#src/lib/import/inline.ts';

const TOKEN = /<(\/?)([a-z][a-z0-9]*)\b([^>]*?)\/?>|([^<]+)/giu;
const INLINE = { strong: 'strong', b: 'strong', em: 'em', i: 'em', s: 'del', del: 'del' } as const;

/** Where the reader stands: the block being read and the containers around it. */
class HtmlReader {
  readonly blocks: SourceBlock[] = [];
  private readonly sequence = new HeadingSequence();
  /** Open lists, innermost last: ordered or not, the next item's number. */
  private readonly lists: { ordered: boolean; next: number }[] = [];
  private block: { tag: string; inline: InlineBuilder; ordinal?: number; title?: boolean } | undefined;
  private quote = 0;
  private pre: string[] | undefined;
  private footnote: string | undefined;
  private table: { rows: InlineText[][] } | undefined;
  private skip = 0;

  token(closing: boolean, name: string, attributes: string, text: string | undefined): void {
    if (this.skip > 0) {
      if (name === 'a') this.skip += closing ? -1 : 1;
      return;
    }
    if (text !== undefined) return this.text(decodeEntities(text));
    if (name in INLINE) {
      const kind = INLINE[name as keyof typeof INLINE];
      if (closing) this.block?.inline.end(kind);
      else this.ensure().inline.start(kind);
    } else if (name === 'a') this.link(closing, attributes);
    else if (name === 'br') this.block?.inline.add(' ');
    else if (name === 'img') this.image(attributes);
    else this.structure(closing, name, attributes);
  }

  private link(closing: boolean, attributes: string): void {
    const href = /href="([^"]*)"/u.exec(attributes)?.[1];
    const note = href === undefined ? undefined : /^#(?:foot|end)note-(\d+)$/u.exec(href)?.[1];
    if (closing) this.block?.inline.end('link');
    else if (href !== undefined && /^#(?:foot|end)note-ref-/u.test(href)) this.skip += 1;
    else if (note !== undefined) {
      // The mark „[1]“ that points to a footnote: kept as the footnote's mark, its text skipped.
      this.ensure().inline.footnote(note);
      this.skip += 1;
    } else if (href !== undefined && !href.startsWith('#'))
      this.ensure().inline.start('link', decodeEntities(href));
  }

  private structure(closing: boolean, name: string, attributes: string): void {
    if (name === 'ol' || name === 'ul') {
      this.flush();
      if (closing) this.lists.pop();
      else
        this.lists.push({
          ordered: name === 'ol',
          next: Number(/\bstart="(\d+)"/u.exec(attributes)?.[1] ?? 1),
        });
    } else if (name === 'li') this.listItem(closing, attributes);
    else if (name === 'blockquote') {
      this.flush();
      this.quote += closing ? -1 : 1;
    } else if (name === 'pre') this.preformatted(closing);
    else if (name === 'table' || name === 'tr' || name === 'td' || name === 'th')
      this.tablePart(closing, name);
    else if (/^(?:h[1-6]|p)$/u.test(name)) {
      // A paragraph inside a list item, footnote or table cell is that item's text.
      if (this.block && (this.block.tag === 'li' || this.block.tag === 'cell' || this.block.tag === 'note')) {
        this.block.inline.add(' ');
        return;
      }
      this.flush();
      if (!closing)
        this.block = { tag: name, inline: new InlineBuilder(), title: /doc-title/u.test(attributes) };
    }
  }

  private listItem(closing: boolean, attributes: string): void {
    this.flush();
    if (closing) {
      this.footnote = undefined;
      return;
    }
    const note = /id="(?:foot|end)note-(\d+)"/u.exec(attributes)?.[1];
    if (note !== undefined) {
      this.footnote = note;
      this.block = { tag: 'note', inline: new InlineBuilder() };
      return;
    }
    const list = this.lists[this.lists.length - 1];
    this.block = { tag: 'li', inline: new InlineBuilder(), ...(list?.ordered ? { ordinal: list.next } : {}) };
    if (list) list.next += 1;
  }

  private preformatted(closing: boolean): void {
    this.flush();
    if (!closing) this.pre = [];
    else {
      if (this.pre && this.pre.join('').trim() !== '')
        this.blocks.push({ kind: 'code', text: this.pre.join('') });
      this.pre = undefined;
    }
  }

  private tablePart(closing: boolean, name: string): void {
    if (name === 'table') {
      this.flush();
      if (!closing) this.table = { rows: [] };
      else if (this.table) {
        this.blocks.push({
          kind: 'table',
          rows: this.table.rows,
          text: this.table.rows
            .flat()
            .map((cell) => cell.text)
            .join(' '),
        });
        this.table = undefined;
      }
    } else if (name === 'tr' && !closing) this.table?.rows.push([]);
    else if (closing) {
      const cell = this.block?.tag === 'cell' ? this.block.inline.build() : { text: '' };
      this.block = undefined;
      this.table?.rows[this.table.rows.length - 1]?.push(cell);
    } else this.block = { tag: 'cell', inline: new InlineBuilder() };
  }

  private image(attributes: string): void {
    const src = /src="([^"]*)"/u.exec(attributes)?.[1] ?? '';
    const alt = decodeEntities(/alt="([^"]*)"/u.exec(attributes)?.[1] ?? '');
    const data = /^data:([^;,]+);base64,(.*)$/u.exec(src);
    if (!data) return void this.blocks.push({ kind: 'dropped', what: `Bild „${alt || src}“`, text: '' });
    this.blocks.push({ kind: 'image', contentType: data[1] ?? '', base64: data[2] ?? '', alt, text: '' });
  }

  private text(text: string): void {
    const [before = '', what, ...rest] = text.split(/\uE000([^\uE001]*)\uE001/u);
    if (what !== undefined) {
      this.text(before);
      this.flush();
      this.blocks.push({ kind: 'dropped', what, text: '' });
      return this.text(rest.join(''));
    }
    if (this.pre) this.pre.push(text);
    else if (this.block) this.block.inline.add(text);
    else if (text.trim() !== '') this.ensure().inline.add(text);
  }

  private ensure(): NonNullable<HtmlReader['block']> {
    this.block ??= { tag: 'p', inline: new InlineBuilder() };
    return this.block;
  }

  flush(): void {
    const block = this.block;
    this.block = undefined;
    if (block === undefined || block.tag === 'cell') return;
    const inline = block.inline.build();
    if (inline.text === '' && block.tag !== 'note') return;
    if (block.tag === 'note') this.blocks.push({ kind: 'footnote', label: this.footnote ?? '', ...inline });
    else if (/^h[1-6]$/u.test(block.tag)) this.heading(Number(block.tag.slice(1)), inline.text, block.title);
    else if (block.tag === 'li' && block.ordinal !== undefined)
      this.blocks.push({ kind: 'list-item', ordinal: block.ordinal, ...inline });
    else if (block.tag === 'li')
      this.blocks.push({ kind: 'bullet', depth: Math.max(0, this.lists.length - 1), ...inline });
    else if (this.quote > 0) this.blocks.push({ kind: 'quote', ...inline });
    else this.paragraph(inline);
  }

  private heading(level: number, text: string, title: boolean | undefined): void {
    const parts = title ? undefined : headingParts(text);
    if (parts) this.sequence.accept(parts.number);
    this.blocks.push({
      kind: 'heading',
      number: parts?.number ?? null,
      text: parts?.title ?? text,
      level: title ? 0 : level,
      ...(title ? { title: true } : {}),
    });
  }

  /** A paragraph; one that reads like a numbered heading in plain text („2.1 Titel“) is one. */
  private paragraph(inline: InlineText): void {
    const first = this.blocks.length === 0;
    const classified = classifyBlock(inline.text, { lines: 1, first, sequence: this.sequence });
    this.blocks.push(classified.kind === 'paragraph' ? { kind: 'paragraph', ...inline } : classified);
  }
}

/** Reads mammoth's HTML into the blocks every reader produces. */
export function readHtml(html: string): SourceBlock[] {
  const reader = new HtmlReader();
  const body = html
    .replace(/<li id="comment-[^"]*">[\s\S]*?<\/li>/gu, '')
    .replace(/<(dl|ol)>\s*<\/\1>/gu, '');
  for (const match of body.matchAll(TOKEN)) {
    const [, closing, name, attributes, text] = match;
    reader.token(closing === '/', (name ?? '').toLowerCase(), attributes ?? '', text);
  }
  reader.flush();
  return reader.blocks;
}
