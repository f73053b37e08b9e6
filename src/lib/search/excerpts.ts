/**
 * Pagefind's excerpts as text and marked hits, never as HTML.
 */
import { decodeEntities } from '#src/lib/html.ts';

/** One piece of an excerpt: plain text, or a hit Pagefind marked. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/** A marked word's punctuation before and after it (`„Kölner`, `untersucht,`), which Pagefind marks too. */
const AROUND_WORD = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su;

/**
 * Splits a Pagefind excerpt into text and marked hits. Only Pagefind's literal `<mark>` and
 * `</mark>` become marks; everything else, markup-like text included, stays text, to be put
 * into the page with `textContent`, never as HTML. Pagefind marks whole words as the text splits at
 * spaces (`untersucht,`): the punctuation around a word is left out of its mark.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const add = (text: string, marked: boolean) => {
    if (text === '') return;
    const last = parts[parts.length - 1];
    if (last && last.marked === marked) last.text += text;
    else parts.push({ text, marked });
  };
  let marked = false;
  for (const piece of excerpt.split(/(<mark>|<\/mark>)/u)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (!marked) add(decodeEntities(piece), false);
    else {
      const [, before = '', word = '', after = ''] = AROUND_WORD.exec(decodeEntities(piece)) ?? [];
      add(before, false);
      add(word, true);
      add(after, false);
    }
  }
  // Pagefind puts „…“ where it cut, with a space: a no-break space keeps it from a line of its own.
  const first = parts[0];
  const last = parts[parts.length - 1];
  if (first) first.text = first.text.replace(/^… /u, '…\u00a0');
  if (last) last.text = last.text.replace(/ …$/u, '\u00a0…');
  return parts;
}
