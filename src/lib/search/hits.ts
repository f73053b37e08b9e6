/**
 * What the reader typed and what counts as a hit for it, in the browser.
 */
import { foldGerman } from '#src/lib/german/folding.ts';
import type { ExcerptPart } from '#src/lib/search/excerpts.ts';

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

/** A text as its hits for `terms` (whole words, see `isHit`) and the plain text between them. */
export function markHits(text: string, terms: readonly string[]): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  for (const [index, piece] of text.split(/([\p{L}\p{N}]+)/u).entries()) {
    if (piece === '') continue;
    const marked = index % 2 === 1 && isHit(piece, terms);
    const last = parts[parts.length - 1];
    if (last && !last.marked && !marked) last.text += piece;
    else parts.push({ text: piece, marked });
  }
  return parts;
}

/** The facts a result names when the searched words are in them and not in its text. */
const NAMED_FACTS = ['Thema', 'Institution', 'Ort'] as const;

/** A fact of a section that holds a searched word: `Thema` „Befragungen und Methoden“, marked. */
export interface FoundFact {
  name: (typeof NAMED_FACTS)[number];
  parts: ExcerptPart[];
}

/**
 * The topics, institutions and places of a section (its filter values) that hold one of `terms`,
 * with the hits marked: where a result found only through its facts says why it was found.
 * Presenters and the kind are left out: every result names them.
 */
export function factsHolding(
  filters: Readonly<Record<string, readonly string[]>>,
  terms: readonly string[],
): FoundFact[] {
  return NAMED_FACTS.flatMap((name) =>
    (filters[name] ?? [])
      .map((value) => ({ name, parts: markHits(value, terms) }))
      .filter(({ parts }) => parts.some(({ marked }) => marked)),
  );
}
