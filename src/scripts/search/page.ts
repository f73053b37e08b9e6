/**
 * The search page: reads query and filters from the URL, shows results and filter counts, and
 * keeps the URL in step (replaceState) so a reload or a shared link gives the same results.
 */
import { SEARCH_FILTERS, type SearchFilterName } from '../../lib/search-terms';
import { formatSearchState, hasCriteria, parseSearchState, type SearchState } from '../../lib/search-url';
import { allFilterCounts, runSearch } from './engine';
import { countText, renderHits } from './render';

function stateFromForm(input: HTMLInputElement, filters: HTMLElement): SearchState {
  const state: SearchState = { query: input.value, filters: {} };
  for (const { name } of SEARCH_FILTERS) {
    const checked = [...filters.querySelectorAll<HTMLInputElement>(`[data-search-filter="${name}"] input:checked`)].map((box) => box.value);
    if (checked.length > 0) state.filters[name] = checked;
  }
  return state;
}

export async function attachSearchPage(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('[data-search-page-form]');
  const input = document.querySelector<HTMLInputElement>('[data-search-page-input]');
  const filters = document.querySelector<HTMLElement>('[data-search-filters]');
  const status = document.querySelector<HTMLElement>('[data-search-page-status]');
  const list = document.querySelector<HTMLElement>('[data-search-page-results]');
  const reset = document.querySelector<HTMLButtonElement>('[data-search-reset]');
  if (!form || !input || !filters || !status || !list || !reset) return;

  const initial = parseSearchState(window.location.search);
  input.value = initial.query;
  status.textContent = 'Suche wird geladen …';
  let totals: Record<string, Record<string, number>>;
  try {
    totals = await allFilterCounts();
  } catch {
    status.textContent = 'Die Suche ist gerade nicht verfügbar.';
    return;
  }

  // One checkbox per filter value, with the number of sections that have it.
  for (const { name, param } of SEARCH_FILTERS) {
    const values = filters.querySelector<HTMLElement>(`[data-search-filter="${name}"] [data-search-filter-values]`);
    if (!values) continue;
    const entries = Object.keys(totals[name] ?? {}).sort((a, b) => a.localeCompare(b, 'de'));
    values.replaceChildren(
      ...entries.map((value, index) => {
        const item = document.createElement('li');
        const label = document.createElement('label');
        label.className = 'flex items-start gap-2';
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.name = param;
        box.value = value;
        box.id = `filter-${param}-${index}`;
        box.className = 'mt-1';
        box.checked = initial.filters[name as SearchFilterName]?.includes(value) ?? false;
        const text = document.createElement('span');
        text.textContent = `${value} `;
        const count = document.createElement('span');
        count.className = 'text-muted';
        count.dataset['searchCount'] = '';
        text.append(count);
        label.append(box, text);
        item.append(label);
        return item;
      }),
    );
  }

  let latest = 0;
  const update = async (pushUrl: boolean) => {
    const state = stateFromForm(input, filters);
    if (pushUrl) window.history.replaceState(null, '', `${window.location.pathname}${formatSearchState(state)}`);
    const ticket = ++latest;
    const outcome = await runSearch(state, 50);
    if (ticket !== latest) return;
    const counts = hasCriteria(state) ? outcome.filterCounts : totals;
    for (const box of filters.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      const name = box.closest<HTMLElement>('[data-search-filter]')?.dataset['searchFilter'] ?? '';
      const count = counts[name]?.[box.value] ?? 0;
      const label = box.closest('label')?.querySelector<HTMLElement>('[data-search-count]');
      if (label) label.textContent = `(${count})`;
    }
    renderHits(list, outcome.hits);
    status.textContent = hasCriteria(state)
      ? countText(outcome.hits.length, state.query)
      : 'Suchbegriff eingeben oder Filter wählen, zum Beispiel alle Beiträge einer Person.';
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void update(true);
  });
  input.addEventListener('input', () => void update(true));
  filters.addEventListener('change', () => void update(true));
  reset.addEventListener('click', () => {
    for (const box of filters.querySelectorAll<HTMLInputElement>('input:checked')) box.checked = false;
    void update(true);
  });
  await update(false);
}
