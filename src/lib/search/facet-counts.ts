/**
 * The numbers beside the search page's filter values: how many of the current results fall under
 * each value. Pure; small, for the browser.
 */

/** Per filter, per value: how many results. */
export type FacetCounts = Record<string, Record<string, number>>;

/** What a result says about its filters: per filter, its values (a section may have several presenters). */
export interface FilteredSection {
  filters: Readonly<Record<string, readonly string[]>>;
}

/** How many of `sections` have each filter value. */
export function countFacets(sections: readonly FilteredSection[]): FacetCounts {
  const counts: FacetCounts = {};
  for (const { filters } of sections) {
    for (const [name, values] of Object.entries(filters)) {
      const facet = (counts[name] ??= {});
      for (const value of new Set(values)) facet[value] = (facet[value] ?? 0) + 1;
    }
  }
  return counts;
}

/** The counts of two sets of results that share no section, added up. */
export function addFacetCounts(first: FacetCounts, second: FacetCounts): FacetCounts {
  const sum: FacetCounts = {};
  for (const counts of [first, second]) {
    for (const [name, values] of Object.entries(counts)) {
      const facet = (sum[name] ??= {});
      for (const [value, count] of Object.entries(values)) facet[value] = (facet[value] ?? 0) + count;
    }
  }
  return sum;
}
