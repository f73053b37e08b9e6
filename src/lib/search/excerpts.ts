/**
 * Pagefind's excerpts as text and marked hits, never as HTML.
 */
import { decodeEntities } from '#src/lib/html.ts';

/** One piece of an excerpt: plain text, or a hit Pagefind marked. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/**
 * Splits a Pagefind excerpt into text and marked hits. Only Pagefind's literal `<mark>` and
 * `</mark>` become marks; everything else, markup-like text included, stays text, to be put
 * into the page with `textContent`, never as HTML.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<mark>|<\/mark>)/u)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (piece !== '') parts.push({ text: decodeEntities(piece), marked });
  }
  // Pagefind puts „…“ where it cut, with a space: a no-break space keeps it from a line of its own.
  const first = parts[0];
  const last = parts[parts.length - 1];
  if (first) first.text = first.text.replace(/^… /u, '…\u00a0');
  if (last) last.text = last.text.replace(/ …$/u, '\u00a0…');
  return parts;
}
