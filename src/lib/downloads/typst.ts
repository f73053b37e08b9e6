/**
 * The report as Typst source: a title page from the event file, a table of contents with page
 * numbers, the sections as headings with their presenters and web address, the text verbatim with
 * German hyphenation, page numbers and PDF metadata. Pure; `pdf.ts` compiles it.
 *
 * Every text from the content enters the source as a Typst string literal (`#"…"`), never as markup,
 * so no character of the report can be read as Typst syntax (`*`, `_`, `#`, `"` stay as written, and
 * straight quotes are not turned into German ones).
 */
import { SERIF_FAMILY } from '#src/lib/fonts.ts';
import { joinGerman } from '#src/lib/german/joining.ts';
import { licenseNote, type Book, type Chapter } from '#src/lib/downloads/book.ts';
import type { Block, Inline } from '#src/lib/content/document.ts';

/** A Typst string literal. */
export function typstString(text: string): string {
  return `"${text
    .replace(/[\\"]/gu, (char) => `\\${char}`)
    .replace(/\n/gu, '\\n')
    .replace(/\r/gu, '\\r')
    .replace(/\t/gu, '\\t')}"`;
}

/**
 * Emoji and other pictographs: the book's fonts have none, and an accessible PDF (PDF/UA) may not show
 * a character without its glyph. Each is written as its code point, so that nothing is left out.
 */
const PICTOGRAPH = /\p{Extended_Pictographic}\uFE0F?/gu;
const withoutPictographs = (value: string) =>
  value.replace(PICTOGRAPH, (char) => `(Emoji U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase()})`);

/** Text in markup: a string literal, inserted as text. */
function text(value: string): string {
  return `#${typstString(withoutPictographs(value))}`;
}

function inline(content: readonly Inline[]): string {
  return content
    .map((run) => {
      if (run.type === 'text') return text(run.value);
      if (run.type === 'break') return '#linebreak()';
      if (run.type === 'emphasis') return `#emph[${inline(run.children)}]`;
      if (run.type === 'strong') return `#strong[${inline(run.children)}]`;
      if (run.type === 'code') return `#raw(${typstString(withoutPictographs(run.value))})`;
      return `#link(${typstString(run.href)})[${inline(run.children)}]`;
    })
    .join('');
}

function block(item: Block, depth: number): string {
  switch (item.type) {
    case 'paragraph':
      return inline(item.content);
    case 'heading':
      // Headings inside a section's text sit below the section's own level, out of the outline.
      return `#heading(level: ${Math.min(depth + 1, 6)}, outlined: false)[${inline(item.content)}]`;
    case 'list': {
      const items = item.items
        .map(
          (entry) =>
            `[${inline(entry.content)}${(entry.lists ?? []).map((inner) => block(inner, depth)).join('')}]`,
        )
        .join(', ');
      return item.ordered ? `#enum(${items})` : `#list(${items})`;
    }
    case 'quote':
      return `#quote(block: true)[${item.blocks.map((inner) => block(inner, depth)).join('\n\n')}]`;
    case 'code':
      return `#raw(block: true, ${typstString(withoutPictographs(item.text))})`;
    case 'table': {
      const columns = Math.max(1, ...item.rows.map((row) => row.length));
      const cells = item.rows.flatMap((row) =>
        Array.from({ length: columns }, (_, index) => `[${inline(row[index] ?? [])}]`),
      );
      return `#table(columns: ${columns}, ${cells.join(', ')})`;
    }
  }
}

function chapter(section: Chapter): string {
  const presenters =
    section.presenters.length > 0 ? `#presenters[${text(joinGerman(section.presenters))}]\n` : '';
  return [
    `#heading(level: ${section.depth})[${text(section.title)}]`,
    `${presenters}#address(${typstString(section.url)})`,
    ...section.blocks.map((item) => block(item, section.depth)),
  ].join('\n\n');
}

/** The page design; the book's values come in as `#let` bindings above it. */
const DESIGN = String.raw`
#let accent = rgb("#8a2c0d")
#let muted = rgb("#58534b")
#set document(title: book-title, author: book-author, date: none)
#set text(font: "${SERIF_FAMILY}", size: 11pt, lang: "de", region: "DE", hyphenate: true, number-type: "old-style")
#set page(paper: "a4", margin: (x: 33mm, top: 30mm, bottom: 32mm))
#set par(justify: true, leading: 0.64em, spacing: 0.64em, first-line-indent: 1.2em)
#set enum(indent: 0pt, body-indent: 0.7em, spacing: 0.64em)
#set list(indent: 0pt, body-indent: 0.7em, spacing: 0.64em)
// A list stands apart from the paragraphs around it by half a line.
#show enum: it => block(above: 0.95em, below: 0.95em, it)
#show list: it => block(above: 0.95em, below: 0.95em, it)
#show link: set text(fill: accent)
#show heading: set text(weight: "semibold", hyphenate: false, number-type: "lining")
#show heading: set par(justify: false)
#show heading.where(level: 1): set text(size: 15pt)
#show heading.where(level: 1): set block(above: 2.2em, below: 0.7em)
#show heading: set block(above: 1.8em, below: 0.7em)
#show heading.where(level: 2): set text(size: 12.5pt)
#show heading.where(level: 3): set text(size: 11pt)
#let presenters(body) = block(above: 0pt, below: 0.35em, text(style: "italic", body))
#let address(url) = block(above: 0pt, below: 1.3em, {
  set text(size: 8.5pt, fill: muted, number-type: "lining")
  link(url, url.replace(regex("^https?://"), ""))
})

#page(margin: (x: 28mm, top: 62mm, bottom: 32mm), numbering: none)[
  #set par(justify: false, first-line-indent: 0pt)
  #set text(hyphenate: false)
  #text(size: 9pt, fill: accent, weight: "semibold", tracking: 0.12em, upper("Bericht"))
  #v(0.7em)
  #text(size: 25pt, weight: "semibold", hyphenate: false, book-title)
  #v(1.1em)
  #text(size: 13pt, book-date)
  #v(1fr)
  #line(length: 100%, stroke: 0.4pt + muted)
  #v(0.4em)
  #set text(size: 9.5pt)
  #grid(columns: (auto, 1fr), column-gutter: 1.2em, row-gutter: 0.9em,
    text(fill: muted, "Veranstalter"), [#strong(book-author)#if book-organizer != none [ \ #book-organizer]],
    ..if book-funding != none { (text(fill: muted, "Förderung"), book-funding) },
    text(fill: muted, "Online"), text(number-type: "lining", link(book-url)),
    text(fill: muted, "Lizenz"), book-license,
  )
]

#set page(
  numbering: "1",
  header: context if here().page() > 2 {
    set text(size: 8.5pt, fill: muted)
    align(center, smallcaps(book-title))
  },
  footer: context align(center, text(size: 9pt, counter(page).display())),
)
#show outline.entry: set text(number-type: "lining", number-width: "tabular", hyphenate: false)
#show outline.entry.where(level: 1): set block(above: 0.9em)
#outline(title: "Inhalt", indent: 1.6em, depth: 3)
#pagebreak()
`;

/** The book as one Typst document. */
export function typstSource(book: Book): string {
  const bindings = [
    `#let book-title = ${typstString(book.title)}`,
    `#let book-author = ${typstString(book.author)}`,
    `#let book-organizer = ${book.organizerFullName === undefined ? 'none' : typstString(book.organizerFullName)}`,
    `#let book-funding = ${book.funding === undefined ? 'none' : typstString(book.funding)}`,
    `#let book-date = ${typstString(book.dateLabel)}`,
    `#let book-url = ${typstString(book.url)}`,
    `#let book-license = ${typstString(licenseNote(book.license))}`,
  ];
  return `${bindings.join('\n')}\n${DESIGN}\n${book.chapters.map(chapter).join('\n\n')}\n`;
}
