/**
 * German word handling for the search index, and the filters and metadata each section carries.
 * Pure: the dictionary is passed in as a function, so these are unit-tested without Hunspell.
 *
 * Pagefind matches words by prefix (with German stemming), so `integration` already finds
 * `Integrationskonzepte`, but the tail `konzepte` does not, and `Koeln` does not find `Köln`.
 * At build time the indexer adds, as invisible metadata, the tails of compound words that are
 * words of their own, and the umlaut-free spellings of words with ä, ö, ü or ß.
 */
import { organizationName, type NamedOrganization } from './people';

/** `Köln` → `koeln`, `Leßke` → `lesske`: lower case, umlauts and ß written out. */
export function foldGerman(word: string): string {
  return word
    .toLowerCase()
    .replace(/ä/gu, 'ae')
    .replace(/ö/gu, 'oe')
    .replace(/ü/gu, 'ue')
    .replace(/ß/gu, 'ss');
}

/** The spelling without umlauts and ß, or undefined when the word has none. */
export function transliteration(word: string): string | undefined {
  return /[äöüßÄÖÜ]/u.test(word) ? foldGerman(word) : undefined;
}

/** Words of a text, as Pagefind would split them (letters and digits; hyphens split). */
export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Tells whether a word is a German word (Hunspell via nspell at build time). */
export type IsWord = (word: string) => boolean;

/** Tails shorter than this are not added: they are mostly endings (`ung`, `heit`) or noise. */
export const MIN_PART_LENGTH = 5;
/** A compound's first part has at least this many letters. */
const MIN_HEAD_LENGTH = 3;

/**
 * Dictionary words that are also frequent word endings or fragments, so adding them as
 * parts of compounds would make unrelated pages match.
 */
export const PART_STOP_LIST: ReadonlySet<string> = new Set([
  'schaft',
  'schaften',
  'haften',
  'einen',
  'einer',
  'eines',
  'ungen',
  'heiten',
  'keiten',
  'lichen',
  'licher',
  'liche',
  'ischen',
  'ische',
  'ierte',
  'ieren',
  'ation',
  'ionen',
  'tionen',
  'enden',
  'ender',
  'ende',
  'ernen',
  'ellen',
  'ellung',
  'ungsweise',
  'weise',
  'nahme',
  'innen',
  'rinnen',
  'lerin',
  'erinnen',
  // Fragments that the dictionary accepts, seen in this report's compounds.
  'wicklung',
  'wicklungen',
  'schafts',
  'lungen',
  'ersucht',
  'ersuchten',
  'suchung',
  'suchten',
  'samen',
  'malen',
  'egeln',
  'tariert',
  'gierende',
  'agierte',
  'ovationen',
  'teuerung',
  'hebungen',
  'errege',
  'faltung',
]);

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Linking elements (Fugenelemente) and verb-stem endings tried when checking a compound's first part. */
const HEAD_ENDINGS = ['', 's', 'es', 'n', 'en', 'e', 'er', 'ns'] as const;

/**
 * The parts of a compound word that are words of their own, after its first part:
 * `Integrationskonzepte` → `konzepte`, `Diskriminierungserfahrungen` → `erfahrungen`.
 * A tail counts when the dictionary knows it and the rest before it is a word too (allowing a
 * linking `-s-` and the like) or is itself a compound of words, so `Projektleiter` yields
 * `leiter` but not `eiter`. Three-part compounds yield their middle part when it is a word.
 * Nouns are looked up capitalized, other words in lower case. Results are lower case.
 */
export function compoundParts(word: string, isWord: IsWord): string[] {
  const noun = /^\p{Lu}/u.test(word);
  const lower = word.toLowerCase();
  const known = (candidate: string): boolean =>
    candidate.length >= MIN_HEAD_LENGTH &&
    (isWord(capitalize(candidate)) || isWord(candidate));
  const headMemo = new Map<string, boolean>();
  const tailsOf = (stem: string): { start: number; tail: string }[] => {
    const found: { start: number; tail: string }[] = [];
    for (let start = MIN_HEAD_LENGTH; start <= stem.length - MIN_PART_LENGTH; start += 1) {
      const tail = stem.slice(start);
      if (!PART_STOP_LIST.has(tail) && isWord(noun ? capitalize(tail) : tail)) found.push({ start, tail });
    }
    return found;
  };
  const isHead = (head: string): boolean => {
    const memo = headMemo.get(head);
    if (memo !== undefined) return memo;
    headMemo.set(head, false);
    const result =
      HEAD_ENDINGS.some((ending) => (ending === '' ? known(head) : head.endsWith(ending) && known(head.slice(0, -ending.length)))) ||
      (['', 'en'] as const).some((ending) => known(head + ending)) ||
      tailsOf(head).some(({ start }) => isHead(head.slice(0, start)));
    headMemo.set(head, result);
    return result;
  };
  const parts = new Set<string>();
  const split = (stem: string): void => {
    for (const { start, tail } of tailsOf(stem)) {
      const head = stem.slice(0, start);
      if (parts.has(tail) || !isHead(head)) continue;
      parts.add(tail);
      if (head.length >= MIN_HEAD_LENGTH + MIN_PART_LENGTH) split(head);
      if (head.endsWith('s') && head.length - 1 >= MIN_HEAD_LENGTH + MIN_PART_LENGTH) split(head.slice(0, -1));
    }
  };
  if (lower.length >= MIN_HEAD_LENGTH + MIN_PART_LENGTH) split(lower);
  return [...parts];
}

/**
 * The extra index terms for a text: compound parts and umlaut-free spellings, each once,
 * leaving out words the text already contains as words.
 */
export function extraSearchTerms(text: string, isWord: IsWord): string[] {
  const words = wordsOf(text);
  const present = new Set(words.map((word) => word.toLowerCase()));
  const terms = new Set<string>();
  const checked = new Set<string>();
  for (const word of words) {
    if (checked.has(word)) continue;
    checked.add(word);
    const spelled = transliteration(word);
    if (spelled) terms.add(spelled);
    for (const part of compoundParts(word, isWord)) {
      if (!present.has(part)) terms.add(part);
      const partSpelled = transliteration(part);
      if (partSpelled) terms.add(partSpelled);
    }
  }
  return [...terms].sort();
}

/**
 * The search query as Pagefind should see it: ß and typographic quotes and dashes made plain.
 * Umlauts stay, so hits in the text itself are marked in excerpts.
 */
export function normalizeQuery(query: string): string {
  return query
    .replace(/[„“”‚‘’«»]/gu, ' ')
    .replace(/[‐‑–—]/gu, '-')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** A word ending that a German reader may type or leave off (`Befragungen` for `Befragung`). */
const ENDING = /(?:ern|en|er|es|e|n|s)$/u;

/**
 * Whether a word of a page is a hit for one of the searched terms, for marking it on the page:
 * the term (or its stem) occurs in the word, umlauts and ß folded: `Köln` for `koeln`,
 * `Integrationskonzepte` for `konzept`.
 */
export function isHit(word: string, terms: readonly string[]): boolean {
  const folded = foldGerman(word);
  return terms.some((term) => {
    const foldedTerm = foldGerman(term);
    if (foldedTerm.length < 2) return false;
    const stem = foldedTerm.replace(ENDING, '');
    return folded.includes(foldedTerm) || (stem.length >= 4 && folded.includes(stem));
  });
}

/** The fields of a section that its search filters and result metadata come from. */
export interface SearchableSection {
  numberedTitle: string;
  kindLabel: string;
  presenters: readonly { displayName: string }[];
  topics: readonly { title: string }[];
  institutions: readonly NamedOrganization[];
  places: readonly SearchablePlace[];
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

/** The facets readers can narrow a search by, in the order the search page shows them. */
export const SEARCH_FILTERS = [
  { name: 'Referierende', param: 'person' },
  { name: 'Thema', param: 'thema' },
  { name: 'Art des Beitrags', param: 'art' },
  { name: 'Institution', param: 'institution' },
  { name: 'Ort', param: 'ort' },
] as const;

export type SearchFilterName = (typeof SEARCH_FILTERS)[number]['name'];

/** What the search page says while it has neither a query nor a filter. */
export const EMPTY_SEARCH_HINT = 'Suchbegriff eingeben oder Filter wählen, zum Beispiel alle Beiträge einer Person.';

/** One filter on the search page with every value some section has, and how many sections have it. */
export interface SearchFacet {
  name: SearchFilterName;
  param: (typeof SEARCH_FILTERS)[number]['param'];
  values: { value: string; count: number }[];
}

/**
 * The search page's filters with their counts, computed from the sections at build time: the same
 * values the index holds (see `sectionFilters`), so the page shows them without loading the index.
 * Values are sorted as German readers expect (`localeCompare` with `de`).
 */
export function searchFacets(sections: readonly SearchableSection[]): SearchFacet[] {
  const counts = new Map<SearchFilterName, Map<string, number>>(SEARCH_FILTERS.map(({ name }) => [name, new Map()]));
  for (const section of sections) {
    for (const [name, values] of Object.entries(sectionFilters(section)) as [SearchFilterName, string[]][]) {
      const facet = counts.get(name);
      for (const value of values) facet?.set(value, (facet.get(value) ?? 0) + 1);
    }
  }
  return SEARCH_FILTERS.map(({ name, param }) => ({
    name,
    param,
    values: [...(counts.get(name) ?? [])]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => a.value.localeCompare(b.value, 'de')),
  }));
}

/** A section's filter values: who presented it, its topics, kind, institutions and municipalities. */
export function sectionFilters(section: SearchableSection): Record<SearchFilterName, string[]> {
  const unique = (values: string[]) => [...new Set(values)];
  return {
    Referierende: unique(section.presenters.map((person) => person.displayName)),
    Thema: unique(section.topics.map((topic) => topic.title)),
    'Art des Beitrags': [section.kindLabel],
    Institution: unique(section.institutions.map(organizationName)),
    Ort: unique(section.places.flatMap((place) => municipalityOf(place) ?? [])),
  };
}

/** One piece of an excerpt: plain text, or a hit Pagefind marked. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#39|#x27|nbsp);/gu, (_, name: string) => ENTITIES[name] ?? '');
}

/**
 * Splits a Pagefind excerpt into text and marked hits. Only Pagefind's literal `<mark>` and
 * `</mark>` become marks; everything else, markup-like text included, stays text, to be put
 * into the page with `textContent`, never as HTML.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<mark>|<\/mark>)/u)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (piece !== '') parts.push({ text: decodeEntities(piece), marked });
  }
  return parts;
}
