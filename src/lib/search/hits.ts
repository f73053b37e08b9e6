/**
 * What the reader typed and what counts as a hit for it, in the browser.
 */
import { foldGerman } from '#src/lib/german/folding.ts';

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
