/**
 * The search's state in a URL, so a search can be shared and reloads to the same results:
 * `/suche/?q=Köln&person=Felix+Leßke&thema=Ehrenamt`. Pure, unit-tested.
 */
import { SEARCH_FILTERS, type SearchFilterName } from '#src/lib/search/filters.ts';
import { EXACT_PARAM, HIGHLIGHT_PARAM } from '#src/lib/search/params.ts';

/** A query and the chosen values of each filter; `exact` when the reader declined a spelling correction. */
export interface SearchState {
  query: string;
  filters: Partial<Record<SearchFilterName, string[]>>;
  exact?: true;
}

/** Reads the state from a URL's search part (`?q=…&person=…`); unknown parameters are ignored. */
export function parseSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const { name, param } of SEARCH_FILTERS) {
    const values = [...new Set(params.getAll(param).filter((value) => value.trim() !== ''))];
    if (values.length > 0) filters[name] = values;
  }
  const query = params.get('q')?.trim() ?? '';
  return query !== '' && params.has(EXACT_PARAM) ? { query, filters, exact: true } : { query, filters };
}

/** Writes the state as a URL search part, `?q=…&person=…`, or '' when there is nothing to keep. */
export function formatSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query.trim() !== '') params.set('q', state.query.trim());
  for (const { name, param } of SEARCH_FILTERS) {
    for (const value of state.filters[name] ?? []) params.append(param, value);
  }
  if (state.exact && state.query.trim() !== '') params.set(EXACT_PARAM, '1');
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** Whether the state asks for anything: a query or at least one filter value. */
export function hasCriteria(state: SearchState): boolean {
  return state.query.trim() !== '' || Object.values(state.filters).some((values) => values.length > 0);
}

/**
 * A result's URL that asks the target page to mark the searched words, keeping the anchor:
 * `/a/#ergebnis-1` with `Köln` → `/a/?markiert=K%C3%B6ln#ergebnis-1`.
 */
export function withHighlight(url: string, query: string): string {
  const words = query.trim();
  if (words === '') return url;
  const hashAt = url.indexOf('#');
  const path = hashAt === -1 ? url : url.slice(0, hashAt);
  const hash = hashAt === -1 ? '' : url.slice(hashAt);
  const separator = path.includes('?') ? '&' : '?';
  return `${path}${separator}${HIGHLIGHT_PARAM}=${encodeURIComponent(words)}${hash}`;
}

/** The searched words a page was asked to mark, from its URL's search part. */
export function highlightTerms(search: string): string[] {
  const value = new URLSearchParams(search).get(HIGHLIGHT_PARAM) ?? '';
  return value.match(/[\p{L}\p{N}]+/gu) ?? [];
}
