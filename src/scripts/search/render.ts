/**
 * Builds the result list in the DOM. Index content is never inserted as HTML: every text goes in
 * with `textContent`, and only Pagefind's own <mark> markers become <mark> elements.
 */
import { excerptParts } from '~/lib/search/excerpts';
import type { SearchHit } from '~/scripts/search/engine';

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** An excerpt as text with its hits in <mark>. */
export function renderExcerpt(excerpt: string, className: string): HTMLParagraphElement {
  const paragraph = element('p', className);
  for (const part of excerptParts(excerpt)) {
    paragraph.append(part.marked ? element('mark', '', part.text) : document.createTextNode(part.text));
  }
  return paragraph;
}

/** One result: title link, kind and presenters, and links to the passages inside (or an excerpt). */
export function renderHit(hit: SearchHit): HTMLLIElement {
  const item = element('li', 'search-hit border-b border-line py-3 last:border-b-0');
  const link = element('a', 'search-link font-semibold', hit.title);
  link.href = hit.url;
  const heading = element('p', 'font-serif text-base leading-snug');
  heading.append(link);
  item.append(heading);
  const facts = [hit.kind, hit.presenters].filter((fact) => fact !== '').join(' · ');
  if (facts !== '') item.append(element('p', 'mt-0.5 text-sm text-muted', facts));
  // The passages are the report's own text with the hits marked. Only when the words are found
  // outside the text (title, presenters, institutions) does the page's excerpt say where.
  if (hit.passages.length === 0) item.append(renderExcerpt(hit.excerpt, 'mt-1 text-sm'));
  else {
    const list = element('ul', 'mt-2 space-y-2 border-l-2 border-line pl-3');
    for (const passage of hit.passages) {
      const entry = element('li', 'text-sm');
      const passageLink = element('a', 'search-link', passage.title);
      passageLink.href = passage.url;
      entry.append(passageLink, renderExcerpt(passage.excerpt, 'text-muted'));
      list.append(entry);
    }
    item.append(list);
  }
  return item;
}

/** Replaces the list's items with the hits. */
export function renderHits(list: HTMLElement, hits: readonly SearchHit[]): void {
  list.replaceChildren(...hits.map(renderHit));
}

/** „1 Treffer“, „5 Treffer“, „Keine Treffer“ with the query named. */
export function countText(count: number, query: string): string {
  const amount = count === 0 ? 'Keine Treffer' : `${count} Treffer`;
  return query.trim() === '' ? amount : `${amount} für „${query.trim()}“`;
}

/** Moves focus among the result links with the arrow keys; returns false when nothing moved. */
export function moveFocus(links: readonly HTMLElement[], current: Element | null, step: 1 | -1): boolean {
  if (links.length === 0) return false;
  const index = current instanceof HTMLElement ? links.indexOf(current) : -1;
  const next = index === -1 ? (step === 1 ? 0 : links.length - 1) : index + step;
  const target = links[next];
  if (!target) return false;
  target.focus();
  return true;
}
