import { loadGermanLexicon } from '#src/integrations/german-dictionary.ts';
import { beforeAll, describe, expect, test } from 'vitest';
import { compoundSplitter, extraSearchTerms, type GermanLexicon } from '#src/lib/search/compound-parts.ts';
import { excerptParts } from '#src/lib/search/excerpts.ts';
import { factsHolding, isHit, markHits, normalizeQuery } from '#src/lib/search/hits.ts';
import { searchFacets, sectionFilters } from '#src/lib/search/facets.ts';

describe('compound parts with a small dictionary', () => {
  // The words a dictionary would list (with the inflected forms the examples need).
  const words = new Set(
    'Integration Konzepte Jugend Befragung Projekt Leiter Stadt Teil Bewohner Eiter Begegnung Orten Sorten Richtung Richtungen ein einrichten einrichtet Nachbar Schaft wohnen Gebiet'.split(
      ' ',
    ),
  );
  const lexicon: GermanLexicon = {
    isWord: (word) => words.has(word),
    accepts: (word) => words.has(word),
    isSuffix: (ending) => ending === 'schaft',
  };
  const parts = compoundSplitter(lexicon);

  test('finds the tail after a linking s', () => {
    expect(parts('Integrationskonzepte')).toEqual(['konzepte']);
  });
  test('finds the tail after a plain first part and after a verb stem', () => {
    expect(parts('Jugendbefragung')).toEqual(['befragung']);
    expect(parts('Wohngebiet')).toEqual(['gebiet']);
  });
  test('does not take a tail whose first part is no word (Projektl|eiter)', () => {
    expect(parts('Projektleiter')).toEqual(['leiter']);
  });
  test('finds the middle part of a three-part compound', () => {
    expect(parts('Stadtbewohnerbefragung').sort()).toEqual(['befragung', 'bewohner']);
  });
  test('puts the linking s after -ung with the first part (Begegnungs|orten, not Begegnung|sorten)', () => {
    expect(parts('Begegnungsorten')).toEqual(['orten']);
  });
  test('takes no part of a noun made from a prefixed verb (Einrichtung from einrichten)', () => {
    expect(parts('Einrichtungen')).toEqual([]);
  });
  test('takes no suffix as a part, and no short tail', () => {
    expect(parts('Nachbarschaft')).toEqual([]);
    expect(parts('Jugend')).toEqual([]);
  });
});

describe('compound parts with the German Hunspell dictionary', () => {
  let parts: (word: string) => string[];
  beforeAll(async () => {
    parts = compoundSplitter(await loadGermanLexicon());
  });
  test.each([
    ['Integrationskonzepte', 'konzepte'],
    ['Jugendbefragung', 'befragung'],
    ['Diskriminierungserfahrungen', 'erfahrungen'],
    ['Fluchterfahrung', 'erfahrung'],
    ['Stadtbewohnerbefragung', 'bewohner'],
    // Words nspell did not know, as Hunspell builds them from their parts.
    ['Kindergarten', 'garten'],
    ['Medienlandschaft', 'landschaft'],
  ])('%s has the part %s', (word, part) => {
    expect(parts(word)).toContain(part);
  });
  test('takes no fragments that merely end a word', () => {
    expect(parts('Projektleiter')).not.toContain('eiter');
    expect(parts('Gesellschaft')).toEqual([]);
    expect(parts('Landschaft')).toEqual([]);
    expect(parts('Entwicklung')).toEqual([]);
    expect(parts('Einrichtungen')).toEqual([]);
    expect(parts('Innovationen')).toEqual([]);
  });
  test('adds parts and spellings for a text, but not words it already has', () => {
    const terms = extraSearchTerms('Die Jugendbefragung in Köln und die Befragung', parts);
    expect(terms).toContain('koeln');
    expect(terms).not.toContain('befragung');
    expect(extraSearchTerms('Die Jugendbefragung', parts)).toContain('befragung');
  });
});

test('the „…“ where Pagefind cut an excerpt stays with its word (no-break space)', () => {
  expect(excerptParts('… vor <mark>Köln</mark> und …')).toEqual([
    { text: '…\u00a0vor ', marked: false },
    { text: 'Köln', marked: true },
    { text: ' und\u00a0…', marked: false },
  ]);
});

describe('marking hits on the page', () => {
  test('matches words that contain a searched term, umlauts folded', () => {
    expect(isHit('Köln', ['koeln'])).toBe(true);
    expect(isHit('Kölner', ['Köln'])).toBe(true);
    expect(isHit('Integrationskonzepte', ['konzepte'])).toBe(true);
    expect(isHit('Befragung', ['Befragungen'])).toBe(true);
    expect(isHit('Hamburg', ['Köln'])).toBe(false);
    expect(isHit('a', ['a'])).toBe(false);
  });
});

describe('the facts a result found through them names', () => {
  test('are the topics, institutions and places that hold a searched word, the word marked', () => {
    const filters = {
      Referierende: ['Ralf Zimmer-Hegmann'],
      Thema: ['Befragungen und Methoden', 'Unterbringung und Wohnen'],
      'Art des Beitrags': ['Gastvortrag'],
      Ort: ['Dortmund'],
    };
    expect(factsHolding(filters, ['Umfrage', 'Befragung'])).toEqual([
      {
        name: 'Thema',
        parts: [
          { text: 'Befragungen', marked: true },
          { text: ' und Methoden', marked: false },
        ],
      },
    ]);
    expect(factsHolding(filters, ['Dortmund']).map(({ name }) => name)).toEqual(['Ort']);
    // Presenters and the kind stand in every result: not named again.
    expect(factsHolding(filters, ['Zimmer', 'Gastvortrag'])).toEqual([]);
  });
  test('marks whole words, keeping what lies between them', () => {
    expect(markHits('Kölner Flüchtlingsstudien (FGW), Köln', ['Köln'])).toEqual([
      { text: 'Kölner', marked: true },
      { text: ' Flüchtlingsstudien (FGW), ', marked: false },
      { text: 'Köln', marked: true },
    ]);
  });
});

test('normalizes typographic quotes and dashes in a query', () => {
  expect(normalizeQuery('„Welcome  Points“')).toBe('Welcome Points');
  expect(normalizeQuery('Zimmer–Hegmann')).toBe('Zimmer-Hegmann');
});

describe('excerpts', () => {
  test("only Pagefind's <mark> becomes a mark; markup-like text stays text", () => {
    expect(excerptParts('vor <img src=x onerror=alert(1)> &lt;b&gt; <mark>Köln</mark> nach')).toEqual([
      { text: 'vor <img src=x onerror=alert(1)> <b> ', marked: false },
      { text: 'Köln', marked: true },
      { text: ' nach', marked: false },
    ]);
  });
  test('a mark holds the word, not the punctuation Pagefind marks with it', () => {
    expect(
      excerptParts(
        'Migration <mark>untersucht,</mark> um <mark>„Kölner</mark> und <mark>Online-Befragung.</mark>',
      ),
    ).toEqual([
      { text: 'Migration ', marked: false },
      { text: 'untersucht', marked: true },
      { text: ', um „', marked: false },
      { text: 'Kölner', marked: true },
      { text: ' und ', marked: false },
      { text: 'Online-Befragung', marked: true },
      { text: '.', marked: false },
    ]);
  });
  test('an escaped mark in the text is not a hit', () => {
    expect(excerptParts('&lt;mark&gt;nein&lt;/mark&gt;')).toEqual([
      { text: '<mark>nein</mark>', marked: false },
    ]);
  });
});

test("a section's filters: presenters, topics, kind, institutions and the municipalities of its places", () => {
  const duesseldorf = { name: 'Düsseldorf', kind: 'kommune' };
  const filters = sectionFilters({
    numberedTitle: '2.1 Titel',
    kindLabel: 'Projektvortrag',
    presenters: [{ displayName: 'Dr. Anne van Rießen' }],
    topics: [{ title: 'Ehrenamt und Hauptamt' }],
    institutions: [{ name: 'Institut für Soziologie und Sozialpsychologie', shortName: 'ISS' }],
    places: [
      duesseldorf,
      { name: 'Düsseldorf, Stadtbezirk 5', kind: 'stadtbezirk', partOf: duesseldorf },
      { name: 'Nordrhein-Westfalen', kind: 'land' },
    ],
  });
  expect(filters).toEqual({
    Referierende: ['Dr. Anne van Rießen'],
    Thema: ['Ehrenamt und Hauptamt'],
    'Art des Beitrags': ['Projektvortrag'],
    Institution: ['Institut für Soziologie und Sozialpsychologie (ISS)'],
    Ort: ['Düsseldorf'],
  });
});

test('the search page facets count the sections per value, sorted the German way, and omit nothing', () => {
  const koeln = { name: 'Köln', kind: 'kommune' };
  const section = (
    title: string,
    kind: string,
    presenters: string[],
    places: { name: string; kind: string }[],
  ) => ({
    numberedTitle: title,
    kindLabel: kind,
    presenters: presenters.map((displayName) => ({
      displayName,
      sortName: displayName.split(' ').slice(-1).join(''),
    })),
    topics: [],
    institutions: [],
    places,
  });
  const facets = searchFacets([
    section('1 A', 'Projektvortrag', ['Dr. Zoe Ziegler', 'Prof. Änne Adler'], [koeln]),
    section(
      '2 B',
      'Gastvortrag',
      ['Prof. Änne Adler'],
      [{ name: 'Düsseldorf, Stadtbezirk 5', kind: 'stadtbezirk' }],
    ),
    section('3 C', 'Projektvortrag', [], [koeln, koeln]),
  ]);
  expect(facets.map((facet) => facet.param)).toEqual(['person', 'thema', 'art', 'institution', 'ort']);
  const byName = Object.fromEntries(facets.map((facet) => [facet.name, facet.values]));
  // People sort by surname, not by title („Prof.“ after „Dr.“); „Adler“ before „Ziegler“; a person on
  // two sections counts two; the value stays the name as shown.
  expect(byName['Referierende']).toEqual([
    { value: 'Prof. Änne Adler', count: 2 },
    { value: 'Dr. Zoe Ziegler', count: 1 },
  ]);
  expect(byName['Art des Beitrags']).toEqual([
    { value: 'Gastvortrag', count: 1 },
    { value: 'Projektvortrag', count: 2 },
  ]);
  // A section naming Köln twice counts once; a district without its municipality is not a place filter.
  expect(byName['Ort']).toEqual([{ value: 'Köln', count: 2 }]);
  expect(byName['Thema']).toEqual([]);
});

test('the search page facets sort numbers by value and umlauts with their letters, as the register does', () => {
  const names = ['Stadtbezirk 10', 'Zentrum', 'Stadtbezirk 5', 'Ämter', 'Bezirk 10', 'Bezirk 5'];
  const [, , , institutions] = searchFacets([
    {
      numberedTitle: '1 A',
      kindLabel: 'Projektvortrag',
      presenters: [],
      topics: [],
      institutions: names.map((name) => ({ name })),
      places: [],
    },
  ]);
  expect(institutions?.values.map((facet) => facet.value)).toEqual([
    'Ämter',
    'Bezirk 5',
    'Bezirk 10',
    'Stadtbezirk 5',
    'Stadtbezirk 10',
    'Zentrum',
  ]);
});
