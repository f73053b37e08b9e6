/**
 * The search page's filter panel: groups that fold under their names with the number of values that
 * have hits, values without hits hidden (unless chosen), long groups folded behind „weitere anzeigen“,
 * and the chosen values as removable chips above the results with „Alle Filter entfernen“.
 */
import { FOLDED_AFTER } from '#src/lib/search/facets.ts';
import { SEARCH_FILTERS, type SearchFilterName } from '#src/lib/search/filters.ts';
import type { SearchState } from '#src/lib/search/url.ts';
import { element } from '#src/browser/search/render.ts';

export interface FilterPanel {
  /** The chosen values of each filter. */
  chosen: () => SearchState['filters'];
  /** Ticks exactly the given values. */
  choose: (filters: SearchState['filters']) => void;
  /** Shows the counts of a search (or the totals written at build time when there is none). */
  showCounts: (counts: Record<string, Record<string, number>> | undefined) => void;
}

const CHIP_CLASS = [
  'inline-flex items-center gap-1.5 rounded-full border border-line bg-surface',
  'py-0.5 pr-2 pl-3 text-sm text-ink hover:border-accent',
].join(' ');

interface Group {
  name: SearchFilterName;
  root: HTMLDetailsElement;
  boxes: HTMLInputElement[];
  more: HTMLButtonElement | null;
  count: HTMLElement | null;
  expanded: boolean;
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
  const groups: Group[] = SEARCH_FILTERS.flatMap(({ name }) => {
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
  const allBoxes = groups.flatMap((group) => group.boxes);
  let counts: Record<string, Record<string, number>> | undefined;

  const countOf = (group: Group, box: HTMLInputElement): number =>
    counts ? (counts[group.name]?.[box.value] ?? 0) : Number(box.dataset['total'] ?? 0);

  /** Which values show: those with hits (the first few unless unfolded), and every chosen one. */
  const layOut = () => {
    for (const group of groups) {
      let withHits = 0;
      for (const box of group.boxes) {
        const count = countOf(group, box);
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
  };

  const renderChips = () => {
    const chosen = groups.flatMap((group) =>
      group.boxes.filter((box) => box.checked).map((box) => ({ group, box })),
    );
    chipsRoot.hidden = chosen.length === 0;
    if (chosenLabel) chosenLabel.textContent = chosen.length === 0 ? '' : `(${chosen.length} gewählt)`;
    // On phones the filters are folded: unfold them when some are chosen.
    if (outer && chosen.length > 0) outer.open = true;
    chipList?.replaceChildren(
      ...chosen.map(({ group, box }) => {
        const item = element('li', '');
        const chip = element('button', CHIP_CLASS);
        chip.type = 'button';
        chip.setAttribute('aria-label', `Filter ${group.name}: ${box.value} entfernen`);
        chip.append(element('span', '', box.value), element('span', 'text-muted', '×'));
        chip.addEventListener('click', () => {
          box.checked = false;
          update();
          changed();
        });
        item.append(chip);
        return item;
      }),
    );
  };

  const update = () => {
    layOut();
    renderChips();
  };

  root.addEventListener('change', () => {
    update();
    changed();
  });
  for (const group of groups) {
    group.more?.addEventListener('click', () => {
      group.expanded = !group.expanded;
      layOut();
    });
  }
  reset?.addEventListener('click', () => {
    for (const box of allBoxes) box.checked = false;
    update();
    changed();
  });

  return {
    chosen: () => {
      const filters: SearchState['filters'] = {};
      for (const group of groups) {
        const values = group.boxes.filter((box) => box.checked).map((box) => box.value);
        if (values.length > 0) filters[group.name] = values;
      }
      return filters;
    },
    choose: (filters) => {
      for (const group of groups) {
        for (const box of group.boxes) box.checked = filters[group.name]?.includes(box.value) ?? false;
      }
      update();
    },
    showCounts: (next) => {
      counts = next;
      layOut();
    },
  };
}
