import { describe, expect, test } from 'vitest';
import { buildVocabulary, correctQuery, correctWord, editDistance } from '~/lib/search/typos';

describe('edit distance that knows German spelling', () => {
  test('counts insertions, deletions and substitutions', () => {
    expect(editDistance('Hauprich', 'Hauprisch')).toBe(1);
    expect(editDistance('Farrokhzad', 'Farrokhsad')).toBe(1);
    expect(editDistance('Quartier', 'Quatrier')).toBe(1);
    expect(editDistance('Scholten', 'Schulten')).toBe(1);
  });
  test('counts two swapped neighbouring letters as one edit', () => {
    expect(editDistance('Deinet', 'Dienet')).toBe(1);
    expect(editDistance('Jepkens', 'Jepknes')).toBe(1);
  });
  test('folds case, umlauts and ß', () => {
    expect(editDistance('Leßke', 'lesske')).toBe(0);
    expect(editDistance('Düsseldorf', 'Duesseldorf')).toBe(0);
    expect(editDistance('Düsseldorf', 'Dusseldorf')).toBe(1);
  });
  test('stops early past the limit', () => {
    expect(editDistance('Integration', 'Nadelmethode', 2)).toBe(3);
  });
});

describe('the vocabulary and corrections', () => {
  const vocabulary = buildVocabulary([
    'Farrokhzad Farrokhzad Integration Integration Integration Quartier Quartiere',
    'Schwarzenberg Hauprich Leßke Köln Deinet Deinert',
  ]);

  test('holds each word of five or more letters once, the most frequent first', () => {
    expect(vocabulary.slice(0, 2)).toEqual(['Integration', 'Farrokhzad']);
    expect(vocabulary).not.toContain('Köln');
    expect(new Set(vocabulary).size).toBe(vocabulary.length);
  });
  test('corrects a misspelled name to the nearest word', () => {
    expect(correctWord('Farrokhsad', vocabulary)).toBe('Farrokhzad');
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
