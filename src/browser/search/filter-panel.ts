/**
 * The search page's filter panel: groups that fold under their names with the number of values that
 * have hits, values without hits hidden (unless chosen), long groups folded behind „weitere anzeigen“,
 * and the chosen values as removable chips above the results with „Alle Filter entfernen“.
 */
import { FOLDED_AFTER } from '#src/lib/search/facets.ts';
import { SEARCH_FILTERS, type SearchFilterName } from '#src/lib/search/filters.ts';
import type { FacetCounts } from '#src/lib/search/facet-counts.ts';
import type { SearchState } from '#src/lib/search/url.ts';
import { element } from '#src/browser/search/render.ts';

export interface FilterPanel {
  /** The filters the page offers (`Tagung` only where there are several conferences). */
  names: readonly SearchFilterName[];
  /** The chosen values of each filter. */
  chosen: () => SearchState['filters'];
  /** Ticks exactly the given values. */
  choose: (filters: SearchState['filters']) => void;
  /** Shows the counts of a search (or the totals written at build time when there is none). */
  showCounts: (counts: FacetCounts | undefined) => void;
}

const CHIP_CLASS = [
  'inline-flex items-center gap-1.5 rounded-full border border-line bg-surface',
  'py-0.5 pr-2 pl-3 text-sm text-ink hover:border-accent',
].join(' ');

/** One filter group of the panel, as the page renders it (src/pages/suche.astro). */
interface Group {
  name: SearchFilterName;
  root: HTMLDetailsElement;
  boxes: HTMLInputElement[];
  more: HTMLButtonElement | null;
  count: HTMLElement | null;
  expanded: boolean;
}

/** The panel's filter groups, in the order of `SEARCH_FILTERS`. */
function readGroups(root: HTMLElement): Group[] {
  return SEARCH_FILTERS.flatMap(({ name }) => {
    const group = root.querySelector<HTMLDetailsElement>(`[data-search-filter="${name}"]`);
    if (!group) return [];
    return [
      {
        name,
        root: group,
        boxes: [...group.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')],
        more: group.querySelector<HTMLButtonElement>('[data-search-more-values]'),
        count: group.querySelector<HTMLElement>('[data-search-facet-count]'),
        expanded: false,
      },
    ];
  });
}

/**
 * Shows one group's counts: its values with hits (the first few unless unfolded) and every chosen one;
 * beside its name, how many values have hits; the group itself only while it has any.
 */
function layOutGroup(group: Group, countOf: (box: HTMLInputElement) => number): void {
  let withHits = 0;
  for (const box of group.boxes) {
    const count = countOf(box);
    const label = box.closest('label')?.querySelector<HTMLElement>('[data-search-count]');
    if (label) label.textContent = `(${count})`;
    const item = box.closest<HTMLElement>('[data-search-value]');
    if (count > 0) withHits += 1;
    if (item) item.hidden = !box.checked && (count === 0 || (!group.expanded && withHits > FOLDED_AFTER));
  }
  const chosen = group.boxes.filter((box) => box.checked).length;
  if (group.count) group.count.textContent = chosen > 0 ? `${chosen} gewählt` : String(withHits);
  // A group with no value that has hits says nothing useful: it goes, unless a value in it is chosen.
  group.root.hidden = withHits === 0 && chosen === 0;
  if (group.more) {
    group.more.hidden = withHits <= FOLDED_AFTER;
    group.more.textContent = group.expanded
      ? 'weniger anzeigen'
      : `weitere anzeigen (${withHits - FOLDED_AFTER})`;
    group.more.setAttribute('aria-expanded', String(group.expanded));
  }
}

/** A chip for a chosen value: a button that removes it. */
function chip(group: Group, box: HTMLInputElement, removed: () => void): HTMLLIElement {
  const item = element('li', '');
  const button = element('button', CHIP_CLASS);
  button.type = 'button';
  button.setAttribute('aria-label', `Filter ${group.name}: ${box.value} entfernen`);
  button.append(element('span', '', box.value), element('span', 'text-muted', '×'));
  button.addEventListener('click', () => {
    box.checked = false;
    removed();
  });
  item.append(button);
  return item;
}

/**
 * Attaches the panel. `changed` is called after the reader ticks or removes a filter (never after
 * `choose`), so the page can search and add a history entry.
 */
export function attachFilterPanel(
  root: HTMLElement,
  chipsRoot: HTMLElement,
  changed: () => void,
): FilterPanel {
  const outer = root.querySelector<HTMLDetailsElement>('[data-search-filters-panel]');
  const chosenLabel = root.querySelector<HTMLElement>('[data-search-chosen]');
  const chipList = chipsRoot.querySelector<HTMLElement>('[data-search-chip-list]');
  const reset = chipsRoot.querySelector<HTMLButtonElement>('[data-search-reset]');
  const groups = readGroups(root);
  let counts: FacetCounts | undefined;

  const layOut = () => {
    for (const group of groups)
      layOutGroup(group, (box) =>
        counts ? (counts[group.name]?.[box.value] ?? 0) : Number(box.dataset['total'] ?? 0),
      );
  };
  const update = () => {
    layOut();
    const chosen = groups.flatMap((group) =>
      group.boxes.filter((box) => box.checked).map((box) => ({ group, box })),
    );
    chipsRoot.hidden = chosen.length === 0;
    if (chosenLabel) chosenLabel.textContent = chosen.length === 0 ? '' : `(${chosen.length} gewählt)`;
    // On phones the filters are folded: unfold them when some are chosen.
    if (outer && chosen.length > 0) outer.open = true;
    chipList?.replaceChildren(...chosen.map(({ group, box }) => chip(group, box, userChange)));
  };
  const userChange = () => {
    update();
    changed();
  };

  root.addEventListener('change', userChange);
  for (const group of groups) {
    group.more?.addEventListener('click', () => {
      group.expanded = !group.expanded;
      layOut();
    });
  }
  reset?.addEventListener('click', () => {
    for (const group of groups) for (const box of group.boxes) box.checked = false;
    userChange();
  });

  return {
    names: groups.map(({ name }) => name),
    chosen: () => {
      const filters: SearchState['filters'] = {};
      for (const group of groups) {
        const values = group.boxes.filter((box) => box.checked).map((box) => box.value);
        if (values.length > 0) filters[group.name] = values;
      }
      return filters;
    },
    choose: (filters) => {
      for (const group of groups)
        for (const box of group.boxes) box.checked = filters[group.name]?.includes(box.value) ?? false;
      update();
    },
    showCounts: (next) => {
      counts = next;
      layOut();
    },
  };
}
