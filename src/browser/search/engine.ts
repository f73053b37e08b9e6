/**
 * Runs the reader's searches: the query's own results; the sections its words' synonyms add after
 * them; when it finds fewer than three sections, the results of its best spelling correction from
 * the site's vocabulary; and when its words together find nothing, the sections that hold most of
 * them. Pagefind searches (pagefind-api.ts); what is found is merged and ordered by the pure
 * functions of src/lib/search/ranking.ts. Imported only when the reader opens search.
 */
import { searchVocabularyPath } from '#src/lib/addresses/paths.ts';
import { searchSynonymsPath } from '#src/lib/addresses/search-data.ts';
import { memoize, once } from '#src/lib/memoize.ts';
import { expandQuery, expandableWords, synonymShard, type SynonymTable } from '#src/lib/search/synonyms.ts';
import { stemGerman } from '#src/lib/german/stemming.ts';
import { isFunctionWord } from '#src/lib/german/function-words.ts';
import { wordsOf } from '#src/lib/german/words.ts';
import { factsHolding, normalizeQuery, type FoundFact } from '#src/lib/search/hits.ts';
import { SEARCH_FILTERS } from '#src/lib/search/filters.ts';
import { mergeExpansions, rankBySynonymMatch, rankPartly, synonymMatch } from '#src/lib/search/ranking.ts';
import { correctQuery, foldVocabulary, type FoldedVocabulary } from '#src/lib/search/typos.ts';
import { withHighlight, type SearchState } from '#src/lib/search/url.ts';
import {
  findAll,
  type PagefindFilters,
  type PagefindResult,
  type PagefindResultData,
  type PagefindSubResult,
} from '#src/browser/search/pagefind-api.ts';

export { loadPagefind } from '#src/browser/search/pagefind-api.ts';

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
  /** Where the words were found when not in the text: its topics, institutions or places that hold them. */
  facts: FoundFact[];
  /** The section's filter values, for the counts beside the search page's filters. */
  filters: Record<string, string[]>;
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
  /** Results per filter value (of the facets the search was asked to count), for the filters' counts. */
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

/** How much a search brings. */
export interface SearchOptions {
  /** At most this many results of each kind (own, synonyms', correction's). */
  limit: number;
  /** The filters whose values are counted (the search page's); counting costs time on a first query. */
  countFacets?: readonly string[];
}

/** A query that finds fewer sections than this is looked up in the vocabulary for a correction. */
const FEW_RESULTS = 3;
/** Results shown before the fragments of the rest are fetched. */
const FIRST_RESULTS = 3;

/** The site's vocabulary (most frequent words first), loaded and folded once. */
const loadVocabulary = once(async (): Promise<FoldedVocabulary> => {
  const response = await fetch(searchVocabularyPath());
  return foldVocabulary(response.ok ? ((await response.json()) as string[]) : []);
});

/** One file of synonyms (by first letter of the stem), loaded once. */
const synonymFile = memoize((shard: string) =>
  once(async (): Promise<SynonymTable> => {
    const response = await fetch(searchSynonymsPath(shard));
    return response.ok ? ((await response.json()) as SynonymTable) : {};
  }),
);

/** The synonyms of a query's words: only the files its words need; none when they cannot be had. */
async function loadSynonyms(query: string): Promise<SynonymTable> {
  const shards = [...new Set(expandableWords(query).map(({ stem }) => synonymShard(stem)))];
  const tables = await Promise.all(shards.map((shard) => synonymFile(shard)().catch(() => ({}))));
  return Object.assign({}, ...tables) as SynonymTable;
}

/**
 * The filters for Pagefind: the chosen values, and, for each facet to count that has none chosen,
 * an empty list (Pagefind counts only the facets a search names).
 */
function pagefindFilters(filters: SearchState['filters'], counted: readonly string[]): PagefindFilters {
  const result: PagefindFilters = {};
  for (const { name } of SEARCH_FILTERS) {
    const values = filters[name];
    if (values && values.length > 0) result[name] = { any: values };
    else if (counted.includes(name)) result[name] = [];
  }
  return result;
}

function toHit(data: PagefindResultData, highlight: string): SearchHit {
  const passages = data.sub_results.filter((sub) => sub.url.includes('#')).slice(0, 3);
  return {
    url: withHighlight(data.url, highlight),
    title: data.meta['title'] ?? data.url,
    kind: data.meta['kind'] ?? '',
    conference: data.meta['conference'] ?? '',
    presenters: data.meta['presenters'] ?? '',
    media: data.meta['media'] ?? '',
    excerpt: data.excerpt,
    passages: passages.map((sub) => ({ ...sub, url: withHighlight(sub.url, highlight) })),
    facts: passages.length > 0 ? [] : factsHolding(data.filters, wordsOf(highlight)),
    filters: data.filters,
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
  return {
    query,
    total: found.length,
    first,
    rest: once(() => load(FIRST_RESULTS, results.length)),
    filterCounts,
  };
}

/**
 * The query as Pagefind should search it: without the words no section holds. Pagefind leaves such a
 * word out of the results, but still counts it when it weighs a match in a section's title, which then
 * counts for little (`Gemeindeverwaltung Integrationsarbeit` put the section titled „… Integrationsarbeit“
 * fourth).
 */
async function withoutUnknownWords(query: string): Promise<string> {
  const words = query.split(' ');
  if (words.length < 2) return query;
  const searches = await Promise.all(words.map((word) => findAll({ query: word, filters: {} })));
  const known = words.filter((_, index) => (searches[index]?.results.length ?? 0) > 0);
  return known.length === 0 ? query : known.join(' ');
}

/** The query's results; `requested` runs once the fragments of its first results are asked for. */
async function searchOwn(
  query: string,
  filters: PagefindFilters,
  limit: number,
  requested: () => void = () => undefined,
): Promise<QueryResults & { ids: ReadonlySet<string> }> {
  const search = await findAll({ query: await withoutUnknownWords(query), filters });
  if (!search) {
    requested();
    return { ...NO_RESULTS(query), ids: new Set() };
  }
  const ids = new Set(search.results.map(({ id }) => id));
  const results = resultsOf(query, search.results, limit, search.filters);
  requested();
  return { ...(await results), ids };
}

/** What a section's fragment shows of it: title, text, and facts (the index's metadata). */
function sectionText(data: PagefindResultData) {
  return {
    title: data.meta['title'] ?? '',
    text: data.content,
    facts: [data.meta['presenters'], data.meta['facts']].filter(Boolean).join(' '),
  };
}

/**
 * The sections that synonyms of the query's words find and its own results (`own`) do not hold:
 * each expansion (one word replaced by a synonym) searched, the first `limit` sections they find
 * between them, ordered by where each holds its synonym (`rankBySynonymMatch`): a section titled
 * with the synonym before one whose text has it, before one that has only a word of its root.
 */
async function searchSynonyms(
  query: string,
  filters: PagefindFilters,
  limit: number,
  own: ReadonlySet<string>,
): Promise<SynonymResults | undefined> {
  const expansions = expandQuery(query, await loadSynonyms(query));
  const searches = await Promise.all(
    expansions.map((expansion) => findAll({ query: expansion.query, filters })),
  );
  const found = mergeExpansions(
    own,
    expansions.map(({ synonym }, index) => ({ synonym, results: searches[index]?.results ?? [] })),
  );
  if (found.length === 0) return undefined;
  const judged = await Promise.all(
    found.slice(0, limit).map(async ({ result, synonyms }) => {
      const data = await result.data();
      return { data, synonyms, match: synonymMatch(synonyms, sectionText(data)) };
    }),
  );
  const ranked = rankBySynonymMatch(judged);
  const added = [...new Set(ranked.flatMap(({ synonyms }) => synonyms))];
  // The page a result opens marks the reader's words and the synonyms that found it.
  const hits = ranked.map(({ data }) => toHit(data, `${query} ${added.join(' ')}`));
  return {
    query,
    total: found.length,
    first: hits.slice(0, FIRST_RESULTS),
    rest: () => Promise.resolve(hits.slice(FIRST_RESULTS)),
    filterCounts: {},
    added,
  };
}

/**
 * The fallback for a query of several words that together find nothing: each word (not the function
 * words) searched alone and with its synonyms, and the sections ranked by `rankPartly`. When the
 * query found sections (`ownTotal`), only the words no section holds.
 */
async function searchPartly(
  query: string,
  filters: PagefindFilters,
  limit: number,
  ownTotal: number,
): Promise<PartialResults | undefined> {
  const words = [...new Set(wordsOf(query).filter((word) => !isFunctionWord(word)))];
  if (words.length < 2) return undefined;
  const table = await loadSynonyms(query);
  const perWord = await Promise.all(
    words.map(async (word) => {
      const alternatives = [word, ...(table[stemGerman(word)] ?? [])];
      const searches = await Promise.all(alternatives.map((one) => findAll({ query: one, filters })));
      return { word, searches: searches.map((search) => search?.results ?? []) };
    }),
  );
  const { ranked, missing } = rankPartly(perWord);
  // Pagefind leaves out a word that no page holds: the query's own results stand, and the word is named.
  if (ownTotal > 0) return missing.length > 0 ? { ...NO_RESULTS(query), missing } : undefined;
  if (ranked.length === 0) return undefined;
  const results = await resultsOf(
    query,
    ranked.map(({ result }) => result),
    limit,
    {},
  );
  const withLacking = (hits: SearchHit[], from: number) =>
    hits.map((hit, index) => ({ ...hit, lacking: ranked[from + index]?.lacking ?? [] }));
  return {
    ...results,
    first: withLacking(results.first, 0),
    rest: async () => withLacking(await results.rest(), results.first.length),
    missing,
  };
}

/** The best correction's results, when one finds sections; `typing`: the last word may be unfinished. */
async function searchCorrection(
  query: string,
  filters: PagefindFilters,
  limit: number,
  typing: boolean,
): Promise<QueryResults | undefined> {
  const vocabulary = await loadVocabulary().catch(() => foldVocabulary([]));
  const corrected = correctQuery(query, vocabulary, typing);
  if (corrected === undefined) return undefined;
  const { ids: _ids, ...results } = await searchOwn(corrected, filters, limit);
  return results.total > 0 ? results : undefined;
}

/**
 * Runs a search: the query (may be empty) narrowed by the filters, with at most `limit` results of
 * each kind, counting the values of the facets named in `countFacets`. A query that finds fewer than
 * three sections (and is not asked for as typed) brings the results of its best correction too.
 */
export async function runSearch(state: SearchState, options: SearchOptions): Promise<SearchOutcome> {
  const { limit } = options;
  const query = normalizeQuery(state.query);
  if (query === '' && !Object.values(state.filters).some((values) => values.length > 0))
    return { ...NO_RESULTS(query), correction: NONE, synonyms: NONE, partial: NONE };
  const filters = pagefindFilters(state.filters, options.countFacets ?? []);
  const widen = query !== '' && !state.exact;
  // The synonyms' and the vocabulary's files are fetched while the query's own results arrive, but
  // after their fragments: the query's own results come first.
  const { ids, ...own } = await searchOwn(query, filters, limit, () => {
    if (!widen) return;
    void loadSynonyms(query);
    void loadVocabulary().catch(() => undefined);
  });
  const synonyms = once(() => searchSynonyms(query, filters, limit, ids));
  const partial = once(() => searchPartly(query, filters, limit, own.total));
  const correction = once(() =>
    // A last word without a space after it is still being typed: it may be completed.
    searchCorrection(query, filters, limit, !/\s$/u.test(state.query)),
  );
  const quiet =
    <T>(run: () => Promise<T>) =>
    () =>
      run().catch(() => undefined);
  return {
    ...own,
    partial: query === '' ? NONE : quiet(partial),
    synonyms: widen ? quiet(synonyms) : NONE,
    correction: widen && own.total < FEW_RESULTS ? quiet(correction) : NONE,
  };
}
