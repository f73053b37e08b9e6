/**
 * Passages: the parts of a section's text a reader can link to, each with an id that counts it in its
 * kind — paragraphs (`absatz-3`, counted by the site in reading order), numbered findings
 * (`ergebnis-1`), next steps (`schritt-2`) and any other numbered points (`punkt-4`; all three items of a
 * list numbered `1.`, their kind named by the sentence that leads into the list, or ids written on
 * `<li>` elements in the MDX). This module
 * is their vocabulary: the kinds, the ids and what a reader calls them („Absatz 3“). The hast plugin
 * (`mark-passages.ts`) puts the ids and passage links on the pages, the document tree
 * (`document.ts`, `passagesOf`) finds the same passages for the register, the snippets and the integrity
 * check, the permalink checks (`permalinks/manifest.ts`) and the search index (`search/page-index.ts`)
 * recognise them in built HTML, and the browser labels them. Tiny and dependency-free, so browser code
 * imports it too.
 */

/** The kinds of passage by the word their ids start with, and what a reader calls one. */
export const PASSAGE_KINDS = {
  absatz: 'Absatz',
  ergebnis: 'Ergebnis',
  schritt: 'Schritt',
  punkt: 'Punkt',
} as const;

export type PassageKind = keyof typeof PASSAGE_KINDS;

/** A passage id: its kind and its position in that kind, counted from 1 (`absatz-3`). */
const PASSAGE_ID = new RegExp(`^(${Object.keys(PASSAGE_KINDS).join('|')})-(\\d+)$`, 'u');

/** A passage of a section's text: its id and its text, white space folded. */
export interface Passage {
  /** `absatz-3`, `ergebnis-1`, `schritt-2`, `punkt-4`. */
  id: string;
  text: string;
}

/** The id of the passage at `position` (counted from 1) of its kind: `passageId('absatz', 3)` → `absatz-3`. */
export function passageId(kind: PassageKind, position: number): string {
  return `${kind}-${position}`;
}

/**
 * True for the ids of passages. They count their elements, so an element added before one shifts it:
 * the permalink checks keep the text each was published for.
 */
export function isPassageId(id: string): boolean {
  return PASSAGE_ID.test(id);
}

/** What a reader calls a passage: `absatz-3` → `Absatz 3`; any other id stays as it is. */
export function passageLabel(id: string): string {
  const match = PASSAGE_ID.exec(id);
  if (!match) return id;
  return `${PASSAGE_KINDS[match[1] as PassageKind]} ${match[2]}`;
}
