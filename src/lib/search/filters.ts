/**
 * The search's filters: names, address parameters and the empty-search hint. No dependencies, so the
 * header's always-loaded script can use them.
 */
/**
 * The facets readers can narrow a search by, in the order the search page shows them. `Tagung` only
 * where the site has more than one conference (see `searchFacets`).
 */
export const SEARCH_FILTERS = [
  { name: 'Tagung', param: 'tagung' },
  { name: 'Referierende', param: 'person' },
  { name: 'Thema', param: 'thema' },
  { name: 'Art des Beitrags', param: 'art' },
  { name: 'Institution', param: 'institution' },
  { name: 'Ort', param: 'ort' },
] as const;

export type SearchFilterName = (typeof SEARCH_FILTERS)[number]['name'];

/** What the search page says while it has neither a query nor a filter. */
export const EMPTY_SEARCH_HINT =
  'Suchbegriff eingeben oder Filter wählen, zum Beispiel alle Beiträge einer Person.';
