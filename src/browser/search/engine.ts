/**
 * Loads Pagefind's search API (dist/pagefind/pagefind.js) on first use and runs searches; when a
 * query finds fewer than three sections, also searches its best spelling correction from the site's
 * vocabulary. Imported only when the reader opens search.
 */
import { pagefindScriptPath, searchVocabularyPath } from '#src/lib/addresses/paths.ts';
import { searchSynonymsPath } from '#src/lib/addresses/search-data.ts';
import { expandQuery, expandableWords, synonymShard, type SynonymTable } from '#src/lib/search/synonyms.ts';
import { stemGerman } from '#src/lib/german/stemming.ts';
import { isFunctionWord } from '#src/lib/german/function-words.ts';
import { wordsOf } from '#src/lib/german/words.ts';
import { normalizeQuery } from '#src/lib/search/hits.ts';
import { SEARCH_FILTERS, type SearchFilterName } from '#src/lib/search/filters.ts';
import { correctQuery, foldVocabulary, type FoldedVocabulary } from '#src/lib/search/typos.ts';
import { withHighlight, type SearchState } from '#src/lib/search/url.ts';

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
  /** The conference's title, where the site has several. */
  conference: string;
  /** What the section carries beyond its text: `mit Folien und Aufzeichnung`, or empty. */
  media: string;
  excerpt: string;
  passages: PagefindSubResult[];
  /** Words of the query the section does not hold (results of a several-word fallback). */
  lacking?: string[];
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

/** Further results found through synonyms of the query's words, none of them among the query's own. */
export interface SynonymResults extends QueryResults {
  /** The synonyms that found them, as the page names them („auch gesucht: Befragung“). */
  added: string[];
}

/**
 * When all of a query's words together find nothing: the sections that hold most of them (each
 * word with its synonyms), most first, and the words no section holds.
 */
export interface PartialResults extends QueryResults {
  /** The query's words that no section holds. */
  missing: string[];
}

export interface SearchOutcome extends QueryResults {
  /**
   * The sections that hold most of the query's words, when all of them together find nothing; when
   * the query found sections, only the words that no section holds (with no results).
   */
  partial: () => Promise<PartialResults | undefined>;
  /**
   * Results for synonyms of the query's words (`Umfrage` → `Befragung`) that the query's own results
   * do not hold, ranked after them; undefined when there are none.
   */
  synonyms: () => Promise<SynonymResults | undefined>;
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

const synonymShards = new Map<string, Promise<SynonymTable>>();

/** The synonyms of a query's words: only the files (by first letter) its words need, each loaded once. */
async function loadSynonyms(query: string): Promise<SynonymTable> {
  const shards = [...new Set(expandableWords(query).map(({ stem }) => synonymShard(stem)))];
  const tables = await Promise.all(
    shards.map((shard) => {
      let table = synonymShards.get(shard);
      if (!table) {
        table = fetch(searchSynonymsPath(shard))
          .then((response) => (response.ok ? (response.json() as Promise<SynonymTable>) : {}))
          .catch(() => {
            synonymShards.delete(shard);
            return {};
          });
        synonymShards.set(shard, table);
      }
      return table;
    }),
  );
  return Object.assign({}, ...tables) as SynonymTable;
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
    // Only the filters the page offers (`Tagung` where there are several conferences).
    else if (countAll && document.querySelector(`[data-search-filter="${name}"]`)) result[name] = [];
  }
  return result;
}

function toHit(result: PagefindResultData, query: string): SearchHit {
  return {
    url: withHighlight(result.url, query),
    title: result.meta['title'] ?? result.url,
    kind: result.meta['kind'] ?? '',
    conference: result.meta['conference'] ?? '',
    presenters: result.meta['presenters'] ?? '',
    media: result.meta['media'] ?? '',
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

type PagefindResult = PagefindSearch['results'][number];

/** Results as the UI takes them: the first few with their fragments loaded, the rest on demand. */
async function resultsOf(
  query: string,
  found: readonly PagefindResult[],
  limit: number,
  filterCounts: QueryResults['filterCounts'],
  highlight = query,
): Promise<QueryResults> {
  const results = found.slice(0, limit);
  const load = (from: number, to: number) =>
    Promise.all(results.slice(from, to).map(async (result) => toHit(await result.data(), highlight)));
  const first = await load(0, FIRST_RESULTS);
  let rest: Promise<SearchHit[]> | undefined;
  return {
    query,
    total: found.length,
    first,
    rest: () => (rest ??= load(FIRST_RESULTS, results.length)),
    filterCounts,
  };
}

/** Pagefind's answers, kept: a query typed again, or searched again for its synonyms, is not searched twice. */
const searches = new Map<string, Promise<PagefindSearch | null>>();
/** How many searches are kept (the oldest goes first). */
const KEPT_SEARCHES = 200;

function findAll(
  api: PagefindApi,
  query: string,
  state: SearchState,
  countFilters: boolean,
): Promise<PagefindSearch | null> {
  const filters = pagefindFilters(state.filters, countFilters);
  const key = JSON.stringify([query, filters]);
  let search = searches.get(key);
  if (!search) {
    search = api.search(query === '' ? null : query, { filters });
    searches.set(key, search);
    search.catch(() => searches.delete(key));
    if (searches.size > KEPT_SEARCHES) searches.delete(searches.keys().next().value ?? key);
  }
  return search;
}

/** The query's results; `requested` runs once the fragments of its first results are asked for. */
async function searchOnce(
  api: PagefindApi,
  query: string,
  state: SearchState,
  limit: number,
  countFilters: boolean,
  requested: () => void = () => undefined,
): Promise<QueryResults & { ids: ReadonlySet<string> }> {
  const search = await findAll(api, query, state, countFilters);
  if (!search) {
    requested();
    return { ...NO_RESULTS(query), ids: new Set() };
  }
  const ids = new Set(search.results.map(({ id }) => id));
  const results = resultsOf(query, search.results, limit, search.filters);
  requested();
  return { ...(await results), ids };
}

/**
 * The results of a query's synonyms that its own results do not hold: each expansion (one word
 * replaced by a synonym, best synonym first) in turn, in Pagefind's order within each.
 */
async function searchSynonyms(
  api: PagefindApi,
  query: string,
  state: SearchState,
  limit: number,
  countFilters: boolean,
  own: ReadonlySet<string>,
): Promise<SynonymResults | undefined> {
  const expansions = expandQuery(query, await loadSynonyms(query));
  if (expansions.length === 0) return undefined;
  const searches = await Promise.all(
    expansions.map((expansion) => findAll(api, expansion.query, state, countFilters)),
  );
  const taken = new Set(own);
  const found: PagefindResult[] = [];
  const added: string[] = [];
  let filterCounts: QueryResults['filterCounts'] | undefined;
  for (const [index, search] of searches.entries()) {
    const fresh = (search?.results ?? []).filter(({ id }) => !taken.has(id));
    if (fresh.length === 0) continue;
    const synonym = expansions[index]?.synonym ?? '';
    if (!added.includes(synonym)) added.push(synonym);
    filterCounts ??= search?.filters;
    for (const result of fresh) {
      taken.add(result.id);
      found.push(result);
    }
  }
  if (found.length === 0) return undefined;
  // The page a result opens marks the reader's words and the synonyms that found it.
  const results = await resultsOf(query, found, limit, filterCounts ?? {}, `${query} ${added.join(' ')}`);
  return { ...results, added };
}

/**
 * The fallback for a query of several words that together find nothing: each word (not the function
 * words) searched alone, with its synonyms, and the sections ranked by how many words they hold,
 * then by how high the words' searches put them.
 */
async function searchPartly(
  api: PagefindApi,
  query: string,
  state: SearchState,
  limit: number,
  ownTotal: number,
): Promise<PartialResults | undefined> {
  const words = [...new Set(wordsOf(query).filter((word) => !isFunctionWord(word)))];
  if (words.length < 2) return undefined;
  const table = await loadSynonyms(query);
  const perWord = await Promise.all(
    words.map(async (word) => {
      const alternatives = [word, ...(table[stemGerman(word)] ?? [])];
      const searches = await Promise.all(alternatives.map((one) => findAll(api, one, state, false)));
      const ranks = new Map<string, { rank: number; result: PagefindResult }>();
      for (const search of searches) {
        for (const [rank, result] of (search?.results ?? []).entries()) {
          const known = ranks.get(result.id);
          if (!known || rank < known.rank) ranks.set(result.id, { rank, result });
        }
      }
      return { word, ranks };
    }),
  );
  const missing = perWord.filter(({ ranks }) => ranks.size === 0).map(({ word }) => word);
  // Pagefind leaves out a word that no page holds: the query's own results stand, and the word is named.
  if (ownTotal > 0) return missing.length > 0 ? { ...NO_RESULTS(query), missing } : undefined;
  const sections = new Map<
    string,
    { result: PagefindResult; count: number; score: number; has: Set<string> }
  >();
  for (const { word, ranks } of perWord) {
    for (const [id, { rank, result }] of ranks) {
      const entry = sections.get(id) ?? { result, count: 0, score: 0, has: new Set<string>() };
      entry.count += 1;
      entry.score += 1 / (rank + 1);
      entry.has.add(word);
      sections.set(id, entry);
    }
  }
  const most = Math.max(0, ...[...sections.values()].map(({ count }) => count));
  // The sections holding the most words; where no two words meet, those holding any one of them.
  const ranked = [...sections.values()]
    .filter(({ count }) => count === most)
    .sort((a, b) => b.score - a.score);
  if (ranked.length === 0) return undefined;
  const lacking = new Map(
    ranked.map(({ result, has }) => [result.id, words.filter((word) => !has.has(word))]),
  );
  const results = await resultsOf(
    query,
    ranked.map(({ result }) => result),
    limit,
    {},
  );
  const withLacking = (hits: SearchHit[]) =>
    hits.map((hit, index) => ({ ...hit, lacking: lacking.get(ranked[index]?.result.id ?? '') ?? [] }));
  const first = withLacking(results.first);
  return {
    ...results,
    first,
    rest: async () => {
      const rest = await results.rest();
      return rest.map((hit, index) => ({
        ...hit,
        lacking: lacking.get(ranked[index + first.length]?.result.id ?? '') ?? [],
      }));
    },
    missing,
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
    return { ...NO_RESULTS(query), correction: NONE, synonyms: NONE, partial: NONE };
  const api = await loadPagefind();
  // The synonyms' file is fetched while the query's own results arrive, but after their fragments:
  // the query's own results come first.
  const { ids, ...own } = await searchOnce(api, query, state, limit, countFilters, () => {
    if (query !== '' && !state.exact) void loadSynonyms(query);
  });
  let synonyms: Promise<SynonymResults | undefined> | undefined;
  let partial: Promise<PartialResults | undefined> | undefined;
  const withSynonyms = {
    ...own,
    partial: () =>
      query === ''
        ? Promise.resolve(undefined)
        : (partial ??= searchPartly(api, query, state, limit, own.total).catch(() => undefined)),
    synonyms: () =>
      query === '' || state.exact
        ? Promise.resolve(undefined)
        : (synonyms ??= searchSynonyms(api, query, state, limit, countFilters, ids).catch(() => undefined)),
  };
  if (query === '' || state.exact || own.total >= FEW_RESULTS) return { ...withSynonyms, correction: NONE };
  let correction: Promise<QueryResults | undefined> | undefined;
  const correct = async () => {
    // A last word without a space after it is still being typed: it may be completed.
    const corrected = correctQuery(query, await loadVocabulary(), !/\s$/u.test(state.query));
    if (corrected === undefined) return undefined;
    const { ids: _ids, ...results } = await searchOnce(api, corrected, state, limit, countFilters);
    return results.total > 0 ? results : undefined;
  };
  return { ...withSynonyms, correction: () => (correction ??= correct()) };
}
