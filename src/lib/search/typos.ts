/**
 * Typo tolerance for the search: the site's own vocabulary (built at build time from the indexed
 * pages) and an edit distance that knows German spelling. Pure, unit-tested; the browser loads the
 * vocabulary only together with the search.
 */
import { foldGerman, wordsOf } from '~/lib/search/spellings';

/**
 * Edit distance between two words after folding case, umlauts and ß (`Düsseldorf` = `Duesseldorf`),
 * counting a swap of two neighbouring letters as one edit (optimal string alignment). Stops early and
 * returns `limit + 1` once the distance is known to exceed `limit`.
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  const s = foldGerman(a);
  const t = foldGerman(b);
  if (Math.abs(s.length - t.length) > limit) return limit + 1;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= t.length; j += 1) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1])
        value = Math.min(value, (beforePrevious[j - 2] ?? 0) + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    beforePrevious = previous;
    previous = current;
  }
  return previous[t.length] ?? 0;
}

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

/**
 * The best correction of a word from the vocabulary, or undefined when the word is known (it or a
 * longer word beginning with it, as the search matches beginnings) or nothing is near enough.
 * Fewest edits wins; among equals the more frequent word (earlier in the vocabulary).
 */
export function correctWord(word: string, vocabulary: readonly string[]): string | undefined {
  const limit = allowedEdits(word.length);
  if (limit === 0) return undefined;
  const folded = foldGerman(word);
  let best: { word: string; distance: number } | undefined;
  for (const candidate of vocabulary) {
    const foldedCandidate = foldGerman(candidate);
    if (foldedCandidate.startsWith(folded)) return undefined;
    const distance = editDistance(folded, foldedCandidate, best ? best.distance - 1 : limit);
    if (distance <= limit && (!best || distance < best.distance)) best = { word: candidate, distance };
  }
  return best?.word;
}

/** The query with each word the vocabulary can correct corrected, or undefined when nothing changes. */
export function correctQuery(query: string, vocabulary: readonly string[]): string | undefined {
  let changed = false;
  const corrected = query.replace(/[\p{L}\p{N}]+/gu, (word) => {
    const better = correctWord(word, vocabulary);
    if (better === undefined) return word;
    changed = true;
    return better;
  });
  return changed ? corrected : undefined;
}
