/** The German helpers (src/lib/german/): sorting, joining, folding, words and edit distance. */
import { describe, expect, it } from 'vitest';
import { editDistance } from '~/lib/german/edit-distance';
import { foldGerman, transliteration } from '~/lib/german/folding';
import { joinGerman } from '~/lib/german/joining';
import { compareGerman, sortGerman } from '~/lib/german/sorting';
import { wordsOf } from '~/lib/german/words';

describe('sorting', () => {
  it('puts umlauts with their letters and numbers by their value', () => {
    expect(
      ['Zürich', 'Ölberg', 'Mülheim', 'Essen', 'Stadtbezirk 10', 'Stadtbezirk 5'].sort(compareGerman),
    ).toEqual(['Essen', 'Mülheim', 'Ölberg', 'Stadtbezirk 5', 'Stadtbezirk 10', 'Zürich']);
    // `localeCompare` without `numeric` puts „Bezirk 10“ first: the facets did so before.
    expect(compareGerman('Bezirk 5', 'Bezirk 10')).toBeLessThan(0);
  });

  it('sorts people by family name the German way', () => {
    const names = [
      'Rießen, Anne van',
      'Leßke, Felix',
      'Deinet, Ulrich',
      'Zimmer-Hegmann, Ralf',
      'Farrokhzad, Schahrzad',
    ];
    expect(names.sort(compareGerman)).toEqual([
      'Deinet, Ulrich',
      'Farrokhzad, Schahrzad',
      'Leßke, Felix',
      'Rießen, Anne van',
      'Zimmer-Hegmann, Ralf',
    ]);
  });

  it('sorts items by a key into a new array, equal keys in their order', () => {
    const places = [
      { id: 'b', name: 'Köln' },
      { id: 'a', name: 'Aachen' },
      { id: 'c', name: 'köln' },
    ];
    const sorted = sortGerman(places, (place) => place.name);
    expect(sorted.map((place) => place.id)).toEqual(['a', 'b', 'c']);
    expect(places.map((place) => place.id)).toEqual(['b', 'a', 'c']);
  });
});

describe('joining', () => {
  it('joins lists with „und“', () => {
    expect(joinGerman([])).toBe('');
    expect(joinGerman(['A'])).toBe('A');
    expect(joinGerman(['A', 'B'])).toBe('A und B');
    expect(joinGerman(['A', 'B', 'C'])).toBe('A, B und C');
  });
});

describe('folding', () => {
  it('folds case, umlauts and ß to their written-out forms', () => {
    expect(foldGerman('Köln')).toBe('koeln');
    expect(foldGerman('Leßke')).toBe('lesske');
    expect(foldGerman('Düsseldorf')).toBe('duesseldorf');
    expect(foldGerman('Ärger')).toBe('aerger');
  });

  it('gives a transliteration only for words that need one', () => {
    expect(transliteration('Mülheim')).toBe('muelheim');
    expect(transliteration('Hamburg')).toBeUndefined();
  });
});

describe('words', () => {
  it('splits at everything but letters and digits, keeping case', () => {
    expect(wordsOf('Welcome-Points der Mitarbeiter_innen (2018): „Köln“!')).toEqual([
      'Welcome',
      'Points',
      'der',
      'Mitarbeiter',
      'innen',
      '2018',
      'Köln',
    ]);
    expect(wordsOf(' – ')).toEqual([]);
  });
});

describe('edit distance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('raumerleben', 'raumerleben')).toBe(0);
    expect(editDistance('raumerlebn', 'raumerleben')).toBe(1);
    expect(editDistance('hauprich', 'hauprisch')).toBe(1);
    expect(editDistance('scholten', 'schulten')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('counts two swapped neighbouring letters as one edit', () => {
    expect(editDistance('deinet', 'dienet')).toBe(1);
    expect(editDistance('jepkens', 'jepknes')).toBe(1);
    expect(editDistance('quartier', 'quatrier')).toBe(1);
    expect(editDistance('ruamerlbeen', 'raumerleben')).toBe(2);
  });

  it('compares the strings as given: callers fold them first', () => {
    expect(editDistance('Köln', 'koeln')).toBe(3);
    expect(editDistance(foldGerman('Köln'), foldGerman('koeln'))).toBe(0);
    expect(editDistance(foldGerman('Düsseldorf'), foldGerman('Dusseldorf'))).toBe(1);
  });

  it('stops early past the limit', () => {
    expect(editDistance('integration', 'nadelmethode', 2)).toBe(3);
    expect(editDistance('ab', 'abcdef', 1)).toBe(2);
    expect(editDistance('deinet', 'dienet', 1)).toBe(1);
  });
});
