/**
 * Loads Pagefind's search API (dist/pagefind/pagefind.js) on first use and runs searches.
 * Imported only when the reader opens search.
 */
import { pagefindScriptPath } from '~/lib/site/urls';
import { normalizeQuery } from '~/lib/search/hits';
import { SEARCH_FILTERS, type SearchFilterName } from '~/lib/search/filters';
import { withHighlight, type SearchState } from '~/lib/search/url';

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: PagefindSubResult[];
}
interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
  filters: Record<string, Record<string, number>>;
  unfilteredResultCount: number;
}
interface PagefindApi {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (
    query: string | null,
    options?: { filters?: Record<string, { any: string[] } | string[]> },
  ) => Promise<PagefindSearch | null>;
}

/** One search result as the UI shows it. */
export interface SearchHit {
  url: string;
  title: string;
  kind: string;
  presenters: string;
  excerpt: string;
  passages: PagefindSubResult[];
}

export interface SearchOutcome {
  hits: SearchHit[];
  /** Remaining results per filter value, for the counts beside each filter. */
  filterCounts: Record<string, Record<string, number>>;
}

let loading: Promise<PagefindApi> | undefined;

/** Pagefind's API, loaded once. */
export function loadPagefind(): Promise<PagefindApi> {
  if (loading) return loading;
  const started = (async () => {
    const api = (await import(/* @vite-ignore */ pagefindScriptPath())) as PagefindApi;
    // The index is small: searching on the main thread answers sooner than starting Pagefind's
    // web worker, fetches 43 KB less, and needs no worker-src in a Content-Security-Policy.
    await api.options({ excerptLength: 24, noWorker: true });
    await api.init();
    return api;
  })();
  // A failed load (offline for a moment) is tried again on the next search, not remembered.
  started.catch(() => {
    if (loading === started) loading = undefined;
  });
  loading = started;
  return started;
}

/**
 * The filters for Pagefind. Pagefind only counts the values of facets named in a search; with
 * `countAll`, unchosen facets are named too, with an empty list (no constraint), so that every
 * value gets its count. Counting costs time on a first query, so only the search page asks for it.
 */
function pagefindFilters(
  filters: SearchState['filters'],
  countAll: boolean,
): Record<string, { any: string[] } | string[]> {
  const result: Record<string, { any: string[] } | string[]> = {};
  for (const { name } of SEARCH_FILTERS) {
    const values = filters[name as SearchFilterName];
    if (values && values.length > 0) result[name] = { any: values };
    else if (countAll) result[name] = [];
  }
  return result;
}

/**
 * Runs a search: the query (may be empty) narrowed by the filters; at most `limit` results, and with
 * `countFilters` the number of results for every filter value.
 */
export async function runSearch(
  state: SearchState,
  limit: number,
  countFilters = false,
): Promise<SearchOutcome> {
  const query = normalizeQuery(state.query);
  if (query === '' && !Object.values(state.filters).some((values) => values.length > 0))
    return { hits: [], filterCounts: {} };
  const filters = pagefindFilters(state.filters, countFilters);
  const api = await loadPagefind();
  const search = await api.search(query === '' ? null : query, { filters });
  if (!search) return { hits: [], filterCounts: {} };
  const data = await Promise.all(search.results.slice(0, limit).map((result) => result.data()));
  const hits = data.map((result) => ({
    url: withHighlight(result.url, query),
    title: result.meta['title'] ?? result.url,
    kind: result.meta['kind'] ?? '',
    presenters: result.meta['presenters'] ?? '',
    excerpt: result.excerpt,
    passages: result.sub_results
      .filter((sub) => sub.url.includes('#'))
      .slice(0, 3)
      .map((sub) => ({ ...sub, url: withHighlight(sub.url, query) })),
  }));
  return { hits, filterCounts: search.filters };
}
