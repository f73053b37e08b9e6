/**
 * Passage links: every passage of a section's text (`absatz-N`, `ergebnis-N`, `schritt-N`, `punkt-N`, see
 * `passages.ts`) ends with an empty link to itself, `<a href="#absatz-3" class="passage-link" …></a>`,
 * that the section page shows on hover and keyboard focus (its glyph is drawn by CSS,
 * src/styles/share.css) and that copies the passage's address (src/browser/copy.ts). Empty, so it adds
 * nothing to the passage's text: not to what a reader copies, not to the search index
 * (`data-pagefind-ignore`), not to the openings in `permalinks.json`. Pure: the hast plugin writes the
 * links, pages and feeds that show a text elsewhere take them out.
 */
import { passageLabel } from '#src/lib/content/passages.ts';

/** The `data-copy-link` value that marks a passage link (heading links have an empty one). */
export const PASSAGE_LINK_MARK = 'passage';

/** The passage link of the passage `id`, as a hast element. */
export function passageLinkElement(id: string) {
  return {
    type: 'element' as const,
    tagName: 'a',
    properties: {
      href: `#${id}`,
      className: ['passage-link'],
      ariaLabel: `Link zu ${passageLabel(id)} kopieren`,
      dataCopyLink: PASSAGE_LINK_MARK,
      dataPagefindIgnore: '',
    },
    children: [],
  };
}

/** The class of the note a link to a removed passage opens. */
export const REMOVED_PASSAGE_CLASS = 'passage-removed';

/** What the note says of the removed passage `id`: the same words for every kind (`Absatz`, `Ergebnis`). */
export function removedPassageText(id: string): string {
  return `Diese Stelle (${passageLabel(id)}) wurde aus dem Abschnitt entfernt. Der Link führt deshalb an den Anfang des Textes.`;
}

/**
 * The note for the removed passage `id`, as a hast element at the start of the section's text: it
 * carries the old id, so a published link still opens the section, and shows only when the address
 * names it (`:target`, src/styles/share.css); no script, and no text for the search index.
 */
export function removedPassageNote(id: string) {
  return {
    type: 'element' as const,
    tagName: 'p',
    properties: { id, className: [REMOVED_PASSAGE_CLASS], role: 'note', dataPagefindIgnore: '' },
    children: [{ type: 'text' as const, value: removedPassageText(id) }],
  };
}

const PASSAGE_LINK = new RegExp(`<a\\b[^>]*\\sdata-copy-link="${PASSAGE_LINK_MARK}"[^>]*></a>`, 'gu');
const REMOVED_NOTE = new RegExp(`<p\\b[^>]*\\sclass="${REMOVED_PASSAGE_CLASS}"[^>]*>[^<]*</p>`, 'gu');

/**
 * Rendered HTML without its passage links and removed passages' notes: for pages and feeds where the
 * passages have no ids.
 */
export function withoutPassageLinks(html: string): string {
  return html.replace(PASSAGE_LINK, '').replace(REMOVED_NOTE, '');
}
