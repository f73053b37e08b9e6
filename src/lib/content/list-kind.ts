/**
 * The kind of passage a numbered list's items are (`passages.ts`), from the sentence that leads into
 * the list: findings (`ergebnis`), steps (`schritt`), or any other points (`punkt`). The importer gives
 * imported lists their ids by it (`src/lib/import/list-ids.ts`), and the site numbers the items of a
 * Markdown list that has no ids written by it (`document.ts`).
 */
import type { PassageKind } from '#src/lib/content/passages.ts';
import { splitSentences } from '#src/lib/german/sentences.ts';

/** The kinds a list can be named by the words of its lead-in; `punkt` when it names none. */
const NAMED_LIST_KINDS = ['ergebnis', 'schritt'] as const satisfies readonly PassageKind[];

/**
 * The passage kind of a numbered list, from the sentence that leads into it (the last sentence of
 * the paragraph before it, „… fasst erste Ergebnisse zusammen:“): the kind whose word it names
 * first, also inside a compound („Forschungsschritte“, „Zwischenergebnisse“); `punkt` otherwise.
 */
export function listKind(leadIn: string | undefined): PassageKind {
  const sentence = (splitSentences(leadIn ?? '').at(-1) ?? '').toLocaleLowerCase('de');
  let kind: PassageKind = 'punkt';
  let first = Number.POSITIVE_INFINITY;
  for (const candidate of NAMED_LIST_KINDS) {
    const at = sentence.indexOf(candidate);
    if (at !== -1 && at < first) {
      first = at;
      kind = candidate;
    }
  }
  return kind;
}
