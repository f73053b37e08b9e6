/**
 * Paragraph anchors: the source-side finder (src/lib/paragraphs.ts) and the hast plugin that puts the
 * ids on the pages must agree on every section, or topic passages and register links would miss.
 */
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { paragraphAnchors } from '~/lib/content/paragraph-anchors';
import {
  anchorLabel,
  findAnchoredBlocks,
  findAnchors,
  findExplicitIds,
  findParagraphs,
  paragraphAnchor,
} from '~/lib/content/paragraphs';
import { readSections } from '../support/content';

/** Compiles MDX with the plugin and returns the paragraph ids with the paragraphs' text, in order. */
async function compiledParagraphs(body: string): Promise<{ anchor: string; text: string }[]> {
  const { code } = await mdxToJs(body, { jsxImportSource: 'astro', hastPlugins: [paragraphAnchors()] });
  // A paragraph's children: its text, then its passage link.
  return [...code.matchAll(/id: "(absatz-\d+)",\s*children: \[?\s*("(?:[^"\\]|\\.)*")/gu)].map((match) => ({
    anchor: match[1] ?? '',
    text: (JSON.parse(match[2] ?? '""') as string).replace(/\s+/gu, ' '),
  }));
}

describe('findParagraphs', () => {
  it('numbers top-level paragraphs and skips JSX blocks, even with blank lines inside', () => {
    const body =
      'Erster Absatz,\nüber zwei Zeilen.\n\n<ol>\n  <li id="ergebnis-1">Eins</li>\n\n  <li id="ergebnis-2">Zwei</li>\n</ol>\n\nZweiter Absatz.\n\n## Überschrift\n\n- Liste\n';
    expect(findParagraphs(body)).toEqual([
      { anchor: 'absatz-1', text: 'Erster Absatz, über zwei Zeilen.' },
      { anchor: 'absatz-2', text: 'Zweiter Absatz.' },
    ]);
    expect(findExplicitIds(body)).toEqual(['ergebnis-1', 'ergebnis-2']);
    expect(findAnchors(body)).toEqual(['absatz-1', 'absatz-2', 'ergebnis-1', 'ergebnis-2']);
    expect(findAnchoredBlocks(body)).toEqual([
      { anchor: 'absatz-1', text: 'Erster Absatz, über zwei Zeilen.' },
      { anchor: 'ergebnis-1', text: 'Eins' },
      { anchor: 'ergebnis-2', text: 'Zwei' },
      { anchor: 'absatz-2', text: 'Zweiter Absatz.' },
    ]);
  });

  it('names anchors for readers', () => {
    expect(paragraphAnchor(3)).toBe('absatz-3');
    expect(anchorLabel('absatz-3')).toBe('Absatz 3');
    expect(anchorLabel('ergebnis-1')).toBe('Ergebnis 1');
  });

  it('ends every counted paragraph and list item with an empty link to its own anchor', async () => {
    const body =
      'Erster Absatz.\n\n<ol>\n  <li id="ergebnis-1">Eins</li>\n  <li id="x">Zwei</li>\n</ol>\n\nZweiter.\n';
    const { code } = await mdxToJs(body, { jsxImportSource: 'astro', hastPlugins: [paragraphAnchors()] });
    const links = [
      ...code.matchAll(/href: "([^"]+)",\s*className: "passage-link",\s*"aria-label": "([^"]+)"/gu),
    ];
    expect(links.map((match) => [match[1], match[2]])).toEqual([
      ['#absatz-1', 'Link zu Absatz 1 kopieren'],
      ['#ergebnis-1', 'Link zu Ergebnis 1 kopieren'],
      ['#absatz-2', 'Link zu Absatz 2 kopieren'],
    ]);
  });

  it('agrees with the compiled pages on every section of the report', async () => {
    const sections = readSections();
    expect(sections.length).toBeGreaterThan(10);
    for (const section of sections) {
      const compiled = await compiledParagraphs(section.body ?? '');
      const found = findParagraphs(section.body ?? '');
      expect(compiled.length, section.filePath).toBeGreaterThan(0);
      expect(compiled, section.filePath).toEqual(found);
    }
  });

  it('puts no id on paragraphs inside JSX', async () => {
    const { code } = await mdxToJs('<div>\n\nInnen\n\n</div>\n\nAußen', {
      jsxImportSource: 'astro',
      hastPlugins: [paragraphAnchors()],
    });
    expect([...code.matchAll(/id: "([^"]+)"/gu)].map((match) => match[1])).toEqual(['absatz-1']);
  });
});
