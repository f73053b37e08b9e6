/**
 * The ids of an imported report's numbered list items, in the site's passage vocabulary
 * (`src/lib/content/passages.ts`), so that every item gets its passage link and can be one of a
 * topic's passages: a list that its lead-in sentence introduces as findings gets `ergebnis-1` …, one
 * introduced as steps `schritt-1` …, any other list `punkt-1` …; each kind counted through the
 * section, as the hand-made report's lists are.
 */
import { passageId, type PassageKind } from '#src/lib/content/passages.ts';
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

/** Numbers list items through one section, each kind on its own: `ergebnis-1`, `ergebnis-2`, `schritt-1`. */
export class ListIds {
  private readonly counts = new Map<PassageKind, number>();

  /** The ids of the items of the next list, given the paragraph before it. */
  next(leadIn: string | undefined, items: number): string[] {
    const kind = listKind(leadIn);
    const start = this.counts.get(kind) ?? 0;
    this.counts.set(kind, start + items);
    return Array.from({ length: items }, (_, index) => passageId(kind, start + index + 1));
  }
}
