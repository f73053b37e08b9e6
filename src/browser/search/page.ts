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
import { addFacetCounts, countFacets } from '#src/lib/search/facet-counts.ts';
import { formatSearchState, hasCriteria, parseSearchState, type SearchState } from '#src/lib/search/url.ts';
import { unknownFiltersNotice, withoutUnknownFilters } from '#src/lib/search/unknown-filters.ts';
import { SEARCH_FILTERS } from '#src/lib/search/filters.ts';
import { loadPagefind, runSearch, type SearchOutcome } from '#src/browser/search/engine.ts';
import { attachFilterPanel, type FilterPanel } from '#src/browser/search/filter-panel.ts';
import { prefetchSearch } from '#src/browser/search/prefetch.ts';
import {
  onHistoryMove,
  stateFromAddress,
  writeAddress,
  type HistoryMode,
} from '#src/browser/search/page-state.ts';
import { outcomeText, renderOutcome, type SearchHref, type Shown } from '#src/browser/search/render.ts';
import { hideAnswers, loadAnswers, showAnswers } from '#src/browser/search/answers.ts';

const MAX_RESULTS = 50;

/** The page's elements the search works with. */
interface SearchPage {
  form: HTMLFormElement;
  input: HTMLInputElement;
  filtersRoot: HTMLElement;
  list: HTMLElement;
  status: HTMLElement;
  panel: FilterPanel;
}

/**
 * The counts beside the filters: how many of the listed results fall under each value. The query's
 * own results are counted by Pagefind (all of them, listed or not); the sections added to them
 * (synonyms', a correction's, or those standing in when the query found nothing) share none of them.
 */
function shownCounts(outcome: SearchOutcome, shown: Shown) {
  return addFacetCounts(outcome.filterCounts, countFacets(shown.more));
}

/**
 * A search run for the page's current state; `isCurrent` turns false once a newer one has started.
 * False when the search could not be loaded.
 */
async function showSearch(
  page: SearchPage,
  state: SearchState,
  href: SearchHref,
  isCurrent: () => boolean,
): Promise<boolean> {
  const { list, status, panel } = page;
  // Names, topics and titles at once, while no filter narrows the search and the reader has not
  // asked for the query as typed; the results join below.
  const filtered = Object.values(state.filters).some((values) => values.length > 0);
  if (state.query.trim() !== '' && !filtered && !state.exact) showAnswers(list, state.query, isCurrent);
  else hideAnswers(list);
  let outcome: SearchOutcome;
  try {
    outcome = await runSearch(state, { limit: MAX_RESULTS, countFacets: panel.names });
  } catch {
    if (isCurrent()) status.textContent = 'Die Suche ist gerade nicht verfügbar.';
    return false;
  }
  if (!isCurrent()) return true;
  panel.showCounts(outcome.filterCounts);
  const shown = await renderOutcome(list, outcome, href, isCurrent);
  if (!isCurrent()) return true;
  panel.showCounts(shownCounts(outcome, shown));
  status.textContent = outcomeText(outcome, shown, state.query);
  return true;
}

/**
 * The state to start with: the address's, unless the reader has already typed or ticked something.
 * Filter values no section has (an old or mistyped link) are named in a notice and taken out of the
 * address.
 */
function startState(page: SearchPage, current: () => SearchState, show: (state: SearchState) => void) {
  const params = new Map<string, string>(SEARCH_FILTERS.map(({ name, param }) => [name, param]));
  const checked = withoutUnknownFilters(stateFromAddress(), (name, value) =>
    [...page.filtersRoot.querySelectorAll<HTMLInputElement>(`input[name="${params.get(name) ?? ''}"]`)].some(
      (box) => box.value === value,
    ),
  );
  const notice = document.querySelector<HTMLElement>('[data-search-notice]');
  if (checked.unknown.length > 0 && notice) {
    notice.textContent = unknownFiltersNotice(checked.unknown);
    notice.hidden = false;
    writeAddress(checked.state, 'replace');
  }
  const early = current();
  if (!hasCriteria(early)) show(checked.state);
  else page.panel.choose(early.filters);
  return checked.state;
}

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
  const page: SearchPage = { form, input, filtersRoot, list, status, panel };
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
  // A note's link („stattdessen … suchen“, „Meinten Sie …“) searches here, as a new history entry.
  const searchHref: SearchHref = (query, asTyped) =>
    `${window.location.pathname}${formatSearchState({ query, filters: panel.chosen(), ...(asTyped ? { exact: true as const } : {}) })}`;

  let latest = 0;
  let loaded = false;
  async function update(mode: HistoryMode): Promise<void> {
    const state = current();
    writeAddress(state, mode);
    const ticket = ++latest;
    if (!hasCriteria(state)) {
      panel.showCounts(undefined);
      page.list.replaceChildren();
      page.status.textContent = EMPTY_SEARCH_HINT;
      return;
    }
    if (!loaded) page.status.textContent = 'Suche wird geladen …';
    if (await showSearch(page, state, searchHref, () => ticket === latest)) loaded = true;
  }

  attachEvents(page, { update, show, resetExact: () => (exact = false) });
  const initial = startState(page, current, show);
  if (hasCriteria(current())) prefetchSearch(true);
  void update(formatSearchState(current()) !== formatSearchState(initial) ? 'replace' : 'none');
}

/** The reader's moves: typing, submitting, a note's link, Back and Forward, and going to the field. */
function attachEvents(
  { form, input, list }: SearchPage,
  actions: {
    update: (mode: HistoryMode) => Promise<void>;
    show: (state: SearchState) => void;
    resetExact: () => void;
  },
) {
  list.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-search-correction]');
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    actions.show(parseSearchState(new URL(link.href, window.location.href).search));
    void actions.update('push');
    input.focus();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void actions.update('replace');
  });
  input.addEventListener('input', () => {
    actions.resetExact();
    void actions.update('replace');
  });
  onHistoryMove((state) => {
    actions.show(state);
    void actions.update('none');
  });
  // A reader who goes to the field is about to search: start loading the index now.
  const warm = () => {
    prefetchSearch(true);
    void loadAnswers();
    void loadPagefind().catch(() => undefined);
  };
  input.addEventListener('focus', warm, { once: true });
  form.addEventListener('pointerover', warm, { once: true });
}
