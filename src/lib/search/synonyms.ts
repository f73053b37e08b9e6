/**
 * Synonyms for the search: a reader's word that the report does not use (`Umfrage`, `Freiwillige`)
 * leads to the report's own word (`Befragung`, `Ehrenamtliche`). The word source is OpenThesaurus
 * (src/data/openthesaurus/, LGPL), one synonym set a line, plus the team's own sets and blocked pairs
 * in `content/synonyms.yaml`. The build keeps only what leads to a word of the site's own texts and
 * writes it in small files by first letter, which the browser fetches for the words of a query.
 * Pure, unit-tested.
 */
import { stemGerman } from '#src/lib/german/stemming.ts';
import { foldGerman } from '#src/lib/german/folding.ts';
import { wordsOf } from '#src/lib/german/words.ts';
import { escapeRegExp } from '#src/lib/regexp.ts';

/** A set of words that mean the same, as the thesaurus or the team gives it. */
export type SynonymSet = readonly string[];

/** The team's own rules: sets of their own, and pairs that must not be treated as synonyms. */
export interface SynonymRules {
  sets: readonly SynonymSet[];
  blocked: readonly (readonly [string, string])[];
}

/** For each reader's word (by its stem): the site's words to search as well, best first. */
export type SynonymTable = Record<string, string[]>;

/** Thesaurus sets with more words than this are too loose to expand a query with. */
export const MAX_SET_SIZE = 10;
/** A reader's word expands to at most this many of the site's words. */
export const MAX_SYNONYMS = 3;
/** Words shorter than this (stemmed) are not expanded: too many meanings. */
const MIN_STEM_LENGTH = 5;
/** Labels of thesaurus entries a search should not offer. */
const UNWANTED_LABEL = /\((?:[^)]*\b)?(?:vulg|derb|abwertend|veraltet|Jargon)\b/u;

/**
 * The thesaurus's sets (OpenThesaurus text format: `#` comments, words separated by `;`), each
 * reduced to single words: labels in brackets (`(ugs.)`) removed, phrases and fragments left out.
 */
export function parseThesaurus(text: string): SynonymSet[] {
  const sets: SynonymSet[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    const words = line
      .split(';')
      .filter((entry) => !UNWANTED_LABEL.test(entry))
      .map((entry) => entry.replace(/\([^)]*\)/gu, '').trim())
      .filter((word) => /^\p{L}[\p{L}-]*\p{L}$/u.test(word));
    if (words.length >= 2) sets.push([...new Set(words)]);
  }
  return sets;
}

/** Whether a word is written as a noun (capitalised), which a synonym must share with its word. */
function isNoun(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** A verb's infinitive (lower case, `-en`, `-eln`, `-ern`): readers search for things, not for verbs. */
function isVerb(word: string): boolean {
  return !isNoun(word) && /(?:en|eln|ern)$/u.test(word);
}

/** A word of the site as synonyms lead to it: its most frequent spelling, as a noun and otherwise. */
export interface SiteWord {
  /** The most frequent capitalised spelling, when the text writes the word as a noun. */
  noun: string | undefined;
  /** The most frequent spelling in lower case, when the text has one. */
  other: string | undefined;
}

/** The site's words by stem, each with its most frequent spellings (see `SiteWord`). */
export function siteWords(texts: Iterable<string>): Map<string, SiteWord> {
  const counts = new Map<string, Map<string, number>>();
  for (const text of texts) {
    for (const word of wordsOf(text)) {
      if (/\d/u.test(word)) continue;
      const stem = stemGerman(word);
      if (stem.length < MIN_STEM_LENGTH) continue;
      const spellings = counts.get(stem) ?? new Map<string, number>();
      counts.set(stem, spellings);
      spellings.set(word, (spellings.get(word) ?? 0) + 1);
    }
  }
  const words = new Map<string, SiteWord>();
  for (const [stem, spellings] of counts) {
    const ranked = [...spellings].sort((a, b) => b[1] - a[1]).map(([word]) => word);
    words.set(stem, { noun: ranked.find(isNoun), other: ranked.find((word) => !isNoun(word)) });
  }
  return words;
}

/**
 * The synonym table for a site: for every word of a thesaurus or team set that holds a word of the
 * site, the site's words of that set, of the same kind (noun with noun), ranked by how many sets
 * they share, then by the smaller set; the team's sets first. Blocked pairs are left out both ways.
 */
export function buildSynonymTable(
  thesaurus: readonly SynonymSet[],
  rules: SynonymRules,
  site: ReadonlyMap<string, SiteWord>,
): SynonymTable {
  const blocked = new Set(
    rules.blocked.flatMap(([a, b]) => [
      `${stemGerman(a)}|${stemGerman(b)}`,
      `${stemGerman(b)}|${stemGerman(a)}`,
    ]),
  );
  const scores = new Map<string, Map<string, { word: string; shared: number; size: number; own: boolean }>>();
  const add = (set: SynonymSet, own: boolean) => {
    if (!own && set.length > MAX_SET_SIZE) return;
    const onSite = set.flatMap((word) => {
      const found = site.get(stemGerman(word));
      // A noun leads to a word the site writes as a noun, in the site's spelling; so does an adjective.
      const spelling = isNoun(word) ? found?.noun : (found?.other ?? (own ? found?.noun : undefined));
      return spelling ? [{ stem: stemGerman(word), word: spelling }] : [];
    });
    if (onSite.length === 0) return;
    for (const reader of set) {
      if (!own && isVerb(reader)) continue;
      const stem = stemGerman(reader);
      if (stem.length < MIN_STEM_LENGTH) continue;
      for (const target of onSite) {
        if (target.stem === stem || blocked.has(`${stem}|${target.stem}`)) continue;
        if (!own && isNoun(reader) !== isNoun(target.word)) continue;
        const table = scores.get(stem) ?? new Map();
        scores.set(stem, table);
        const entry = table.get(target.stem) ?? { word: target.word, shared: 0, size: set.length, own };
        entry.shared += 1;
        entry.size = Math.min(entry.size, set.length);
        entry.own ||= own;
        table.set(target.stem, entry);
      }
    }
  };
  for (const set of rules.sets) add(set, true);
  for (const set of thesaurus) add(set, false);
  const table: SynonymTable = {};
  for (const stem of [...scores.keys()].sort()) {
    table[stem] = [...(scores.get(stem)?.values() ?? [])]
      .sort((a, b) => Number(b.own) - Number(a.own) || b.shared - a.shared || a.size - b.size)
      .slice(0, MAX_SYNONYMS)
      .map(({ word }) => word);
  }
  return table;
}

/** The file a stem's synonyms are in: its first letter (a–z), or `_` for anything else. */
export function synonymShard(stem: string): string {
  const first = stem[0] ?? '_';
  return /[a-z]/u.test(first) ? first : '_';
}

/** The table split by `synonymShard`, so that a query fetches only the files of its words. */
export function shardSynonyms(table: SynonymTable): Map<string, SynonymTable> {
  const shards = new Map<string, SynonymTable>();
  for (const [stem, words] of Object.entries(table)) {
    const shard = synonymShard(stem);
    const part = shards.get(shard) ?? {};
    part[stem] = words;
    shards.set(shard, part);
  }
  return shards;
}

/** The words of a query a synonym may stand in for: each word with its stem (long enough to expand). */
export function expandableWords(query: string): { word: string; stem: string }[] {
  return wordsOf(query)
    .map((word) => ({ word, stem: stemGerman(word) }))
    .filter(({ stem }) => stem.length >= MIN_STEM_LENGTH && !/\d/u.test(stem));
}

/** One query to search as well: the reader's query with one word replaced by a synonym. */
export interface ExpandedQuery {
  query: string;
  /** The synonym that stands in the query. */
  synonym: string;
  /** The reader's word it stands for. */
  word: string;
}

/** A query's expansions, best first: each word by each of its synonyms in turn, at most `limit`. */
export function expandQuery(query: string, table: SynonymTable, limit = 4): ExpandedQuery[] {
  const words = expandableWords(query);
  const candidates = words.map(({ word, stem }) => ({ word, synonyms: table[stem] ?? [] }));
  const expanded: ExpandedQuery[] = [];
  for (let rank = 0; rank < MAX_SYNONYMS; rank += 1) {
    for (const { word, synonyms } of candidates) {
      const synonym = synonyms[rank];
      if (synonym === undefined || expanded.length >= limit) continue;
      // Replace that one word (as a whole word) in the query.
      const replaced = query.replace(
        new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, 'u'),
        (_, before: string) => `${before}${synonym}`,
      );
      if (foldGerman(replaced) !== foldGerman(query)) expanded.push({ query: replaced, synonym, word });
    }
  }
  return expanded;
}
