/**
 * The ids of an imported report's numbered list items, in the site's passage vocabulary
 * (`src/lib/content/passages.ts`), so that every item gets its passage link and can be one of a
 * topic's passages: a list that its lead-in sentence introduces as findings gets `ergebnis-1` …, one
 * introduced as steps `schritt-1` …, any other list `punkt-1` …; each kind counted through the
 * section, as the hand-made report's lists are. The kind comes from `src/lib/content/list-kind.ts`.
 */
import { passageId, type PassageKind } from '#src/lib/content/passages.ts';
import { listKind } from '#src/lib/content/list-kind.ts';

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
