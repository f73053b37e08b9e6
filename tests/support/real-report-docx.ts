/**
 * Word files for the real-report fixtures (`tests/fixtures/real-reports/`): a real report, published as
 * Markdown under CC BY, typed into Word the two ways teams do it — headings in Word's German heading
 * styles („Überschrift 1“, style id `berschrift1`, as German Word writes them), or headings numbered by
 * Word itself (the number is in `numbering.xml`, not in the text). Paragraphs, links, emphasis,
 * footnotes, quotes and bullet lists are carried as Word carries them; images are left out (the
 * published report's images are not part of the licensed text). Run once to write the fixture:
 *
 *   node tests/support/real-report-docx.ts tests/fixtures/real-reports/bid-kongress-2013/quelle.md \
 *     tests/fixtures/real-reports/bid-kongress-2013/bericht.docx styles
 */
import { readFileSync, writeFileSync } from 'node:fs';
import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  FootnoteReferenceRun,
  LevelFormat,
  Packer,
  Paragraph,
  TextRun,
  type ParagraphChild,
} from 'docx';

export type HeadingMode = 'styles' | 'numbering';

/**
 * Word's own numbering of headings on two levels (`1`, `1.1`), for `numbering.config`: a heading
 * paragraph takes it with `numbering: { reference: headingNumbering.reference, level }`.
 */
export const headingNumbering = {
  reference: 'headings',
  levels: [
    { level: 0, format: LevelFormat.DECIMAL, text: '%1', alignment: AlignmentType.START },
    { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2', alignment: AlignmentType.START },
  ],
};

/** `[Text](Adresse)`, `[^1]` and `_kursiv_` in a line of the source, as Word runs. */
function runs(text: string, notes: Map<string, number>): ParagraphChild[] {
  const children: ParagraphChild[] = [];
  const pattern = /\[\^([^\]]+)\]|\[([^\]]*)\]\(([^)]*)\)|(?<![\p{L}\p{N}])_([^_]+)_(?![\p{L}\p{N}])/gu;
  let at = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > at) children.push(new TextRun(text.slice(at, match.index)));
    const [, note, label, url, italic] = match;
    if (note !== undefined) children.push(new FootnoteReferenceRun(notes.get(note) ?? 0));
    else if (italic !== undefined) children.push(new TextRun({ text: italic, italics: true }));
    else
      children.push(
        new ExternalHyperlink({
          link: url ?? '',
          children: [new TextRun({ text: label ?? '', style: 'Hyperlink' })],
        }),
      );
    at = match.index + match[0].length;
  }
  if (at < text.length) children.push(new TextRun(text.slice(at)));
  return children;
}

/** The source's blocks: paragraphs (lines joined), headings, quotes, bullet items; footnotes apart. */
function blocksOf(markdown: string): { kind: string; text: string; level?: number }[] {
  const blocks: { kind: string; text: string; level?: number }[] = [];
  let lines: string[] = [];
  const flush = () => {
    if (lines.length > 0) blocks.push({ kind: 'p', text: lines.join(' ').replace(/\\ /gu, ' ') });
    lines = [];
  };
  for (const raw of markdown.split('\n')) {
    const line = raw.replace(/\s+$/u, '');
    const heading = /^(#{1,6})\s+(.*)$/u.exec(line);
    const bullet = /^(?:>\s*)?\s*\*\s+(.*)$/u.exec(line);
    if (line === '' || line === '***' || /^!\[/u.test(line)) flush();
    else if (heading) {
      flush();
      blocks.push({ kind: 'h', text: heading[2] ?? '', level: (heading[1] ?? '').length });
    } else if (bullet) {
      flush();
      blocks.push({ kind: line.startsWith('>') ? 'quote-li' : 'li', text: bullet[1] ?? '' });
    } else if (line.startsWith('>')) {
      flush();
      blocks.push({ kind: 'quote', text: line.replace(/^>\s*/u, '') });
    } else lines.push(line.replace(/\\$/u, ''));
  }
  flush();
  return blocks;
}

/** The Word document for one report. */
export async function realReportDocx(markdown: string, mode: HeadingMode): Promise<Uint8Array> {
  const notes = new Map<string, number>();
  const footnotes: Record<number, { children: Paragraph[] }> = {};
  const body = markdown.replace(/^\[\^([^\]]+)\]:\s*(.*)$/gmu, (_, label: string, text: string) => {
    notes.set(label, notes.size + 1);
    footnotes[notes.size] = { children: [new Paragraph({ children: runs(text, notes) })] };
    return '';
  });
  const blocks = blocksOf(body);
  const titleLevel = Math.min(...blocks.filter((b) => b.kind === 'h').map((b) => b.level ?? 1));
  let titled = false;
  const paragraphs = blocks.map((block) => {
    if (block.kind === 'h' && !titled && block.level === titleLevel) {
      titled = true;
      return new Paragraph({ style: 'Titel', children: runs(block.text, notes) });
    }
    if (block.kind === 'h') {
      const level = Math.max(0, (block.level ?? 1) - (titleLevel === 1 && mode === 'styles' ? 2 : 1));
      return new Paragraph({
        style: `berschrift${level + 1}`,
        children: runs(block.text, notes),
        ...(mode === 'numbering' ? { numbering: { reference: headingNumbering.reference, level } } : {}),
      });
    }
    if (block.kind === 'li' || block.kind === 'quote-li')
      return new Paragraph({
        ...(block.kind === 'quote-li' ? { style: 'Zitat' } : {}),
        children: runs(block.text, notes),
        numbering: { reference: 'bullets', level: 0 },
      });
    return new Paragraph({
      ...(block.kind === 'quote' ? { style: 'Zitat' } : {}),
      children: runs(block.text, notes),
    });
  });
  const heading = (level: number) => ({
    id: `berschrift${level}`,
    name: `Überschrift ${level}`,
    basedOn: 'Standard',
    next: 'Standard',
    quickFormat: true,
    run: { bold: true, size: 32 - level * 4 },
    paragraph: { outlineLevel: level - 1, spacing: { before: 240, after: 120 } },
  });
  const document = new Document({
    footnotes,
    styles: {
      paragraphStyles: [
        { id: 'Standard', name: 'Standard', quickFormat: true },
        { id: 'Titel', name: 'Titel', basedOn: 'Standard', run: { size: 40 }, quickFormat: true },
        heading(1),
        heading(2),
        { id: 'Zitat', name: 'Zitat', basedOn: 'Standard', run: { italics: true }, quickFormat: true },
      ],
    },
    numbering: {
      config: [
        headingNumbering,
        {
          reference: 'bullets',
          levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.START }],
        },
      ],
    },
    sections: [{ children: paragraphs }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

if (import.meta.main) {
  const [source, target, mode] = process.argv.slice(2);
  if (!source || !target || (mode !== 'styles' && mode !== 'numbering'))
    throw new Error('node tests/support/real-report-docx.ts QUELLE.md BERICHT.docx styles|numbering');
  writeFileSync(target, await realReportDocx(readFileSync(source, 'utf8'), mode));
}
