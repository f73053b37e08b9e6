/**
 * The downloads read each section's text with the pages' own compiler: the same paragraphs and
 * numbered items as the pages (tests/unit/passages.test.ts holds their passages together), emphasis
 * and links kept, and markup they cannot show refused.
 */
import { describe, expect, it } from 'vitest';
import { inlineText, readDocument } from '#src/lib/content/document.ts';
import { markdownTable } from '../support/markup.ts';

describe('readDocument', () => {
  it('reads paragraphs, lists with their ids, emphasis, links and entities', () => {
    const body =
      'Ein *kursiver* und **fetter** Satz mit [Link](https://example.org/a) &amp; Mitarbeiter_innen.\n\n<ol>\n  <li id="ergebnis-1">Erstens.</li>\n  <li>Zweitens.</li>\n</ol>\n\n- lose\n- Liste\n';
    const blocks = readDocument(body, 'x.mdx');
    expect(blocks.map((block) => block.type)).toEqual(['paragraph', 'list', 'list']);
    const [paragraph, numbered, bullets] = blocks;
    expect(paragraph?.type === 'paragraph' && paragraph.content.map((run) => run.type)).toEqual([
      'text',
      'emphasis',
      'text',
      'strong',
      'text',
      'link',
      'text',
    ]);
    expect(paragraph?.type === 'paragraph' && inlineText(paragraph.content)).toBe(
      'Ein kursiver und fetter Satz mit Link & Mitarbeiter_innen.',
    );
    expect(numbered).toEqual({
      type: 'list',
      ordered: true,
      items: [
        { id: 'ergebnis-1', content: [{ type: 'text', value: 'Erstens.' }] },
        { id: undefined, content: [{ type: 'text', value: 'Zweitens.' }] },
      ],
    });
    expect(bullets?.type === 'list' && bullets.ordered).toBe(false);
  });

  it('reads what an imported report keeps: code, tables, nested lists, footnotes, struck text', () => {
    const blocks = readDocument(
      [
        'Ein ~~alter~~ Satz mit `code`.[^1]',
        '',
        '```',
        'cy.visit("/")',
        '```',
        '',
        ...markdownTable,
        '',
        '- oben',
        '  - unten',
        '',
        '[^1]: Die Fußnote.',
      ].join('\n'),
      'x.mdx',
    );
    expect(inlineText(blocks[0]?.type === 'paragraph' ? blocks[0].content : [])).toBe(
      'Ein alter Satz mit code.1',
    );
    expect(blocks[1]).toEqual({ type: 'code', text: 'cy.visit("/")' });
    expect(blocks[2]).toEqual({
      type: 'table',
      rows: [
        [[{ type: 'text', value: 'A' }], [{ type: 'text', value: 'B' }]],
        [[{ type: 'text', value: '1' }], [{ type: 'text', value: '2' }]],
      ],
    });
    const list = blocks[3];
    expect(list?.type === 'list' ? list.items[0]?.lists?.[0] : undefined).toMatchObject({ type: 'list' });
    expect(JSON.stringify(blocks.slice(4))).toContain('Die Fußnote.');
  });

  it('stops at markup the downloads cannot show, naming file and line', () => {
    expect(() =>
      readDocument(
        'Absatz.\n\n<figure><figcaption>x</figcaption></figure>\n',
        'content/sections/x/01-a.mdx',
        20,
      ),
    ).toThrow(
      /^content\/sections\/x\/01-a\.mdx:22: <figure> kann im PDF, EPUB und Markdown zum Herunterladen nicht erscheinen/u,
    );
  });

  it('gives top-level paragraphs their passage ids as the pages do, not those in quotes or JSX', () => {
    const body = 'Eins.\n\n> Zitat.\n\n<p>Geschrieben.</p>\n\n<p id="ergebnis-4">Mit Id.</p>\n\nZwei.\n';
    const ids = readDocument(body, 'x.mdx').map((block) =>
      block.type === 'quote'
        ? block.blocks.map((inner) => inner.type === 'paragraph' && inner.id)
        : block.type === 'paragraph' && block.id,
    );
    expect(ids).toEqual(['absatz-1', [undefined], undefined, 'ergebnis-4', 'absatz-2']);
  });
});
