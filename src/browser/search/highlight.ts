/**
 * Marks the searched words on a page reached from a search result (`?markiert=Köln`), inside the
 * page's reading content. Loaded only when the URL asks for it.
 */
import { isHit } from '#src/lib/search/hits.ts';
import { highlightTerms } from '#src/lib/search/url.ts';

export function markSearchedWords(): void {
  const terms = highlightTerms(window.location.search);
  const root = document.querySelector('[data-pagefind-body]') ?? document.querySelector('main');
  if (terms.length === 0 || !root) return;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      // Not what the index leaves out (navigation, link buttons), except the section's header and
      // facts: the index holds their words as metadata, and a reader looks for the words there too.
      node.parentElement?.closest(
        'script, style, mark, [data-pagefind-ignore]:not(header, [data-search-facts]), [hidden]',
      )
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const textNodes: Text[] = [];
  while (walker.nextNode()) textNodes.push(walker.currentNode as Text);
  let first: HTMLElement | undefined;
  for (const node of textNodes) {
    const text = node.data;
    const pieces = text.split(/([\p{L}\p{N}\u00ad]+)/u);
    if (!pieces.some((piece, index) => index % 2 === 1 && isHit(piece.replace(/\u00ad/gu, ''), terms)))
      continue;
    const fragment = document.createDocumentFragment();
    pieces.forEach((piece, index) => {
      if (index % 2 === 1 && isHit(piece.replace(/\u00ad/gu, ''), terms)) {
        const mark = document.createElement('mark');
        mark.textContent = piece;
        first ??= mark;
        fragment.append(mark);
      } else if (piece !== '') {
        fragment.append(document.createTextNode(piece));
      }
    });
    node.replaceWith(fragment);
  }
  if (first && window.location.hash === '') first.scrollIntoView({ block: 'center' });
}

markSearchedWords();
