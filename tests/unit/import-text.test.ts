/**
 * The importer's pure parts: reading each format into blocks, the source-text rules on page furniture,
 * headings and hyphens, the splitter, slugs. Examples are written for these tests, not taken from the
 * seed report.
 */
import { describe, expect, it } from 'vitest';
import { readHtml } from '#src/lib/import/read-html.ts';
import { readMarkdown } from '#src/lib/import/read-markdown.ts';
import { pdfPagesToText, type PositionedText } from '#src/lib/import/read-pdf.ts';
import { splitIntoSections } from '#src/lib/import/sections.ts';
import { slugify, uniqueSlug } from '#src/lib/import/slugs.ts';
import { joinLines, parseSourceText } from '#src/lib/import/source-text.ts';

describe('the hyphen rule', () => {
  it('joins a word broken at a line end and keeps a hyphen before a capital', () => {
    expect(joinLines(['die Stadtteil-', 'arbeit und das Quartiers-', 'Netzwerk'])).toBe(
      'die Stadtteilarbeit und das Quartiers-Netzwerk',
    );
  });
  it('keeps the hyphen and the space of a pair: „Jugend- und Stadtteilarbeit“', () => {
    expect(joinLines(['die Jugend-', 'und Stadtteilarbeit, Haupt-', 'oder Ehrenamt'])).toBe(
      'die Jugend- und Stadtteilarbeit, Haupt- oder Ehrenamt',
    );
  });
});

describe('headings in extracted text', () => {
  /** The blocks of a report titled „Bericht“ that opens with the heading „1 Auftakt“, then the given lines. */
  const afterAuftakt = (...lines: string[]) =>
    parseSourceText(['Bericht', '', '1 Auftakt', '', ...lines].join('\n'));

  it('reads a heading that wraps over two lines, and joins its broken word', () => {
    const blocks = afterAuftakt(
      'Text.',
      '',
      '2 Beteiligung junger Menschen in der Stadt-',
      'entwicklung',
      '',
      'Mehr Text.',
    );
    expect(blocks[3]).toEqual({
      kind: 'heading',
      number: '2',
      text: 'Beteiligung junger Menschen in der Stadtentwicklung',
    });
  });

  it('does not take a line that starts with a year or a date for a heading', () => {
    const blocks = afterAuftakt('2019 Menschen kamen', '', '14. November 2019 im Rathaus', '', '2 Schluss');
    expect(blocks.map((block) => block.kind)).toEqual([
      'heading',
      'heading',
      'paragraph',
      'list-item',
      'heading',
    ]);
    expect(blocks[4]).toEqual({ kind: 'heading', number: '2', text: 'Schluss' });
  });

  it('takes a numbered line for a heading only when its number follows the one before', () => {
    const blocks = afterAuftakt('3 Gruppen arbeiteten', '', '2 Schluss');
    expect(blocks.map((block) => (block.kind === 'heading' ? block.number : block.kind))).toEqual([
      null,
      '1',
      'paragraph',
      '2',
    ]);
  });

  it('does not take a numbered sentence for a heading', () => {
    const blocks = afterAuftakt('2 Gruppen arbeiteten am Nachmittag.');
    expect(blocks[2]?.kind).not.toBe('heading');
  });
});

describe('page furniture in extracted text', () => {
  it('removes page numbers and running heads, and closes page breaks inside paragraphs', () => {
    const raw = [
      'Dokumentation Fachtag 2019',
      '',
      'Bericht über den Fachtag',
      '',
      'Der erste Absatz läuft über die Seiten-',
      '',
      'Seite 1 von 3',
      '\fDokumentation Fachtag 2019',
      '',
      'grenze hinweg und endet hier. Ein zweiter Absatz beginnt auf dieser Seite und',
      '',
      '- 2 -',
      '\fDokumentation Fachtag 2019',
      '',
      'Stadt und Land gehen weiter.',
      '',
      '3',
    ].join('\n');
    expect(parseSourceText(raw)).toEqual([
      { kind: 'heading', number: null, text: 'Bericht über den Fachtag' },
      {
        kind: 'paragraph',
        text: 'Der erste Absatz läuft über die Seitengrenze hinweg und endet hier. Ein zweiter Absatz beginnt auf dieser Seite und Stadt und Land gehen weiter.',
      },
    ]);
  });

  it('finds pages without form feeds at gaps of three blank lines', () => {
    const raw = [
      'Kopfzeile',
      'Titel',
      '',
      'Text der ersten',
      '',
      '',
      '',
      'Kopfzeile',
      'seite geht weiter.',
    ].join('\n');
    expect(parseSourceText(raw).map((block) => block.text)).toEqual([
      'Titel',
      'Text der ersten seite geht weiter.',
    ]);
  });
});

describe('readMarkdown', () => {
  it('reads headings with their numbers and levels, paragraphs with their markup, and numbered lists', () => {
    const blocks = readMarkdown(
      [
        '# Bericht',
        '',
        'Ein **fetter** und ein *kursiver* [Text](https://example.org).',
        '',
        '## 1 Auftakt',
        '',
        '1. Erstens',
        '   weiter.',
        '2. Zweitens.',
        '',
        '15. März 2019 war es so.',
      ].join('\n'),
    );
    expect(blocks).toEqual([
      { kind: 'heading', number: null, text: 'Bericht', level: 1 },
      {
        kind: 'paragraph',
        text: 'Ein fetter und ein kursiver Text.',
        markup: 'Ein **fetter** und ein *kursiver* [Text](https://example.org).',
      },
      { kind: 'heading', number: '1', text: 'Auftakt', level: 2 },
      { kind: 'list-item', ordinal: 1, text: 'Erstens weiter.' },
      { kind: 'list-item', ordinal: 2, text: 'Zweitens.' },
      { kind: 'list-item', ordinal: 15, text: 'März 2019 war es so.' },
    ]);
    // A „list“ that does not start at 1 is the paragraph it was.
    expect(splitIntoSections(blocks).sections[1]?.blocks[1]).toEqual({
      kind: 'paragraph',
      text: '15. März 2019 war es so.',
    });
  });
});

describe('readHtml (Word via mammoth)', () => {
  it('reads headings with their levels, paragraphs, ordered lists and footnotes', () => {
    const html =
      '<p>Bericht &amp; Dokumentation</p><h1>1 Auftakt</h1><p>Ein Satz<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup>.</p>' +
      '<ol><li>Erstens.</li><li><p>Zweitens</p><p>und mehr.</p></li></ol><h2>1.1 Unterpunkt</h2><p>2.1 Ist keine Überschrift, denn 1.2 fehlt.</p>' +
      '<ol><li id="footnote-1"><p>Eine Fußnote. <a href="#footnote-ref-1">↑</a></p></li></ol>';
    expect(readHtml(html)).toEqual([
      { kind: 'heading', number: null, text: 'Bericht & Dokumentation' },
      { kind: 'heading', number: '1', text: 'Auftakt', level: 1 },
      { kind: 'paragraph', text: 'Ein Satz.', markup: 'Ein Satz[^1].' },
      { kind: 'list-item', ordinal: 1, text: 'Erstens.' },
      { kind: 'list-item', ordinal: 2, text: 'Zweitens und mehr.' },
      { kind: 'heading', number: '1.1', text: 'Unterpunkt', level: 2 },
      { kind: 'paragraph', text: '2.1 Ist keine Überschrift, denn 1.2 fehlt.' },
      { kind: 'footnote', label: '1', text: 'Eine Fußnote.' },
    ]);
  });
});

describe('headings in a PDF by their type size', () => {
  const line = (str: string, y: number, height = 10): PositionedText => ({
    str,
    x: 40,
    y,
    width: str.length * height * 0.5,
    height,
    font: 'f',
  });
  it('larger type is a heading, its level by size, numbered or not; body text stays text', () => {
    const text = pdfPagesToText([
      [
        line('Bericht vom Fachtag', 700, 18),
        line('Der Fachtag war gut besucht und lebhaft.', 660),
        line('Podium', 620, 14),
        line('Es diskutierten drei Gäste über Wohnen.', 590),
        line('Nachfragen', 560, 12),
        line('Eine Frage kam aus dem Saal.', 530),
      ],
    ]);
    const blocks = parseSourceText(text);
    expect(blocks.filter((block) => block.kind === 'heading')).toEqual([
      { kind: 'heading', number: null, text: 'Bericht vom Fachtag', level: 1 },
      { kind: 'heading', number: null, text: 'Podium', level: 2 },
      { kind: 'heading', number: null, text: 'Nachfragen', level: 3 },
    ]);
    const report = splitIntoSections(blocks);
    expect(report.title).toBe('Bericht vom Fachtag');
    expect(report.sections.map((section) => section.title)).toEqual(['Einleitung', 'Podium']);
  });
});

describe('pdfPagesToText', () => {
  const run = (str: string, x: number, y: number, height = 10, font = 'regular'): PositionedText => ({
    str,
    x,
    y,
    width: str.length * height * 0.5,
    height,
    font,
  });

  it('lays out lines, paragraph gaps, headings and pages as extracted text', () => {
    const page1 = [
      run('Kopf', 40, 400, 8),
      run('1 Auftakt', 40, 370, 11, 'bold'),
      run('Der Text', 40, 356),
      run('beginnt', 90, 356),
      run('hier und geht', 40, 344),
      run('Neuer Absatz.', 40, 320),
      run('1', 150, 30, 8),
    ];
    const page2 = [run('Kopf', 40, 400, 8), run('weiter.', 40, 370), run('2', 150, 30, 8)];
    expect(pdfPagesToText([page1, page2])).toBe(
      [
        'Kopf',
        '',
        // Set larger than the body: a heading, marked with its level for the source-text rules.
        '\u00011' + '1 Auftakt',
        '',
        'Der Text beginnt',
        'hier und geht',
        '',
        'Neuer Absatz.',
        '',
        '1',
        '\fKopf',
        '',
        'weiter.',
        '',
        '2',
      ].join('\n'),
    );
  });
});

describe('slugs', () => {
  it('transliterates the German way and cuts at a word, not on a small word', () => {
    expect(slugify('Begrüßung und Auftakt')).toBe('begruessung-und-auftakt');
    expect(slugify('Öffentliche Räume – Straße & Café')).toBe('oeffentliche-raeume-strasse-cafe');
    expect(slugify('Kommunales Management der Migrations- und Integrationsarbeit')).toBe(
      'kommunales-management-der-migrations',
    );
    expect(uniqueSlug('einleitung', new Set(['einleitung', 'einleitung-2']))).toBe('einleitung-3');
  });
});
