/**
 * What the indexer changes in its copy of a built page before Pagefind reads it. Pure string
 * work on the HTML Astro wrote, unit-tested without a build.
 */

import { isPassageId, passageLabel } from '#src/lib/content/passages.ts';
import { escapeHtml, htmlText } from '#src/lib/html.ts';
import { withoutSoftHyphens } from '#src/lib/german/hyphenation.ts';

const BODY_START = /<(\w+)\b[^>]*\bdata-pagefind-body\b[^>]*>/u;
/** The section's facts (an element without another of its kind inside): `data-search-facts`. */
const FACTS = /<(\w+)\b[^>]*\bdata-search-facts\b[^>]*>([\s\S]*?)<\/\1>/u;

/** An invisible metadata field for Pagefind (searched, returned with results, never in excerpts). */
function metaSpan(name: string, value: string): string {
  return value === '' ? '' : `<span data-pagefind-meta="${name}:${escapeHtml(value)}"></span>`;
}

/**
 * The page as Pagefind should index it, or undefined when it has no `data-pagefind-body`: without the
 * soft hyphens of its titles (Pagefind finds the word whole, but keeps them in the text its excerpts
 * and sub-results show); with invisible metadata fields right inside the body: `terms`, the extra
 * terms for its text, and `facts`, the text of its facts (`data-search-facts`, which the page keeps
 * out of the indexed text with `data-pagefind-ignore`); and `data-pagefind-title` on passages
 * (`id="ergebnis-2"` → sub-result „Ergebnis 2“).
 */
export function prepareForIndex(
  page: string,
  termsFor: (text: string) => readonly string[],
): string | undefined {
  const html = withoutSoftHyphens(page);
  const start = BODY_START.exec(html);
  if (!start) return undefined;
  const tag = start[1] ?? 'article';
  const bodyFrom = start.index + start[0].length;
  const closing = html.indexOf(`</${tag}>`, bodyFrom);
  const bodyHtml = html.slice(bodyFrom, closing === -1 ? undefined : closing);
  const terms = termsFor(htmlText(bodyHtml));
  // The facts (presenters, institutions, topics, places) are left out of the indexed text, so that no
  // excerpt is made of them; as metadata they are still searched.
  const facts = htmlText(FACTS.exec(bodyHtml)?.[2] ?? '');
  const metaSpans = metaSpan('terms', terms.join(' ')) + metaSpan('facts', facts);
  const withTitles = bodyHtml.replace(
    /<(\w+)((?:\s[^>]*)?)\sid="([^"]+)"([^>]*)>/gu,
    (whole, name: string, before: string, id: string, after: string) => {
      if (whole.includes('data-pagefind-title') || !isPassageId(id)) return whole;
      return `<${name}${before} id="${id}"${after} data-pagefind-title="${passageLabel(id)}">`;
    },
  );
  return html.slice(0, bodyFrom) + metaSpans + withTitles + (closing === -1 ? '' : html.slice(closing));
}
