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

const PASSAGE_LINK = new RegExp(`<a\\b[^>]*\\sdata-copy-link="${PASSAGE_LINK_MARK}"[^>]*></a>`, 'gu');

/** Rendered HTML without its passage links: for pages and feeds where the passages have no ids. */
export function withoutPassageLinks(html: string): string {
  return html.replace(PASSAGE_LINK, '');
}
