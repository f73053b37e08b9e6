/**
 * The search page: reads query and filters from the URL, shows results and filter counts, and
 * keeps the URL in step (replaceState) so a reload or a shared link gives the same results.
 *
 * The filters and their totals are rendered at build time, so the page needs the index only once
 * there is something to search for: a `?q=` or filter in the URL, or the reader's first input.
 * What the reader typed or ticked before this script ran is kept and searched, not overwritten.
 */
import { EMPTY_SEARCH_HINT, SEARCH_FILTERS, type SearchFilterName } from '~/lib/search/filters';
import { formatSearchState, hasCriteria, parseSearchState, type SearchState } from '~/lib/search/url';
import { loadPagefind, runSearch } from '~/scripts/search/engine';
import { countText, renderHits } from '~/scripts/search/render';

function stateFromForm(input: HTMLInputElement, filters: HTMLElement): SearchState {
  const state: SearchState = { query: input.value, filters: {} };
  for (const { name } of SEARCH_FILTERS) {
    const checked = [
      ...filters.querySelectorAll<HTMLInputElement>(`[data-search-filter="${name}"] input:checked`),
    ].map((box) => box.value);
    if (checked.length > 0) state.filters[name] = checked;
  }
  return state;
}

function filterName(box: HTMLInputElement): SearchFilterName | undefined {
  return box.closest<HTMLElement>('[data-search-filter]')?.dataset['searchFilter'] as
    SearchFilterName | undefined;
}

export function attachSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-page-form]');
  const input = document.querySelector<HTMLInputElement>('[data-search-page-input]');
  const filters = document.querySelector<HTMLElement>('[data-search-filters]');
  const status = document.querySelector<HTMLElement>('[data-search-page-status]');
  const list = document.querySelector<HTMLElement>('[data-search-page-results]');
  const reset = document.querySelector<HTMLButtonElement>('[data-search-reset]');
  if (!form || !input || !filters || !status || !list || !reset) return;
  const boxes = [...filters.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const panel = filters.querySelector<HTMLDetailsElement>('[data-search-filters-panel]');
  const chosen = filters.querySelector<HTMLElement>('[data-search-chosen]');
  // On phones the filters are folded: say how many are chosen, and unfold when some are.
  const showChosen = () => {
    const count = boxes.filter((box) => box.checked).length;
    if (chosen) chosen.textContent = count === 0 ? '' : `(${count} gewählt)`;
    if (panel && count > 0) panel.open = true;
  };

  // The URL's state, unless the reader has already typed or ticked something.
  const initial = parseSearchState(window.location.search);
  const early = stateFromForm(input, filters);
  if (!hasCriteria(early)) {
    input.value = initial.query;
    for (const box of boxes) {
      const name = filterName(box);
      box.checked = name !== undefined && (initial.filters[name]?.includes(box.value) ?? false);
    }
  }

  const showCounts = (counts: Record<string, Record<string, number>> | undefined) => {
    for (const box of boxes) {
      const count = counts
        ? (counts[filterName(box) ?? '']?.[box.value] ?? 0)
        : Number(box.dataset['total'] ?? 0);
      const label = box.closest('label')?.querySelector<HTMLElement>('[data-search-count]');
      if (label) label.textContent = `(${count})`;
    }
  };

  let latest = 0;
  let loaded = false;
  const update = async (pushUrl: boolean) => {
    const state = stateFromForm(input, filters);
    showChosen();
    if (pushUrl)
      window.history.replaceState(null, '', `${window.location.pathname}${formatSearchState(state)}`);
    const ticket = ++latest;
    if (!hasCriteria(state)) {
      showCounts(undefined);
      list.replaceChildren();
      status.textContent = EMPTY_SEARCH_HINT;
      return;
    }
    if (!loaded) status.textContent = 'Suche wird geladen …';
    let outcome;
    try {
      outcome = await runSearch(state, 50, true);
      loaded = true;
    } catch {
      if (ticket === latest) status.textContent = 'Die Suche ist gerade nicht verfügbar.';
      return;
    }
    if (ticket !== latest) return;
    showCounts(outcome.filterCounts);
    renderHits(list, outcome.hits);
    status.textContent = countText(outcome.hits.length, state.query);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void update(true);
  });
  input.addEventListener('input', () => void update(true));
  filters.addEventListener('change', () => void update(true));
  reset.addEventListener('click', () => {
    for (const box of boxes) box.checked = false;
    void update(true);
  });
  // A reader who goes to the field is about to search: start loading the index now.
  input.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true });

  const current = stateFromForm(input, filters);
  void update(formatSearchState(current) !== formatSearchState(initial));
}
