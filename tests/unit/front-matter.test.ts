/**
 * One front-matter splitter (`src/lib/content/front-matter.ts`) for the safety check, the editor's YAML
 * style, the importer and the tools: the YAML between two `---` lines, the text below, and the line
 * on which the text begins, with `\n` or `\r\n` line ends alike.
 */
import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '#src/lib/content/front-matter.ts';
import { findUnsafeMarkupInFile } from '#src/lib/content/safe-content.ts';
import { splitMdx } from '#src/lib/editor/yaml-style.ts';

const section = ['---', 'title: Raumerleben', 'order: 5', '---', '', 'Erster Absatz.', ''];

describe('splitFrontMatter', () => {
  it('gives the YAML, the text below it and the line the text begins on', () => {
    expect(splitFrontMatter(section.join('\n'))).toEqual({
      frontMatter: 'title: Raumerleben\norder: 5',
      body: '\nErster Absatz.\n',
      bodyLine: 5,
    });
  });

  it('reads Windows line ends the same way', () => {
    expect(splitFrontMatter(section.join('\r\n'))).toEqual({
      frontMatter: 'title: Raumerleben\r\norder: 5',
      body: '\r\nErster Absatz.\r\n',
      bodyLine: 5,
    });
  });

  it('takes the first closing line, ends at the end of a file without text, and finds none where none begins', () => {
    expect(splitFrontMatter('---\na: 1\n---\nText\n---\nmehr\n')?.body).toBe('Text\n---\nmehr\n');
    expect(splitFrontMatter('---\na: 1\n---')).toEqual({ frontMatter: 'a: 1', body: '', bodyLine: 4 });
    expect(splitFrontMatter('Text\n---\na: 1\n---\n')).toBeUndefined();
    expect(splitFrontMatter('---\na: 1\n----\n')).toBeUndefined();
  });

  it('is how the safety check counts lines and the editor reads a section, with either line end', () => {
    const unsafe = [...section.slice(0, -1), '<script>x()</script>', ''];
    for (const end of ['\n', '\r\n']) {
      expect(findUnsafeMarkupInFile('x.mdx', unsafe.join(end)).map((found) => found.line)).toEqual([7]);
    }
    expect(splitMdx(section.join('\n'))).toEqual({
      data: { title: 'Raumerleben', order: 5 },
      body: 'Erster Absatz.',
    });
  });
});
