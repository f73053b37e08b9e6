/**
 * Structure from the document's own markup (issue 25): heading levels in Markdown and Word (German
 * style names, Word's own numbering), the level that divides a report into sections, a report without
 * headings, and the author's markup kept — lists, quotes, code, footnotes, links, quotes as typed.
 */
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { Document, FootnoteReferenceRun, HeadingLevel, ImageRun, Packer, Paragraph, TextRun } from 'docx';
import { planImport } from '#src/lib/import/plan.ts';
import { readHtml } from '#src/lib/import/read-html.ts';
import { readMarkdown } from '#src/lib/import/read-markdown.ts';
import { sectionBody } from '#src/lib/import/mdx-body.ts';
import { splitIntoSections, WHOLE_REPORT_TITLE } from '#src/lib/import/sections.ts';
import { lineOf, locateNotes } from '#src/lib/import/review.ts';
import { findOrganizerPhrase } from '#src/lib/import/plan-event.ts';
import { guessKind } from '#src/lib/import/plan-section.ts';
import { prepareWordFile } from '#src/lib/import/word-structure.ts';
import { markdownTable } from '../support/markup.ts';
import { headingNumbering } from '../support/real-report-docx.ts';

const headings = (markdown: string) =>
  splitIntoSections(readMarkdown(markdown)).sections.map((section) => [section.number ?? '', section.title]);

describe('sections from Markdown headings', () => {
  it('the level that occurs twice divides the report; a lone heading above it is a part; deeper ones stay inside', () => {
    const markdown = [
      '# Bericht',
      'Einleitender Satz.',
      '# Vorkonferenz',
      'Ein Workshop.',
      '## Keynote',
      'Sie sprach.',
      '### Nachfrage',
      'Eine Frage.',
      '## Fazit',
      'Gut.',
    ].join('\n\n');
    expect(headings(markdown)).toEqual([
      ['', 'Einleitung'],
      ['', 'Vorkonferenz'],
      ['', 'Keynote'],
      ['', 'Fazit'],
    ]);
    const keynote = splitIntoSections(readMarkdown(markdown)).sections[2];
    expect(keynote?.blocks).toContainEqual({ kind: 'subheading', level: 1, text: 'Nachfrage' });
    expect(sectionBody(keynote?.blocks ?? []).body).toContain('## Nachfrage');
  });

  it('reads Setext headings and never takes code for a heading', () => {
    const markdown = [
      'Titel',
      '=====',
      '',
      'Teil eins',
      '---------',
      '',
      '```',
      '# kein Titel',
      '```',
      '',
      'Teil zwei',
      '---',
      '',
    ];
    const report = splitIntoSections(readMarkdown(markdown.join('\n')));
    expect(report.title).toBe('Titel');
    expect(report.sections.map((section) => section.title)).toEqual(['Teil eins', 'Teil zwei']);
    expect(report.sections[0]?.blocks).toEqual([{ kind: 'code', text: '# kein Titel' }]);
  });

  it('a report without headings is one section and says so; the front matter gives its title', () => {
    const report = splitIntoSections(
      readMarkdown('---\ntitle: "Tagung 2020"\n---\n\nErster Absatz.\n\nZweiter Absatz.\n'),
    );
    expect(report.title).toBe('Tagung 2020');
    expect(report.unstructured).toBe(true);
    expect(report.sections.map((section) => section.title)).toEqual([WHOLE_REPORT_TITLE]);
    expect(report.sections[0]?.blocks).toHaveLength(2);
    // Not refused: one section, and the review list says why, at the section's title.
    const plan = planImport(
      report,
      { people: {}, organizations: {}, places: {} },
      {
        slug: 'tagung-2020',
        date: '2020-05-01',
        sourceName: 'bericht.md',
        contentDir: 'content',
      },
    );
    const note = plan.review.find((item) => item.note.startsWith('Der Bericht hat keine Überschriften'));
    expect(note?.file).toBe('content/sections/tagung-2020/00-bericht.mdx');
    expect(plan.sections[0]?.text.split('\n')[(note?.line ?? 0) - 1]).toBe('title: Bericht');
  });

  it('typed numbers still divide a plain report, and headings below the numbered level are subheadings', () => {
    expect(
      headings('# Bericht\n\n## 1 Eins\n\nText.\n\n### Unterpunkt\n\nMehr.\n\n## 2 Zwei\n\nText.'),
    ).toEqual([
      ['1', 'Eins'],
      ['2', 'Zwei'],
    ]);
  });
});

describe("the author's markup is kept", () => {
  const markdown = [
    'Er sagte "so" und \'so\', mit [Link](<https://example.org/a b>) und *Betonung*\u200b.[^1]',
    '',
    '- Punkt **eins**',
    '  - darunter',
    '- Punkt zwei',
    '',
    '> Ein Zitat.',
    '',
    '```js',
    "cy.visit('/')",
    '```',
    '',
    ...markdownTable,
    '',
    '[^1]: Eine Fußnote mit `Code`.',
  ].join('\n');
  const body = sectionBody(splitIntoSections(readMarkdown(markdown)).sections[0]?.blocks ?? []).body;

  it('quotes as typed, no zero-width space, links and emphasis as markup', () => {
    expect(body).toContain(
      'Er sagte "so" und \'so\', mit [Link](https://example.org/a%20b) und *Betonung*.[^1]',
    );
    expect(body).not.toContain('\u200b');
  });
  it('nested bullet lists, quotes, code (unchanged), tables and footnotes', () => {
    expect(body).toContain('- Punkt **eins**\n  - darunter\n- Punkt zwei');
    expect(body).toContain('> Ein Zitat.');
    expect(body).toContain("```js\ncy.visit('/')\n```");
    expect(body).toContain('| A | B |\n| --- | --- |\n| 1 | 2 |');
    expect(body).toContain('[^1]: Eine Fußnote mit `Code`.');
  });
  it('an image is named for the review list, not dropped silently', () => {
    const blocks = readMarkdown('Text.\n\n![Podium mit drei Personen](bild.jpg)\n');
    expect(blocks).toContainEqual({ kind: 'dropped', what: 'Bild „Podium mit drei Personen“', text: '' });
  });
});

/** A Word file as a German Word writes it: style names „Überschrift 1“, optionally numbered by Word. */
async function germanWord(numbered: boolean): Promise<Uint8Array> {
  const heading = (text: string, level: 0 | 1) =>
    new Paragraph({
      style: `berschrift${level + 1}`,
      children: [new TextRun(text)],
      ...(numbered ? { numbering: { reference: headingNumbering.reference, level } } : {}),
    });
  const document = new Document({
    footnotes: { 1: { children: [new Paragraph('Die Fußnote.')] } },
    styles: {
      paragraphStyles: [1, 2].map((level) => ({
        id: `berschrift${level}`,
        name: `Überschrift ${level}`,
        paragraph: { outlineLevel: level - 1 },
      })),
    },
    numbering: { config: [headingNumbering] },
    sections: [
      {
        children: [
          heading('Auftakt', 0),
          new Paragraph({ children: [new TextRun('Ein Satz.'), new FootnoteReferenceRun(1)] }),
          heading('Vorträge', 0),
          heading('Erster Vortrag', 1),
          new Paragraph('Noch ein Satz.'),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

async function wordBlocks(bytes: Uint8Array) {
  const mammoth = await import('mammoth');
  const { buffer, styleMap } = await prepareWordFile(bytes);
  return readHtml((await mammoth.convertToHtml({ buffer }, { styleMap })).value);
}

describe('Word files', () => {
  it('German heading styles are headings, with their level', async () => {
    const blocks = await wordBlocks(await germanWord(false));
    expect(blocks.filter((block) => block.kind === 'heading')).toEqual([
      { kind: 'heading', number: null, text: 'Auftakt', level: 1 },
      { kind: 'heading', number: null, text: 'Vorträge', level: 1 },
      { kind: 'heading', number: null, text: 'Erster Vortrag', level: 2 },
    ]);
    expect(blocks).toContainEqual({ kind: 'paragraph', text: 'Ein Satz.', markup: 'Ein Satz.[^1]' });
    expect(blocks).toContainEqual({ kind: 'footnote', label: '1', text: 'Die Fußnote.' });
  });

  it('the number Word shows before a heading becomes its number', async () => {
    const blocks = await wordBlocks(await germanWord(true));
    expect(
      blocks.filter((block) => block.kind === 'heading').map((block) => [block.number, block.text]),
    ).toEqual([
      ['1', 'Auftakt'],
      ['2', 'Vorträge'],
      ['2.1', 'Erster Vortrag'],
    ]);
  });
});

describe('review notes', () => {
  const file = [
    '---',
    'slug: a',
    'presenters:',
    '  - x',
    '  - y',
    '---',
    '',
    'Text.',
    '',
    '## Zwischen',
  ].join('\n');
  it('get their lines from the written text, and none where the place is not there', () => {
    expect(lineOf(file, 'presenters', 'y')).toBe(5);
    expect(lineOf(file, 'body', '## Zwischen')).toBe(10);
    expect(lineOf(file, 'places')).toBeUndefined();
    const [item] = locateNotes(
      [{ file: 'f', field: 'slug', note: 'n', placeholder: false }],
      new Map([['f', file]]),
    );
    expect(item?.line).toBe(2);
  });
});

describe('partial facts', () => {
  it('the organiser from „veranstaltet X“, „Veranstalter: X“, „X lud … ein“', () => {
    expect(findOrganizerPhrase(['Den Java-Tag veranstaltet adesso jährlich in Dortmund.'])?.phrase).toBe(
      'adesso',
    );
    expect(findOrganizerPhrase(['Veranstalter: Stiftung Mitarbeit, Bonn.'])?.phrase).toBe(
      'Stiftung Mitarbeit',
    );
    expect(findOrganizerPhrase(['Der Verein Nachbarn e. V. lud zum Fachtag ein.'])?.phrase).toBe(
      'Verein Nachbarn e. V.',
    );
  });
});

describe('the kind of a section', () => {
  const section = (title: string) => ({ number: '2', title, blocks: [] });
  it('from its heading and its first sentence', () => {
    expect(guessKind(section('Podiumsdiskussion'), false, false).kind).toBe('panel');
    expect(guessKind(section('Vorkonferenz/Workshops'), false, false).kind).toBe('workshop');
    expect(
      guessKind(section('Bringing People to Linked Data'), false, false, 'Es sprach eine Keynote.').kind,
    ).toBe('guest-talk');
    expect(guessKind(section('Fazit'), false, false).kind).toBe('closing-comment');
  });
});

describe('pictures and objects in a Word file', () => {
  /** A 1×1 PNG. */
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  );
  async function wordWith(alt: string | undefined): Promise<Uint8Array> {
    const document = new Document({
      sections: [
        {
          children: [
            new Paragraph({ heading: HeadingLevel.TITLE, text: 'Tagung 2020' }),
            new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'Podium' }),
            new Paragraph('Es diskutierten drei Gäste.'),
            new Paragraph({
              children: [
                new ImageRun({
                  type: 'png',
                  data: png,
                  transformation: { width: 10, height: 10 },
                  ...(alt ? { altText: { name: 'Bild', description: alt, title: alt } } : {}),
                }),
              ],
            }),
            new Paragraph('Danach war Pause.'),
          ],
        },
      ],
    });
    // An embedded object (an OLE object, as Word embeds a spreadsheet) after the last paragraph.
    const zip = await JSZip.loadAsync(await Packer.toBuffer(document));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    zip.file(
      'word/document.xml',
      xml.replace(
        'Danach war Pause.</w:t></w:r>',
        'Danach war Pause.</w:t></w:r><w:r><w:object><v:shape/></w:object></w:r>',
      ),
    );
    return new Uint8Array(await zip.generateAsync({ type: 'nodebuffer' }));
  }

  it('a picture goes beside the section as a photo; its alt text from Word, or a placeholder the review list asks for', async () => {
    for (const alt of ['Drei Personen auf einem Podium', undefined]) {
      const blocks = await wordBlocks(await wordWith(alt));
      const report = splitIntoSections(blocks);
      const plan = planImport(
        report,
        { people: {}, organizations: {}, places: {} },
        {
          slug: 'podium-2020',
          date: '2020-05-01',
          sourceName: 'podium.docx',
          contentDir: 'content',
        },
      );
      const [asset] = plan.assets;
      expect(asset?.path).toBe('content/sections/podium-2020/bilder/00-podium-1.png');
      expect(Buffer.from(asset?.bytes ?? []).equals(png)).toBe(true);
      const text = plan.sections[0]?.text ?? '';
      expect(text).toContain('photos:\n  - file: ./bilder/00-podium-1.png\n    alt: ');
      const note = plan.review.find((item) => item.note.startsWith('Foto ./bilder/00-podium-1.png'));
      expect(note?.line).toBe(text.split('\n').indexOf('  - file: ./bilder/00-podium-1.png') + 1);
      expect(note?.placeholder).toBe(alt === undefined);
      if (alt) expect(text).toContain(`alt: ${alt}`);
      // The embedded object is named with its place.
      expect(plan.review.map((item) => item.note)).toContainEqual(
        expect.stringMatching(
          /^eingebettetes Objekt nach dem Absatz „Danach war Pause\.“: nicht übernommen/u,
        ),
      );
    }
  });
});
