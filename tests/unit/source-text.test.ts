import { describe, expect, it } from 'vitest';
import { splitSentences } from '#src/lib/german/sentences.ts';
import { joinLines, parseSourceText } from '#src/lib/import/source-text.ts';

describe('joinLines', () => {
  it('removes a line-end hyphen when the next line starts lower case', () => {
    expect(joinLines(['zu Ge-', 'lingensbedingungen der'])).toBe('zu Gelingensbedingungen der');
  });
  it('keeps a line-end hyphen when the next line does not start lower case', () => {
    expect(joinLines(['der INTESO-Online-', 'Befragung wieder'])).toBe('der INTESO-Online-Befragung wieder');
    expect(joinLines(['die (Nicht-', ')Nutzung von'])).toBe('die (Nicht-)Nutzung von');
  });
  it('joins other lines with one space and folds white space', () => {
    expect(joinLines(['gefördert.  Zudem ', '  besteht '])).toBe('gefördert. Zudem besteht');
  });
});

describe('parseSourceText', () => {
  const raw = [
    ' Tagung „Titel“ ',
    '',
    'Erster Absatz mit Welco-',
    '',
    '',
    '',
    'me Points und mehr. ',
    '',
    '2.1 INTESO – Forschungsdesign ',
    '',
    'Er fasst zusammen: ',
    '',
    '1. Die Situation ist ',
    'neu. ',
    '',
    '\tTagung „Titel“',
    '\t2.1 INTESO – Forschungsdesign',
  ].join('\n');
  const blocks = parseSourceText(raw);

  it('closes page-break gaps inside a hyphenated word', () => {
    expect(blocks[1]).toEqual({ kind: 'paragraph', text: 'Erster Absatz mit Welcome Points und mehr.' });
  });
  it('recognises the title, numbered headings and numbered list items', () => {
    expect(blocks[0]).toEqual({ kind: 'heading', number: null, text: 'Tagung „Titel“' });
    expect(blocks[2]).toEqual({ kind: 'heading', number: '2.1', text: 'INTESO – Forschungsdesign' });
    expect(blocks[4]).toEqual({ kind: 'list-item', ordinal: 1, text: 'Die Situation ist neu.' });
  });
  it('drops the bookmark list at the end', () => {
    expect(blocks).toHaveLength(5);
  });
});

describe('splitSentences', () => {
  it('splits at sentence ends but not after abbreviations', () => {
    expect(
      splitSentences(
        'Prof. Dr. Ulrich Deinet begrüßte. Dazu u.a. ca. 300 Menschen. Wer übernimmt was? Er sagt: Ja.',
      ),
    ).toEqual([
      'Prof. Dr. Ulrich Deinet begrüßte.',
      'Dazu u.a. ca. 300 Menschen.',
      'Wer übernimmt was?',
      'Er sagt:',
      'Ja.',
    ]);
  });
});
