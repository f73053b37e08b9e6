/**
 * A report written in Markdown (tests/fixtures/import/) turned into the files a conference team has:
 * a Word document (the `docx` package: heading styles, a numbered list, a running head and page
 * numbers in header and footer) and a PDF (the project's Typst: justified, a running head and
 * „Seite N von M“ on every page, lines ending in hyphens). The importer must read both back to the Markdown's text.
 */
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
} from 'docx';
import { readMarkdown } from '#src/lib/import/read-markdown.ts';
import { pdfText } from '#src/lib/import/read-report.ts';
import type { SourceBlock } from '#src/lib/import/blocks.ts';

/**
 * Where the PDF's lines end, for the three kinds of line-end hyphen: a word broken by hyphenation
 * (`Begeg-` / `nungsorte`: the hyphen goes), a hyphenated name (`Rheinland-` / `Westfalen`: it stays),
 * and the first half of a pair (`Haupt-` / `und`: it stays, with its space).
 */
export const PDF_LINE_BREAKS = [
  'Begeg|nungsorte',
  'Anerkennungs|kultur',
  'Rheinland-|Westfalen',
  'Haupt-| und',
];

/** The running head both documents print on every page. */
export const RUNNING_HEAD = 'Fachtag „Nachbarschaft gestalten“ · Dokumentation 2019';

const headingText = (block: Extract<SourceBlock, { kind: 'heading' }>) =>
  block.number ? `${block.number} ${block.text}` : block.text;
const depth = (number: string | null) => (number ?? '').split('.').length;

/** The Markdown report as a Word document. */
export async function markdownToDocx(markdown: string): Promise<Uint8Array> {
  const blocks = readMarkdown(markdown);
  let list = 0;
  const paragraphs = blocks.map((block, index) => {
    if (block.kind === 'heading') {
      if (index === 0 && block.number === null)
        return new Paragraph({ text: block.text, heading: HeadingLevel.TITLE });
      return new Paragraph({
        text: headingText(block),
        heading: depth(block.number) === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
      });
    }
    if (block.kind === 'list-item') {
      if (block.ordinal === 1) list += 1;
      return new Paragraph({
        text: block.text,
        numbering: { reference: 'report-list', level: 0, instance: list },
      });
    }
    return new Paragraph({ text: block.text });
  });
  const document = new Document({
    numbering: {
      config: [
        {
          reference: 'report-list',
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }],
        },
      ],
    },
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph(RUNNING_HEAD)] }) },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({ children: [new TextRun({ children: ['Seite ', PageNumber.CURRENT] })] }),
            ],
          }),
        },
        children: paragraphs,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

/** Text as a Typst string literal: no markup inside it is read as markup. */
const typstString = (text: string) => `#"${text.replace(/\\/gu, '\\\\').replace(/"/gu, '\\"')}"`;

/**
 * Text as Typst, with a line break forced at each of `breaks` it contains. A break is written as the
 * text with a bar where the line ends: `Begeg|nungsorte` ends the line with „Begeg-“ as a hyphenating
 * word processor does; `Rheinland-|Westfalen` and `Haupt-| und` end it after the word's own hyphen.
 */
function typstText(text: string, breaks: readonly string[]): string {
  let parts = [text];
  for (const mark of breaks) {
    const [before = '', after = ''] = mark.split('|');
    parts = parts.flatMap((part) => {
      const at = part.indexOf(before + after);
      if (at < 0) return [part];
      const end = at + before.length;
      return [part.slice(0, end) + (before.endsWith('-') ? '' : '-'), part.slice(end).replace(/^ /u, '')];
    });
  }
  return parts.map(typstString).join('#linebreak(justify: true)');
}

/**
 * The Markdown report as Typst source: a small page (so that it runs over several pages), justified
 * text, the running head above and „Seite N von M“ below every page. Typst's own hyphenation is off:
 * where Typst hyphenates, its PDF maps the hyphen glyph so that pdf.js reads no hyphen at all, not even
 * in „Haupt- und“. The line ends a report's PDF has are forced instead, at `breaks` (see `typstText`).
 */
export function markdownToTypst(markdown: string, breaks: readonly string[] = []): string {
  const body = readMarkdown(markdown).map((block, index) => {
    if (block.kind === 'heading') {
      if (index === 0 && block.number === null)
        return `#text(size: 15pt, weight: "bold")[${typstString(block.text)}]`;
      return `${'='.repeat(depth(block.number))} ${typstString(headingText(block))}`;
    }
    if (block.kind === 'list-item') return `+ ${typstText(block.text, breaks)}`;
    return typstText(block.text, breaks);
  });
  return [
    '#set page(width: 120mm, height: 160mm, margin: (x: 14mm, y: 18mm),',
    `  header: text(size: 8pt)[${typstString(RUNNING_HEAD)}],`,
    '  footer: context align(center, text(size: 8pt)[Seite #counter(page).display() von #counter(page).final().first()]))',
    '#set text(lang: "de", size: 10pt, hyphenate: false)',
    '#set par(justify: true)',
    '#set heading(numbering: none)',
    '#show heading: set text(size: 11pt)',
    '',
    body.join('\n\n'),
    '',
  ].join('\n');
}

/** A PDF's text layer as the importer's PDF reader lays it out (lines, gaps, form feeds). */
export function pdfLayoutText(pdf: Uint8Array): Promise<string> {
  return pdfText(pdf.slice(), 'bericht.pdf');
}

/** The Markdown report as a PDF, typeset by the project's Typst, with lines ending at `breaks`. */
export async function markdownToPdf(markdown: string, breaks: readonly string[] = []): Promise<Uint8Array> {
  const { NodeCompiler } = await import('@myriaddreamin/typst-ts-node-compiler');
  const compiler = NodeCompiler.create();
  try {
    return new Uint8Array(compiler.pdf({ mainFileContent: markdownToTypst(markdown, breaks) }, {}));
  } finally {
    compiler.evictCache(0);
  }
}
