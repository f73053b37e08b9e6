/**
 * The downloads read each section's text with the pages' own compiler: the same paragraphs and
 * numbered items as the pages, emphasis and links kept, and markup they cannot show refused.
 */
import { describe, expect, it } from 'vitest';
import { findAnchoredBlocks } from '~/lib/content/paragraphs';
import { inlineText, readDocument, type Block } from '~/lib/content/document';
import { readSections } from '../support/content';

/** The text of every paragraph and list item, in reading order. */
function blockTexts(blocks: readonly Block[]): string[] {
  return blocks.flatMap((block) => {
    if (block.type === 'list') return block.items.map((item) => inlineText(item.content));
    if (block.type === 'quote') return blockTexts(block.blocks);
    return [inlineText(block.content)];
  });
}

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

  it('stops at markup the downloads cannot show, naming file and line', () => {
    expect(() =>
      readDocument('Absatz.\n\n<table><tr><td>x</td></tr></table>\n', 'content/sections/x/01-a.mdx', 20),
    ).toThrow(/^content\/sections\/x\/01-a\.mdx:22: <table> cannot be shown/u);
  });

  it('finds the same paragraphs and numbered items as the pages in every section', () => {
    const sections = readSections();
    expect(sections.length).toBeGreaterThan(10);
    for (const section of sections) {
      const blocks = readDocument(section.body ?? '', section.filePath);
      expect(blockTexts(blocks), section.filePath).toEqual(
        findAnchoredBlocks(section.body ?? '').map((block) => block.text),
      );
    }
  });
});
