/**
 * Loads Pagefind's search API (dist/pagefind/pagefind.js) on first use and runs searches; when a
 * query finds fewer than three sections, also searches its best spelling correction from the site's
 * vocabulary. Imported only when the reader opens search.
 */
import { pagefindScriptPath, searchVocabularyPath } from '~/lib/addresses/paths';
import { normalizeQuery } from '~/lib/search/hits';
import { SEARCH_FILTERS, type SearchFilterName } from '~/lib/search/filters';
import { correctQuery, foldVocabulary, type FoldedVocabulary } from '~/lib/search/typos';
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

/** The results of one query: the first few at once, the rest when asked for (their fragments load then). */
export interface QueryResults {
  query: string;
  /** How many sections the query found. */
  total: number;
  first: SearchHit[];
  rest: () => Promise<SearchHit[]>;
  /** Remaining results per filter value, for the counts beside each filter. */
  filterCounts: Record<string, Record<string, number>>;
}

export interface SearchOutcome extends QueryResults {
  /**
   * The best spelling correction's results, when the query found fewer than three sections and a
   * correction finds some; looked up after the query's own results, which need not wait for it.
   */
  correction: () => Promise<QueryResults | undefined>;
}

/** A query that finds fewer sections than this is looked up in the vocabulary for a correction. */
const FEW_RESULTS = 3;
/** Results shown before the fragments of the rest are fetched. */
const FIRST_RESULTS = 3;

let loading: Promise<PagefindApi> | undefined;

/** The build's cache tag for Pagefind's entry file, so its address is the one preloaded (see SearchBox). */
function cacheTag(): string | undefined {
  return document.querySelector<HTMLElement>('[data-search-files]')?.dataset['searchTag'] || undefined;
}

/** Pagefind's API, loaded once. */
export function loadPagefind(): Promise<PagefindApi> {
  if (loading) return loading;
  const started = (async () => {
    const api = (await import(/* @vite-ignore */ pagefindScriptPath())) as PagefindApi;
    // The index is small: searching on the main thread answers sooner than starting Pagefind's
    // web worker, fetches 43 KB less, and needs no worker-src in a Content-Security-Policy.
    const tag = cacheTag();
    // „…“ stands where Pagefind cut an excerpt out of a longer text.
    await api.options({
      excerptLength: 24,
      excerptEllipsis: '…',
      noWorker: true,
      ...(tag ? { metaCacheTag: tag } : {}),
    });
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

let vocabulary: Promise<FoldedVocabulary> | undefined;

/** The site's vocabulary (most frequent words first), loaded and folded once; empty when it cannot be had. */
function loadVocabulary(): Promise<FoldedVocabulary> {
  vocabulary ??= fetch(searchVocabularyPath())
    .then((response) => (response.ok ? (response.json() as Promise<string[]>) : []))
    .then(foldVocabulary)
    .catch(() => {
      vocabulary = undefined;
      return foldVocabulary([]);
    });
  return vocabulary;
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

function toHit(result: PagefindResultData, query: string): SearchHit {
  return {
    url: withHighlight(result.url, query),
    title: result.meta['title'] ?? result.url,
    kind: result.meta['kind'] ?? '',
    presenters: result.meta['presenters'] ?? '',
    excerpt: result.excerpt,
    passages: result.sub_results
      .filter((sub) => sub.url.includes('#'))
      .slice(0, 3)
      .map((sub) => ({ ...sub, url: withHighlight(sub.url, query) })),
  };
}

const NONE = () => Promise.resolve(undefined);

const NO_RESULTS = (query: string): QueryResults => ({
  query,
  total: 0,
  first: [],
  rest: () => Promise.resolve([]),
  filterCounts: {},
});

async function searchOnce(
  api: PagefindApi,
  query: string,
  state: SearchState,
  limit: number,
  countFilters: boolean,
): Promise<QueryResults> {
  const search = await api.search(query === '' ? null : query, {
    filters: pagefindFilters(state.filters, countFilters),
  });
  if (!search) return NO_RESULTS(query);
  const results = search.results.slice(0, limit);
  const load = (from: number, to: number) =>
    Promise.all(results.slice(from, to).map(async (result) => toHit(await result.data(), query)));
  const first = await load(0, FIRST_RESULTS);
  let rest: Promise<SearchHit[]> | undefined;
  return {
    query,
    total: search.results.length,
    first,
    rest: () => (rest ??= load(FIRST_RESULTS, results.length)),
    filterCounts: search.filters,
  };
}

/**
 * Runs a search: the query (may be empty) narrowed by the filters; at most `limit` results, and with
 * `countFilters` the number of results for every filter value. A query that finds fewer than three
 * sections (and is not asked for as typed) brings the results of its best correction too.
 */
export async function runSearch(
  state: SearchState,
  limit: number,
  countFilters = false,
): Promise<SearchOutcome> {
  const query = normalizeQuery(state.query);
  if (query === '' && !Object.values(state.filters).some((values) => values.length > 0))
    return { ...NO_RESULTS(query), correction: NONE };
  const api = await loadPagefind();
  const own = await searchOnce(api, query, state, limit, countFilters);
  if (query === '' || state.exact || own.total >= FEW_RESULTS) return { ...own, correction: NONE };
  let correction: Promise<QueryResults | undefined> | undefined;
  const correct = async () => {
    const corrected = correctQuery(query, await loadVocabulary());
    if (corrected === undefined) return undefined;
    const results = await searchOnce(api, corrected, state, limit, countFilters);
    return results.total > 0 ? results : undefined;
  };
  return { ...own, correction: () => (correction ??= correct()) };
}
