import { describe, expect, test } from 'vitest';
import {
  formatSearchState,
  hasCriteria,
  highlightTerms,
  parseSearchState,
  withHighlight,
} from '#src/lib/search/url.ts';
import { unknownFiltersNotice, withoutUnknownFilters } from '#src/lib/search/unknown-filters.ts';

test('a search state round-trips through the URL', () => {
  const state = {
    query: 'Köln',
    filters: { Referierende: ['Felix Leßke', 'Vera Schwarzenberg'], Ort: ['Hamburg'] },
  };
  const search = formatSearchState(state);
  expect(search).toBe('?q=K%C3%B6ln&person=Felix+Le%C3%9Fke&person=Vera+Schwarzenberg&ort=Hamburg');
  expect(parseSearchState(search)).toEqual(state);
});

test('a query taken as typed, without a spelling correction, keeps that in the URL', () => {
  const state = { query: 'Farrokhsad', filters: {}, exact: true as const };
  expect(formatSearchState(state)).toBe('?q=Farrokhsad&genau=1');
  expect(parseSearchState('?q=Farrokhsad&genau=1')).toEqual(state);
  expect(parseSearchState('?genau=1')).toEqual({ query: '', filters: {} });
});

test('unknown and empty parameters are ignored; no criteria means an empty search part', () => {
  const state = parseSearchState('?q=%20&thema=&foo=bar');
  expect(state).toEqual({ query: '', filters: {} });
  expect(hasCriteria(state)).toBe(false);
  expect(formatSearchState(state)).toBe('');
  expect(hasCriteria(parseSearchState('?art=Gastvortrag'))).toBe(true);
});

test('result links ask the target page to mark the words and keep the anchor', () => {
  expect(withHighlight('/tagung-2018/forschungsdesign/#ergebnis-3', 'Netzwerken')).toBe(
    '/tagung-2018/forschungsdesign/?markiert=Netzwerken#ergebnis-3',
  );
  expect(withHighlight('/a/', 'Köln Hamburg')).toBe('/a/?markiert=K%C3%B6ln%20Hamburg');
  expect(withHighlight('/a/', '  ')).toBe('/a/');
  expect(highlightTerms('?markiert=K%C3%B6ln%20Hamburg')).toEqual(['Köln', 'Hamburg']);
  expect(highlightTerms('?q=x')).toEqual([]);
});

describe('unknown filter values', () => {
  test('are taken out of the state and named', () => {
    const state = parseSearchState('?q=Köln&person=Max+Mustermann&person=Felix+Leßke&thema=Ehrenamt');
    const { state: kept, unknown } = withoutUnknownFilters(
      state,
      (name, value) => value === 'Felix Leßke' || (name === 'Thema' && value === 'Ehrenamt'),
    );
    expect(formatSearchState(kept)).toBe('?q=K%C3%B6ln&person=Felix+Le%C3%9Fke&thema=Ehrenamt');
    expect(unknown).toEqual([{ name: 'Referierende', value: 'Max Mustermann' }]);
    expect(unknownFiltersNotice(unknown)).toBe('Unbekannter Filter entfernt: Referierende „Max Mustermann“.');
    expect(unknownFiltersNotice([...unknown, { name: 'Ort', value: 'Atlantis' }])).toBe(
      'Unbekannte Filter entfernt: Referierende „Max Mustermann“, Ort „Atlantis“.',
    );
  });
});
