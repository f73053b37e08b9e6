/**
 * How the search orders what Pagefind finds beyond the reader's own words: the sections that only
 * synonyms of a query found, and, when all of a query's words together find nothing, the sections
 * that hold most of them. Pure, unit-tested; the browser's engine (src/browser/search/engine.ts)
 * runs Pagefind's searches and hands their results here.
 */
import { stemGerman } from '#src/lib/german/stemming.ts';
import { TAKES_LINKING_S, wordsOf } from '#src/lib/german/words.ts';

/** A result of one of Pagefind's searches, known by its id; the rest is the caller's. */
export interface FoundSection {
  id: string;
}

/** One search for a synonym: the synonym and what it found, in Pagefind's order. */
export interface ExpansionResults<R extends FoundSection> {
  synonym: string;
  results: readonly R[];
}

/** A section that only synonyms found, with the synonyms that found it (the first found it highest). */
export interface SynonymCandidate<R extends FoundSection> {
  result: R;
  synonyms: string[];
}

/**
 * The sections the synonyms' searches found that the query's own results (`own`) do not hold, each
 * once. The searches take turns, best result first (each search's first, then each one's second, …),
 * so that when only the first few are looked at, every synonym's best sections are among them.
 */
export function mergeExpansions<R extends FoundSection>(
  own: ReadonlySet<string>,
  searches: readonly ExpansionResults<R>[],
): SynonymCandidate<R>[] {
  const found = new Map<string, SynonymCandidate<R>>();
  const longest = Math.max(0, ...searches.map(({ results }) => results.length));
  for (let rank = 0; rank < longest; rank += 1) {
    for (const { synonym, results } of searches) {
      const result = results[rank];
      if (!result || own.has(result.id)) continue;
      const known = found.get(result.id);
      if (!known) found.set(result.id, { result, synonyms: [synonym] });
      else if (!known.synonyms.includes(synonym)) known.synonyms.push(synonym);
    }
  }
  return [...found.values()];
}

/**
 * Where a section holds a synonym, strongest first: in its title; in its text as that word (any
 * inflection, or a part of a compound: `Befragungen`, `Jugendbefragung` for `Befragung`); among its
 * facts (presenters, institutions, topics, places); or only as a word of the same root, which
 * Pagefind's stemming also finds (`untersucht` for `Untersuchung`) and which says much less.
 */
export const SYNONYM_MATCHES = ['title', 'text', 'facts', 'related'] as const;
export type SynonymMatch = (typeof SYNONYM_MATCHES)[number];

/** What a section shows the search: its title, its text and its facts, as plain text. */
export interface SectionText {
  title: string;
  text: string;
  facts: string;
}

/** A compound's part after a first part that takes a linking s has at least this many letters. */
const MIN_TAIL_LENGTH = 4;

/** Whether a (stemmed) word is `stem` itself, or a compound with `stem` as a part at either end. */
function isWordOf(held: string, stem: string): boolean {
  if (held === stem || held.endsWith(stem)) return true;
  // `Befragungs|ergebnisse`: a first part known by the linking s German requires after it.
  return (
    TAKES_LINKING_S.test(stem) &&
    held.startsWith(`${stem}s`) &&
    held.length >= stem.length + 1 + MIN_TAIL_LENGTH
  );
}

/**
 * Whether `text` holds `word` as a word: inflected (`Befragungen`), or as a part of a compound
 * (`Jugendbefragung`, `Befragungsergebnisse`), not only a word of the same root (`befragt`). Narrower
 * on purpose than `wordFormsOf` (src/lib/german/word-forms.ts), which also counts derived words
 * (`Befragten`, `untersucht`) as a topic's forms: those are what Pagefind's stemming adds to a
 * synonym, and what ranks it lower here.
 */
export function holdsWord(text: string, word: string): boolean {
  const wanted = wordsOf(word).map(stemGerman);
  if (wanted.length === 0) return false;
  const held = [...new Set(wordsOf(text).map(stemGerman))];
  return wanted.every((stem) => held.some((one) => isWordOf(one, stem)));
}

/** How a section holds the synonyms that found it: the strongest of their matches. */
export function synonymMatch(synonyms: readonly string[], section: SectionText): SynonymMatch {
  const holds = (text: string) => synonyms.some((synonym) => holdsWord(text, synonym));
  if (holds(section.title)) return 'title';
  if (holds(section.text)) return 'text';
  if (holds(section.facts)) return 'facts';
  return 'related';
}

/**
 * Sections found through synonyms, strongest match first (see `SYNONYM_MATCHES`); within one kind of
 * match, in the order given (the order `mergeExpansions` found them in).
 */
export function rankBySynonymMatch<T extends { match: SynonymMatch }>(sections: readonly T[]): T[] {
  const strength = (section: T) => SYNONYM_MATCHES.indexOf(section.match);
  return sections
    .map((section, order) => ({ section, order }))
    .sort((a, b) => strength(a.section) - strength(b.section) || a.order - b.order)
    .map(({ section }) => section);
}

/** One word of a query with the results of its searches: the word itself and each of its synonyms. */
export interface WordResults<R extends FoundSection> {
  word: string;
  searches: readonly (readonly R[])[];
}

/** A section that holds some of a query's words, with the words it lacks. */
export interface PartialMatch<R extends FoundSection> {
  result: R;
  lacking: string[];
}

/**
 * For a query whose words together find nothing: the sections that hold the most of its words (each
 * word found by itself or a synonym), higher in the words' searches first (the sum of 1 / rank), and
 * the words that no section holds. Where no two words meet, the sections holding any one of them.
 */
export function rankPartly<R extends FoundSection>(
  perWord: readonly WordResults<R>[],
): { ranked: PartialMatch<R>[]; missing: string[] } {
  const sections = new Map<string, { result: R; score: number; has: Set<string> }>();
  const missing: string[] = [];
  for (const { word, searches } of perWord) {
    const best = new Map<string, { rank: number; result: R }>();
    for (const results of searches) {
      for (const [rank, result] of results.entries()) {
        const known = best.get(result.id);
        if (!known || rank < known.rank) best.set(result.id, { rank, result });
      }
    }
    if (best.size === 0) missing.push(word);
    for (const [id, { rank, result }] of best) {
      const entry = sections.get(id) ?? { result, score: 0, has: new Set<string>() };
      entry.score += 1 / (rank + 1);
      entry.has.add(word);
      sections.set(id, entry);
    }
  }
  const most = Math.max(0, ...[...sections.values()].map(({ has }) => has.size));
  const ranked = [...sections.values()]
    .filter(({ has }) => has.size === most)
    .sort((a, b) => b.score - a.score)
    .map(({ result, has }) => ({
      result,
      lacking: perWord.map(({ word }) => word).filter((word) => !has.has(word)),
    }));
  return { ranked, missing };
}
