/**
 * The PDF: Typst source that no character of the report can break, compiled by the real compiler,
 * with the metadata, outline and text a reader gets (read back with pdfinfo and pdftotext).
 */
import { describe, expect, it } from 'vitest';
import { buildBook } from '#src/lib/downloads/book.ts';
import { getBook, getPdf } from '#src/lib/downloads/files.ts';
import { compileTypst } from '#src/lib/downloads/pdf.ts';
import { typstSource, typstString } from '#src/lib/downloads/typst.ts';
import { letters, pdfInfo, pdfText } from '../support/downloads.ts';
import { reportConference } from '../support/report.ts';

const tricky =
  'Zeichen, die Typst sonst liest: #let $x$ *fett* _kursiv_ `roh` <marke> @verweis [Klammer] \\ "gerade" -- ~ // kein Kommentar';

const book = buildBook(
  {
    slug: 'probe',
    title: 'Probe „Tagung“',
    reportTitle: 'Tagung „Probe“',
    date: { year: 2020, month: 2, day: 3 },
    url: '/probe/',
    summary: 'Zusammenfassung.',
    organizer: { name: 'Institut für Proben', shortName: 'IfP', kind: 'institut' },
    sections: [
      {
        slug: 'eins',
        number: '1',
        title: 'Erster Teil',
        shortTitle: 'Erster Teil',
        depth: 1,
        kindLabel: 'Vortrag',
        url: '/probe/eins/',
        presenters: [{ displayName: 'Dr. Erika Muster' }],
      },
    ],
  },
  new Map([
    [
      'eins',
      [
        { type: 'paragraph' as const, content: [{ type: 'text' as const, value: tricky }] },
        // What an imported report brings: an emoji, code, a table.
        {
          type: 'paragraph' as const,
          content: [{ type: 'text' as const, value: 'Die Konferenz war super 🙂 und gut.' }],
        },
        { type: 'code' as const, text: 'cy.visit("/")' },
        {
          type: 'table' as const,
          rows: [
            [[{ type: 'text' as const, value: 'Kopf' }], [{ type: 'text' as const, value: 'Spalte' }]],
            [[{ type: 'text' as const, value: 'Zelle' }], [{ type: 'text' as const, value: 'Wert' }]],
          ],
        },
      ],
    ],
  ]),
  'https://example.org',
);

describe('typstString', () => {
  it('escapes backslashes and quotes', () => {
    expect(typstString('a "b" \\ c')).toBe('"a \\"b\\" \\\\ c"');
  });
});

describe('the PDF', () => {
  it('prints every character of the text as written, with metadata, title page and outline', async () => {
    const pdf = await compileTypst(typstSource(book));
    const text = pdfText(pdf);
    expect(letters(text)).toContain(letters(tricky));
    expect(text).toContain('"gerade"');
    // An emoji the fonts lack is named by its code point; code keeps its straight quotes; a table its cells.
    expect(text).toContain('super (Emoji U+1F642) und gut.');
    expect(text).toContain('cy.visit("/")');
    expect(letters(text)).toContain(letters('Kopf Spalte Zelle Wert'));
    expect(text).toContain('Inhalt');
    expect(text).toContain('Dr. Erika Muster');
    expect(text).toContain('example.org/probe/eins/');
    const info = pdfInfo(pdf);
    expect(info).toMatch(/^Title:\s+Tagung „Probe“$/mu);
    expect(info).toMatch(/^Author:\s+IfP/mu);
    expect(info).toMatch(/^Tagged:\s+yes$/mu);
  });

  it('of the report has its title and author, and every chapter with its heading and address', async () => {
    const conference = await reportConference();
    const [pdf, report] = await Promise.all([getPdf(conference), getBook(conference)]);
    const info = pdfInfo(pdf);
    expect(info).toMatch(/^Title:\s+Tagung „Integration im Sozialraum“$/mu);
    expect(info).toMatch(/^Author:\s+Forschungsprojekt INTESO/mu);
    const text = pdfText(pdf);
    for (const chapter of report.chapters) {
      expect(letters(text), chapter.slug).toContain(letters(chapter.title));
      expect(text, chapter.slug).toContain(new URL(chapter.url).host);
    }
  });
});
