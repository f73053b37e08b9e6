/**
 * The search page's state in the address and the browser history: each change of a filter is an
 * entry of its own (Back undoes it), while typing replaces the current entry, so Back does not
 * step through every letter.
 */
import { formatSearchState, parseSearchState, type SearchState } from '#src/lib/search/url.ts';

/** How a change reaches the history: a new entry, the current one rewritten, or not at all. */
export type HistoryMode = 'push' | 'replace' | 'none';

/** The state the address asks for. */
export function stateFromAddress(): SearchState {
  return parseSearchState(window.location.search);
}

/** Writes the state into the address, as a new history entry or in place; nothing when it is unchanged. */
export function writeAddress(state: SearchState, mode: HistoryMode): void {
  const search = formatSearchState(state);
  if (mode === 'none' || search === window.location.search) return;
  const url = `${window.location.pathname}${search}`;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}

/** Calls back with the address's state when the reader goes Back or Forward. */
export function onHistoryMove(callback: (state: SearchState) => void): void {
  window.addEventListener('popstate', () => callback(stateFromAddress()));
}
