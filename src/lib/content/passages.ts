/**
 * Passages: the parts of a section's text a reader can link to, each with an id of its kind and a number
 * — paragraphs (`absatz-3`), numbered findings (`ergebnis-1`), next steps (`schritt-2`) and any other
 * numbered points (`punkt-4`; a numbered list's kind chosen by the sentence that leads into it,
 * `list-kind.ts`). The number stays with the passage's text: it is matched against the section's record
 * of published passages (`passage-matching.ts`), so an insertion before it does not shift it. This
 * module is their vocabulary: the kinds, the ids and what a reader calls them („Absatz 3“). The hast
 * plugin (`mark-passages.ts`) puts the ids and passage links on the pages, the document tree
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

/** A passage id: its kind and its number in that kind, from 1 (`absatz-3`). */
const PASSAGE_ID = new RegExp(`^(${Object.keys(PASSAGE_KINDS).join('|')})-(\\d+)$`, 'u');

/** A passage of a section's text: its id and its text, white space folded. */
export interface Passage {
  /** `absatz-3`, `ergebnis-1`, `schritt-2`, `punkt-4`. */
  id: string;
  text: string;
}

/** The id of the passage numbered `position` (from 1) of its kind: `passageId('absatz', 3)` → `absatz-3`. */
export function passageId(kind: PassageKind, position: number): string {
  return `${kind}-${position}`;
}

/** True for the ids of passages; the permalink checks keep the opening words each was published for. */
export function isPassageId(id: string): boolean {
  return PASSAGE_ID.test(id);
}

/** What a reader calls a passage: `absatz-3` → `Absatz 3`; any other id stays as it is. */
export function passageLabel(id: string): string {
  const match = PASSAGE_ID.exec(id);
  if (!match) return id;
  return `${PASSAGE_KINDS[match[1] as PassageKind]} ${match[2]}`;
}
