/**
 * The search page: reads query and filters from the address, shows results and filter counts, and
 * keeps the address in step, so a reload or a shared link gives the same results. The pieces:
 * page-state.ts (address and history), filter-panel.ts (filters and chips), render.ts (results).
 *
 * The filters and their totals are rendered at build time, so the page needs the index only once
 * there is something to search for: a `?q=` or filter in the address, or the reader's first input.
 * What the reader typed or ticked before this script ran is kept and searched, not overwritten.
 */
import { EMPTY_SEARCH_HINT } from '#src/lib/search/filters.ts';
import { formatSearchState, hasCriteria, parseSearchState, type SearchState } from '#src/lib/search/url.ts';
import { unknownFiltersNotice, withoutUnknownFilters } from '#src/lib/search/unknown-filters.ts';
import { SEARCH_FILTERS } from '#src/lib/search/filters.ts';
import { loadPagefind, runSearch } from '#src/browser/search/engine.ts';
import { attachFilterPanel } from '#src/browser/search/filter-panel.ts';
import { prefetchSearch } from '#src/browser/search/prefetch.ts';
import {
  onHistoryMove,
  stateFromAddress,
  writeAddress,
  type HistoryMode,
} from '#src/browser/search/page-state.ts';
import { outcomeText, renderOutcome, type SearchHref } from '#src/browser/search/render.ts';
import { hideAnswers, loadAnswers, showAnswers } from '#src/browser/search/answers.ts';

const MAX_RESULTS = 50;

export function attachSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-page-form]');
  const input = document.querySelector<HTMLInputElement>('[data-search-page-input]');
  const filtersRoot = document.querySelector<HTMLElement>('[data-search-filters]');
  const chipsRoot = document.querySelector<HTMLElement>('[data-search-chips]');
  const status = document.querySelector<HTMLElement>('[data-search-page-status]');
  const list = document.querySelector<HTMLElement>('[data-search-page-results]');
  if (!form || !input || !filtersRoot || !chipsRoot || !status || !list) return;

  // `exact`: the reader asked for the query as typed („stattdessen … suchen“); typing again ends it.
  let exact = false;
  const panel = attachFilterPanel(filtersRoot, chipsRoot, () => void update('push'));
  const current = (): SearchState => ({
    query: input.value,
    filters: panel.chosen(),
    ...(exact && input.value.trim() !== '' ? { exact: true as const } : {}),
  });
  const show = (state: SearchState) => {
    input.value = state.query;
    exact = state.exact ?? false;
    panel.choose(state.filters);
  };

  let latest = 0;
  let loaded = false;
  async function update(mode: HistoryMode): Promise<void> {
    const state = current();
    writeAddress(state, mode);
    const ticket = ++latest;
    if (!hasCriteria(state)) {
      panel.showCounts(undefined);
      list?.replaceChildren();
      if (status) status.textContent = EMPTY_SEARCH_HINT;
      return;
    }
    // Names, topics and titles at once, while no filter narrows the search and the reader has not
    // asked for the query as typed; the results join below.
    const filtered = Object.values(state.filters).some((values) => values.length > 0);
    if (list && state.query.trim() !== '' && !filtered && !state.exact)
      showAnswers(list, state.query, () => ticket === latest);
    else if (list) hideAnswers(list);
    if (!loaded && status) status.textContent = 'Suche wird geladen …';
    let outcome;
    try {
      outcome = await runSearch(state, MAX_RESULTS, true);
      loaded = true;
    } catch {
      if (ticket === latest && status) status.textContent = 'Die Suche ist gerade nicht verfügbar.';
      return;
    }
    if (ticket !== latest || !list || !status) return;
    panel.showCounts(outcome.filterCounts);
    const shown = await renderOutcome(list, outcome, searchHref, () => ticket === latest);
    if (ticket !== latest) return;
    // When a correction or synonyms stand in for a query that found nothing, the counts are theirs.
    const standIn = outcome.total === 0 ? (shown.synonyms ?? shown.correction) : undefined;
    if (standIn) panel.showCounts(standIn.filterCounts);
    // Sections holding some of the words: the filters show their totals rather than none.
    else if (shown.partial && outcome.total === 0) panel.showCounts(undefined);
    status.textContent = outcomeText(outcome, shown, state.query);
  }

  // A note's link („stattdessen … suchen“, „Meinten Sie …“) searches here, as a new history entry.
  const searchHref: SearchHref = (query, asTyped) =>
    `${window.location.pathname}${formatSearchState({ query, filters: panel.chosen(), ...(asTyped ? { exact: true as const } : {}) })}`;
  list.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-search-correction]');
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    show(parseSearchState(new URL(link.href, window.location.href).search));
    void update('push');
    input.focus();
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void update('replace');
  });
  input.addEventListener('input', () => {
    exact = false;
    void update('replace');
  });
  onHistoryMove((state) => {
    show(state);
    void update('none');
  });
  // A reader who goes to the field is about to search: start loading the index now.
  const warm = () => {
    prefetchSearch(true);
    void loadAnswers();
    void loadPagefind().catch(() => undefined);
  };
  input.addEventListener('focus', warm, { once: true });
  form.addEventListener('pointerover', warm, { once: true });

  // The address's state, unless the reader has already typed or ticked something. Filter values no
  // section has (an old or mistyped link) are named in a notice and taken out of the address.
  const params = new Map<string, string>(SEARCH_FILTERS.map(({ name, param }) => [name, param]));
  const checked = withoutUnknownFilters(stateFromAddress(), (name, value) =>
    [...filtersRoot.querySelectorAll<HTMLInputElement>(`input[name="${params.get(name) ?? ''}"]`)].some(
      (box) => box.value === value,
    ),
  );
  const initial = checked.state;
  const notice = document.querySelector<HTMLElement>('[data-search-notice]');
  if (checked.unknown.length > 0 && notice) {
    notice.textContent = unknownFiltersNotice(checked.unknown);
    notice.hidden = false;
    writeAddress(initial, 'replace');
  }
  const early = current();
  if (!hasCriteria(early)) show(initial);
  else panel.choose(early.filters);
  if (hasCriteria(current())) prefetchSearch(true);
  void update(formatSearchState(current()) !== formatSearchState(initial) ? 'replace' : 'none');
}
