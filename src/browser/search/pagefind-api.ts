/**
 * Pagefind's search API in the browser (dist/pagefind/pagefind.js): its shapes, loaded once with
 * the options the build wrote into the page, and its searches, each run once.
 */
import { pagefindScriptPath } from '#src/lib/addresses/search-index-paths.ts';
import { memoize, once } from '#src/lib/memoize.ts';

/** A passage inside a section (a heading, a numbered finding or paragraph) with its excerpt. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}

/** A result's fragment: what the index holds about one section. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The section's indexed text, raw. */
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
}

/** One section a search found; its fragment loads on `data()`. */
export interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}

/** Filters as Pagefind takes them: values any of which a section has, or `[]` to count a facet. */
export type PagefindFilters = Record<string, { any: string[] } | string[]>;

export interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
  unfilteredResultCount: number;
}

interface PagefindApi {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (query: string | null, options?: { filters?: PagefindFilters }) => Promise<PagefindSearch | null>;
}

/**
 * The build's cache tag for Pagefind's entry file (`data-search-tag` beside the prefetch list), so
 * that Pagefind asks for the address the starter preloaded.
 */
function cacheTag(): string | undefined {
  return document.querySelector<HTMLElement>('[data-search-files]')?.dataset['searchTag'] || undefined;
}

/** Pagefind's API, loaded and started once (again after a failure, such as a moment offline). */
export const loadPagefind = once(async (): Promise<PagefindApi> => {
  const api = (await import(/* @vite-ignore */ pagefindScriptPath())) as PagefindApi;
  const tag = cacheTag();
  await api.options({
    // „…“ stands where Pagefind cut an excerpt out of a longer text.
    excerptLength: 24,
    excerptEllipsis: '…',
    // The index is small: searching on the main thread answers sooner than starting Pagefind's
    // web worker, fetches 43 KB less, and needs no worker-src in a Content-Security-Policy.
    noWorker: true,
    ...(tag ? { metaCacheTag: tag } : {}),
  });
  await api.init();
  return api;
});

/** How many searches are kept (the oldest goes first). */
const KEPT_SEARCHES = 200;

interface SearchRequest {
  query: string;
  filters: PagefindFilters;
}

const searches = memoize(
  (request: SearchRequest) =>
    once(async () =>
      (await loadPagefind()).search(request.query === '' ? null : request.query, {
        filters: request.filters,
      }),
    ),
  (request) => JSON.stringify([request.query, request.filters]),
  KEPT_SEARCHES,
);

/**
 * Pagefind's answer to a query (may be empty: filters only), kept: a query typed again, or searched
 * again for its synonyms, is not searched twice.
 */
export function findAll(request: SearchRequest): Promise<PagefindSearch | null> {
  return searches(request)();
}
