/**
 * The blocks a report is read into, whatever its format. The readers (`read-*.ts`) and the source-text
 * rules (`source-text.ts`) produce them; `headings.ts` classifies a block of plain text as one of them;
 * `sections.ts` groups them into sections.
 *
 * Every block that holds running text has `text`, its plain words (what sentences are counted and
 * people are found in), and may have `markup`: the same words as MDX-safe Markdown with the author's
 * links, emphasis, inline code and footnote marks (see `inline.ts`). Without `markup`, the text is
 * written escaped. A table's `text` is its cells' words; an image has none.
 */

/** Running text as plain words and, where the format carries it, as markup. */
export interface InlineText {
  text: string;
  markup?: string | undefined;
}

/** One block of the report. */
export type SourceBlock =
  /**
   * A heading. `number` is the number a reader sees (typed, or Word's automatic numbering); `level` is
   * its depth in the document's markup (1 for `#`, `<h1>`, „Überschrift 1“), absent for plain text;
   * `title` marks the document's own title (Word's „Titel“ style, a Markdown file's front matter).
   */
  | { kind: 'heading'; number: string | null; text: string; level?: number; title?: boolean }
  | ({ kind: 'paragraph' } & InlineText)
  /** An item of a numbered list, with the number it shows. */
  | ({ kind: 'list-item'; ordinal: number } & InlineText)
  /** An item of a bullet list; `depth` 0 for the outer list, 1 for a list inside it … */
  | ({ kind: 'bullet'; depth: number; quoted?: boolean } & InlineText)
  /** A quoted paragraph (Markdown `>`, Word's „Zitat“ style, `<blockquote>`). */
  | ({ kind: 'quote' } & InlineText)
  /** Code or other preformatted text, kept line by line; never a heading, never changed. */
  | { kind: 'code'; text: string; language?: string | undefined }
  /** A footnote's text; `label` is the mark that points to it. */
  | ({ kind: 'footnote'; label: string } & InlineText)
  /** A table: rows of cells, the first row its header. */
  | { kind: 'table'; rows: InlineText[][]; text: string }
  /** An image the document carries (a Word file's picture): its bytes, type and alternative text. */
  | { kind: 'image'; contentType: string; base64: string; alt: string; text: string }
  /** Something the import cannot carry (an image, a chart, an embedded object), named for the review list. */
  | { kind: 'dropped'; what: string; text: string };
