/**
 * Typo tolerance for the search: the site's own vocabulary (built at build time from the indexed
 * pages), compared with a query's words in one spelling (`foldGerman`: case, umlauts and ß) by edit
 * distance. Pure, unit-tested; the browser loads the vocabulary only together with the search.
 */
import { editDistance } from '#src/lib/german/edit-distance.ts';
import { foldGerman } from '#src/lib/german/folding.ts';
import { wordsOf } from '#src/lib/german/words.ts';

/** Words shorter than this are not corrected: a typo in them could be many words. */
const MIN_CORRECTED_LENGTH = 5;

/** How many edits a word of this length may be away from its correction: one, two from eight letters on. */
function allowedEdits(length: number): number {
  if (length < MIN_CORRECTED_LENGTH) return 0;
  return length >= 8 ? 2 : 1;
}

/**
 * The site's vocabulary: each word of at least five letters once (first spelling seen, by how often
 * it occurs, most frequent first), from the texts given (the indexed pages' text and facts).
 */
export function buildVocabulary(texts: Iterable<string>): string[] {
  const counts = new Map<string, { word: string; count: number; first: number }>();
  let position = 0;
  for (const text of texts) {
    for (const word of wordsOf(text)) {
      position += 1;
      if (word.length < MIN_CORRECTED_LENGTH || /\d/u.test(word)) continue;
      const key = foldGerman(word);
      const entry = counts.get(key);
      if (entry) entry.count += 1;
      else counts.set(key, { word, count: 1, first: position });
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.first - b.first).map(({ word }) => word);
}

/** The vocabulary as corrections compare it: each word with its folded spelling, folded once. */
export interface FoldedVocabulary {
  /** The words, most frequent first, as the vocabulary spells them. */
  words: readonly string[];
  /** `foldGerman` of each word, at the same position. */
  folded: readonly string[];
}

/** Folds a vocabulary (see `buildVocabulary`) once, for any number of corrections. */
export function foldVocabulary(words: readonly string[]): FoldedVocabulary {
  return { words, folded: words.map(foldGerman) };
}

/**
 * The best correction of a word from the vocabulary, or undefined when the word is known (it or a
 * longer word beginning with it, as the search matches beginnings) or nothing is near enough.
 * Fewest edits wins; among equals the more frequent word (earlier in the vocabulary).
 */
export function correctWord(word: string, vocabulary: FoldedVocabulary): string | undefined {
  const limit = allowedEdits(word.length);
  if (limit === 0) return undefined;
  const folded = foldGerman(word);
  let best: { index: number; distance: number } | undefined;
  for (const [index, candidate] of vocabulary.folded.entries()) {
    if (candidate.startsWith(folded)) return undefined;
    const distance = editDistance(folded, candidate, best ? best.distance - 1 : limit);
    if (distance <= limit && (!best || distance < best.distance)) best = { index, distance };
  }
  return best && vocabulary.words[best.index];
}

/** An unfinished word shorter than this is not completed: too many words begin alike. */
const MIN_COMPLETED_LENGTH = 4;

/**
 * The completion of a word the reader is still typing, when no word of the vocabulary begins with
 * it: the most frequent word whose beginning is one edit away (`Farok` → `Farrokhzad`, whose
 * beginning `Farrok` lacks one letter), or undefined.
 */
export function completeWord(word: string, vocabulary: FoldedVocabulary): string | undefined {
  const folded = foldGerman(word);
  if (folded.length < MIN_COMPLETED_LENGTH) return undefined;
  if (vocabulary.folded.some((candidate) => candidate.startsWith(folded))) return undefined;
  const index = vocabulary.folded.findIndex((candidate) =>
    [folded.length - 1, folded.length, folded.length + 1].some(
      (length) => length < candidate.length && editDistance(folded, candidate.slice(0, length), 1) <= 1,
    ),
  );
  return index === -1 ? undefined : vocabulary.words[index];
}

/**
 * The query with each word the vocabulary can correct corrected, or undefined when nothing changes.
 * With `unfinished`, the last word is still being typed: when it cannot be corrected as a whole
 * word, it is completed (see `completeWord`).
 */
export function correctQuery(
  query: string,
  vocabulary: FoldedVocabulary,
  unfinished = false,
): string | undefined {
  let changed = false;
  const last = [...query.matchAll(/[\p{L}\p{N}]+/gu)].at(-1)?.index;
  const corrected = query.replace(/[\p{L}\p{N}]+/gu, (word, at: number) => {
    const better =
      correctWord(word, vocabulary) ??
      (unfinished && at === last ? completeWord(word, vocabulary) : undefined);
    if (better === undefined) return word;
    changed = true;
    return better;
  });
  return changed ? corrected : undefined;
}
