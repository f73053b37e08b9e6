/**
 * The filter values and counts each section carries into the index and onto the search page.
 */
import { compareGerman } from '#src/lib/german/sorting.ts';
import { organizationName, type NamedOrganization } from '#src/lib/naming/names.ts';
import { SEARCH_FILTERS, type SearchFilterName } from '#src/lib/search/filters.ts';

/** The fields of a section that its search filters and result metadata come from. */
export interface SearchableSection {
  numberedTitle: string;
  kindLabel: string;
  presenters: readonly { displayName: string; sortName?: string }[];
  topics: readonly { title: string }[];
  institutions: readonly NamedOrganization[];
  places: readonly SearchablePlace[];
  /** The conference's title, where the site has more than one conference (for the `Tagung` filter). */
  conference?: string | undefined;
}

/** The fields of a place the Ort filter uses. */
export interface SearchablePlace {
  name: string;
  kind: string;
  partOf?: SearchablePlace | undefined;
}

/** The municipality (Kommune) a place is or lies in, if any. */
function municipalityOf(place: SearchablePlace): string | undefined {
  if (place.kind === 'kommune') return place.name;
  return place.partOf ? municipalityOf(place.partOf) : undefined;
}

/** A filter shows this many values (with hits) before „weitere anzeigen“; chosen values always show. */
export const FOLDED_AFTER = 6;

/** One filter on the search page with every value some section has, and how many sections have it. */
export interface SearchFacet {
  name: SearchFilterName;
  param: (typeof SEARCH_FILTERS)[number]['param'];
  values: { value: string; count: number }[];
}

/**
 * The search page's filters with their counts, computed from the sections at build time: the same
 * values the index holds (see `sectionFilters`), so the page shows them without loading the index.
 * Values are sorted as the register sorts them (`compareGerman`: „Bezirk 5“ before „Bezirk 10“), people
 * by surname (their `sortName`), though a value stays the name as shown (`Prof. Dr. Ulrich Deinet`), as
 * in addresses.
 */
export function searchFacets(sections: readonly SearchableSection[]): SearchFacet[] {
  const counts = new Map<SearchFilterName, Map<string, number>>(
    SEARCH_FILTERS.map(({ name }) => [name, new Map()]),
  );
  const sortKeys = new Map<string, string>();
  for (const section of sections) {
    for (const person of section.presenters)
      sortKeys.set(person.displayName, person.sortName ?? person.displayName);
    for (const [name, values] of Object.entries(sectionFilters(section)) as [SearchFilterName, string[]][]) {
      const facet = counts.get(name);
      for (const value of values) facet?.set(value, (facet.get(value) ?? 0) + 1);
    }
  }
  // The conference is a choice only where there are two or more.
  const offered = SEARCH_FILTERS.filter(
    ({ name }) => name !== 'Tagung' || (counts.get(name)?.size ?? 0) >= 2,
  );
  return offered.map(({ name, param }) => ({
    name,
    param,
    values: [...(counts.get(name) ?? [])]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) =>
        name === 'Referierende'
          ? compareGerman(sortKeys.get(a.value) ?? a.value, sortKeys.get(b.value) ?? b.value)
          : compareGerman(a.value, b.value),
      ),
  }));
}

/** The filters every section has a value list for; `Tagung` only where conferences are told apart. */
export type SectionFilters = Record<Exclude<SearchFilterName, 'Tagung'>, string[]> & { Tagung?: string[] };

/**
 * A section's filter values: its conference (where the site has several), who presented it, its
 * topics, kind, institutions and municipalities.
 */
export function sectionFilters(section: SearchableSection): SectionFilters {
  const unique = (values: string[]) => [...new Set(values)];
  return {
    ...(section.conference ? { Tagung: [section.conference] } : {}),
    Referierende: unique(section.presenters.map((person) => person.displayName)),
    Thema: unique(section.topics.map((topic) => topic.title)),
    'Art des Beitrags': [section.kindLabel],
    Institution: unique(section.institutions.map(organizationName)),
    Ort: unique(section.places.flatMap((place) => municipalityOf(place) ?? [])),
  };
}
