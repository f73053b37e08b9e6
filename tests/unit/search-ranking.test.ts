import { describe, expect, test } from 'vitest';
import {
  holdsWord,
  mergeExpansions,
  rankBySynonymMatch,
  rankPartly,
  synonymMatch,
} from '#src/lib/search/ranking.ts';
import { addFacetCounts, countFacets } from '#src/lib/search/facet-counts.ts';

const found = (...ids: string[]) => ids.map((id) => ({ id }));

describe('merging the searches of a query’s synonyms', () => {
  test('leaves out the query’s own results and takes each section once, naming every synonym that found it', () => {
    const merged = mergeExpansions(new Set(['eigen']), [
      { synonym: 'Untersuchung', results: found('a', 'eigen', 'b') },
      { synonym: 'Befragung', results: found('c', 'a') },
    ]);
    expect(merged.map(({ result, synonyms }) => [result.id, synonyms])).toEqual([
      ['a', ['Untersuchung', 'Befragung']],
      ['c', ['Befragung']],
      ['b', ['Untersuchung']],
    ]);
  });

  test('lets the searches take turns, so every synonym’s best sections come early', () => {
    const merged = mergeExpansions(new Set(), [
      { synonym: 'Erhebung', results: found('e1', 'e2', 'e3', 'e4') },
      { synonym: 'Studie', results: found('s1', 's2') },
    ]);
    expect(merged.slice(0, 4).map(({ result }) => result.id)).toEqual(['e1', 's1', 'e2', 's2']);
  });

  test('finds nothing when every section is among the query’s own', () => {
    expect(mergeExpansions(new Set(['a']), [{ synonym: 'Studie', results: found('a') }])).toEqual([]);
  });
});

describe('where a section holds a synonym', () => {
  test('a word holds it inflected or as a part of a compound, not as another word of its root', () => {
    expect(holdsWord('Die Befragungen zeigen', 'Befragung')).toBe(true);
    expect(holdsWord('Eine Jugendbefragung in Köln', 'Befragung')).toBe(true);
    expect(holdsWord('Die Befragungsergebnisse liegen vor', 'Befragung')).toBe(true);
    expect(holdsWord('Die Studie untersucht die Einstellung', 'Untersuchung')).toBe(false);
    expect(holdsWord('Hier wurden 300 Menschen befragt', 'Befragung')).toBe(false);
    // Another conference's words: a day-care centre, a playground.
    expect(holdsWord('Neue Kindergärten und ein Kindergarten im Viertel', 'Kindergarten')).toBe(true);
    expect(holdsWord('Der Spielplatzbau ist geplant', 'Spielplatz')).toBe(false);
    expect(holdsWord('Der neue Abenteuerspielplatz', 'Spielplatz')).toBe(true);
  });

  test('a title beats the text, the text beats the facts, and a word of the same root comes last', () => {
    const section = (title: string, text: string, facts = '') => ({ title, text, facts });
    expect(synonymMatch(['Befragung'], section('2.2 Online-Befragung', 'An der Befragung …'))).toBe('title');
    expect(synonymMatch(['Befragung'], section('4 Schlusskommentar', 'die Ergebnisse der Befragung'))).toBe(
      'text',
    );
    expect(
      synonymMatch(
        ['Befragung'],
        section('3.3 Quartier', 'Ralf Zimmer-Hegmann ist …', 'Befragungen und Methoden'),
      ),
    ).toBe('facts');
    expect(synonymMatch(['Untersuchung'], section('2 INTESO', 'Es untersucht in den Bezirken …'))).toBe(
      'related',
    );
    // The strongest of the synonyms that found a section counts.
    expect(synonymMatch(['Untersuchung', 'Befragung'], section('Online-Befragung', 'untersucht'))).toBe(
      'title',
    );
  });

  test('ranks by that, keeping the order found within each kind', () => {
    const ranked = rankBySynonymMatch([
      { id: 'verb', match: 'related' as const },
      { id: 'text-1', match: 'text' as const },
      { id: 'facts', match: 'facts' as const },
      { id: 'title', match: 'title' as const },
      { id: 'text-2', match: 'text' as const },
    ]);
    expect(ranked.map(({ id }) => id)).toEqual(['title', 'text-1', 'text-2', 'facts', 'verb']);
  });
});

describe('several words that never meet', () => {
  test('the sections with the most words come first, higher in the words’ searches first, each with what it lacks', () => {
    const { ranked, missing } = rankPartly([
      { word: 'Nadelmethode', searches: [found('raum')] },
      { word: 'Farrokhzad', searches: [found('management', 'raum'), found('quartier')] },
      { word: 'Xylophon', searches: [[]] },
    ]);
    expect(ranked.map(({ result, lacking }) => [result.id, lacking])).toEqual([['raum', ['Xylophon']]]);
    expect(missing).toEqual(['Xylophon']);
  });

  test('where no two words meet, the sections holding any one, best placed first', () => {
    const { ranked } = rankPartly([
      { word: 'Nadelmethode', searches: [found('raum')] },
      { word: 'Farrokhzad', searches: [found('management', 'zweite')] },
    ]);
    expect(ranked.map(({ result, lacking }) => [result.id, lacking])).toEqual([
      ['raum', ['Farrokhzad']],
      ['management', ['Nadelmethode']],
      ['zweite', ['Nadelmethode']],
    ]);
  });

  test('a word found through a synonym counts at its best rank', () => {
    const { ranked } = rankPartly([
      { word: 'Umfrage', searches: [found('b', 'a'), found('a')] },
      { word: 'Helfer', searches: [found('a', 'b')] },
    ]);
    expect(ranked.map(({ result }) => result.id)).toEqual(['a', 'b']);
  });
});

describe('the counts beside the filters', () => {
  test('count how many results have each value, a value once per result', () => {
    expect(
      countFacets([
        { filters: { Referierende: ['Katja Jepkens', 'Kai Hauprich'], Thema: ['Ehrenamt'] } },
        { filters: { Referierende: ['Katja Jepkens', 'Katja Jepkens'], Thema: [] } },
      ]),
    ).toEqual({ Referierende: { 'Katja Jepkens': 2, 'Kai Hauprich': 1 }, Thema: { Ehrenamt: 1 } });
  });

  test('add up the counts of results that share no section', () => {
    expect(
      addFacetCounts({ Ort: { Köln: 1, Hamburg: 0 } }, { Ort: { Köln: 2 }, Thema: { Wohnen: 1 } }),
    ).toEqual({
      Ort: { Köln: 3, Hamburg: 0 },
      Thema: { Wohnen: 1 },
    });
  });
});
