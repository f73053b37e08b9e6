import { describe, expect, it } from 'vitest';
import { findUnsafeMarkup, findUnsafeMarkupInFile } from '#src/lib/content/safe-content.ts';

describe('findUnsafeMarkup', () => {
  it('accepts the report’s own markup: paragraphs, ordered lists with ids, quotes and dashes', () => {
    const body = [
      'Die Stadt Düsseldorf hat – seit 2015 – „Welcome Points“ initiiert (v.a. Ehrenamtliche).',
      '',
      '<ol>',
      '  <li id="ergebnis-1">Die Situation in Düsseldorf ist zurzeit durch die Ver-Regelung gekennzeichnet.</li>',
      '</ol>',
      'Wer exportiert was? Ein Import-Thema: one line starting with words is fine.',
    ].join('\n');
    expect(findUnsafeMarkup('a.mdx', body)).toEqual([]);
  });

  it.each([
    ['<script>alert(1)</script>', 'Ein <script>-Element'],
    ['Text <SCRIPT src="x.js"></SCRIPT>', 'Ein <script>-Element'],
    ['<img src="x" onerror="alert(1)">', 'Ereignis-Attribute'],
    ['<a href="javascript:alert(1)">Link</a>', 'javascript: oder vbscript:'],
    ['[Link](javascript:alert(1))', 'javascript: oder vbscript:'],
    ['<iframe src="https://example.org"></iframe>', 'Eingebettete Elemente'],
    ['<style>body{display:none}</style>', 'Ein <style>-Element'],
    ['<div set:html={x} />', 'Eingeschleustes HTML'],
    ['import X from "../../src/x.astro"', 'import- und export-Anweisungen'],
    ['<a href="data:text/html,<b>x</b>">x</a>', 'data:text/html'],
  ])('rejects %s', (line, message) => {
    const found = findUnsafeMarkup('content/sections/x.mdx', `Erste Zeile.\n\n${line}`);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]).toMatchObject({ filePath: 'content/sections/x.mdx', line: 3 });
    expect(found.map((f) => f.message).join(' | ')).toContain(message);
  });
});

describe('findUnsafeMarkupInFile', () => {
  it('reports lines of the file and ignores the frontmatter', () => {
    const source = [
      '---',
      'title: "javascript: ist hier nur Text"',
      '---',
      '',
      'Absatz.',
      '<script>x()</script>',
    ].join('\n');
    expect(findUnsafeMarkupInFile('content/sections/x.mdx', source)).toEqual([
      {
        filePath: 'content/sections/x.mdx',
        line: 6,
        message: 'Ein <script>-Element ist im Inhalt nicht erlaubt. Bitte entfernen.',
      },
    ]);
  });
});
