import { describe, expect, test } from 'vitest';
import {
  buildVocabulary,
  completeWord,
  correctQuery,
  correctWord,
  foldVocabulary,
} from '#src/lib/search/typos.ts';

describe('the vocabulary and corrections', () => {
  const words = buildVocabulary([
    'Farrokhzad Farrokhzad Integration Integration Integration Quartier Quartiere',
    'Schwarzenberg Hauprich Leßke Köln Deinet Deinert',
  ]);
  const vocabulary = foldVocabulary(words);

  test('holds each word of five or more letters once, the most frequent first', () => {
    expect(words.slice(0, 2)).toEqual(['Integration', 'Farrokhzad']);
    expect(words).not.toContain('Köln');
    expect(new Set(words).size).toBe(words.length);
  });
  test('is folded once: case, umlauts and ß, beside the words as spelt', () => {
    expect(vocabulary.words).toBe(words);
    expect(vocabulary.folded[vocabulary.words.indexOf('Leßke')]).toBe('lesske');
  });
  test('corrects a misspelled name to the nearest word, as the vocabulary spells it', () => {
    expect(correctWord('Farrokhsad', vocabulary)).toBe('Farrokhzad');
    // Two neighbouring letters swapped are one edit.
    expect(correctWord('Dienet', vocabulary)).toBe('Deinet');
    expect(correctWord('Lessek', vocabulary)).toBe('Leßke');
    expect(correctWord('Hauprisch', vocabulary)).toBe('Hauprich');
    expect(correctWord('Schwarzenburg', vocabulary)).toBe('Schwarzenberg');
    expect(correctWord('Lesske', vocabulary)).toBeUndefined();
  });
  test('leaves known words and the beginnings of known words alone', () => {
    expect(correctWord('Integration', vocabulary)).toBeUndefined();
    expect(correctWord('Quart', vocabulary)).toBeUndefined();
  });
  test('does not correct short words, nor words too far from every known one', () => {
    expect(correctWord('Kolm', vocabulary)).toBeUndefined();
    expect(correctWord('Bielefeld', vocabulary)).toBeUndefined();
  });
  test('corrects each word of a query, or says nothing changed', () => {
    expect(correctQuery('Farrokhsad Integration', vocabulary)).toBe('Farrokhzad Integration');
    expect(correctQuery('Integration', vocabulary)).toBeUndefined();
  });
});

describe('completing the word being typed', () => {
  const vocabulary = foldVocabulary(
    buildVocabulary(['Farrokhzad Jugendbefragung Jugendbefragung Befragung Farbenlehre Köln Kölner']),
  );
  test('completes a misspelled beginning to the word it begins, one edit away', () => {
    expect(completeWord('Farok', vocabulary)).toBe('Farrokhzad');
    expect(completeWord('Jugentbef', vocabulary)).toBe('Jugendbefragung');
    expect(completeWord('Koelnr', vocabulary)).toBe('Kölner');
  });
  test('leaves a beginning the search finds alone, and short beginnings', () => {
    expect(completeWord('Jugendbef', vocabulary)).toBeUndefined();
    expect(completeWord('Far', vocabulary)).toBeUndefined();
    expect(completeWord('Xylophon', vocabulary)).toBeUndefined();
  });
  test('completes only the last word, and only while it is being typed', () => {
    expect(correctQuery('Köln Farok', vocabulary, true)).toBe('Köln Farrokhzad');
    expect(correctQuery('Köln Farok', vocabulary, false)).toBeUndefined();
    expect(correctQuery('Farok Köln', vocabulary, true)).toBeUndefined();
  });
});
