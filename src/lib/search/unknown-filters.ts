/**
 * Filter values an address asks for that no section has (`?person=Max+Mustermann`, from an old or
 * mistyped link): found, named and taken out, so that the search page can say so. A module of its
 * own, so that the always-loaded search starter does not carry it. Pure, unit-tested.
 */
import { SEARCH_FILTERS, type SearchFilterName } from '#src/lib/search/filters.ts';
import type { SearchState } from '#src/lib/search/url.ts';

/** A filter value an address asks for that no section has. */
export interface UnknownFilter {
  name: SearchFilterName;
  value: string;
}

/**
 * The state without the filter values no section has (`?person=Max+Mustermann`), and those values,
 * so that the page can name them and take them out of the address.
 */
export function withoutUnknownFilters(
  state: SearchState,
  known: (name: SearchFilterName, value: string) => boolean,
): { state: SearchState; unknown: UnknownFilter[] } {
  const unknown: UnknownFilter[] = [];
  const filters: SearchState['filters'] = {};
  for (const { name } of SEARCH_FILTERS) {
    const values = state.filters[name] ?? [];
    const kept = values.filter((value) => known(name, value));
    for (const value of values) if (!kept.includes(value)) unknown.push({ name, value });
    if (kept.length > 0) filters[name] = kept;
  }
  return { state: { ...state, filters }, unknown };
}

/** The notice for unknown filter values: „Unbekannter Filter entfernt: Referierende „Max Mustermann“.“ */
export function unknownFiltersNotice(unknown: readonly UnknownFilter[]): string {
  const list = unknown.map(({ name, value }) => `${name} „${value}“`).join(', ');
  return `${unknown.length === 1 ? 'Unbekannter Filter' : 'Unbekannte Filter'} entfernt: ${list}.`;
}
