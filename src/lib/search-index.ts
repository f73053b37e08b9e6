/**
 * What the indexer changes in its copy of a built page before Pagefind reads it. Pure string
 * work on the HTML Astro wrote, unit-tested without a build.
 */

const BODY_START = /<(\w+)\b[^>]*\bdata-pagefind-body\b[^>]*>/u;

const NAMED_ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };

/** One entity's text (`#8211` → `–`, `quot` → `"`); other named entities count as a space. */
function decodeEntity(name: string): string {
  if (/^#x/iu.test(name)) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
  if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
  return NAMED_ENTITIES[name.toLowerCase()] ?? ' ';
}

/**
 * Collapses the markup of an HTML fragment to its text: inline elements join, other tags and unknown
 * named entities become spaces, the usual entities are decoded, soft hyphens go.
 */
export function htmlText(html: string): string {
  return html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/giu, ' ')
    // Inline elements do not end a word (`Sozial<b>raum</b>`); every other tag does.
    .replace(/<\/?(?:a|abbr|b|cite|em|i|mark|q|small|span|strong|sub|sup)\b[^>]*>/giu, '')
    .replace(/<[^>]+>/gu, ' ')
    .replace(/&nbsp;|&#160;/gu, ' ')
    .replace(/&shy;|\u00ad/gu, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (_, name: string) => decodeEntity(name))
    .replace(/\s+/gu, ' ')
    .trim();
}

function escapeAttribute(value: string): string {
  return value.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;').replace(/</gu, '&lt;');
}

/** Sub-result titles for elements the site gives an id to link a passage: findings and paragraphs. */
const PASSAGE_IDS: readonly { pattern: RegExp; title: (n: string) => string }[] = [
  { pattern: /^ergebnis-(\d+)$/u, title: (n) => `Ergebnis ${n}` },
  { pattern: /^absatz-(\d+)$/u, title: (n) => `Absatz ${n}` },
];

/**
 * The page as Pagefind should index it, or undefined when it has no `data-pagefind-body`:
 * an invisible `terms` metadata field right inside the body with the extra terms for its text,
 * and `data-pagefind-title` on passage anchors (`id="ergebnis-2"` → sub-result „Ergebnis 2“).
 */
export function prepareForIndex(html: string, termsFor: (text: string) => readonly string[]): string | undefined {
  const start = BODY_START.exec(html);
  if (!start) return undefined;
  const tag = start[1] ?? 'article';
  const bodyFrom = start.index + start[0].length;
  const closing = html.indexOf(`</${tag}>`, bodyFrom);
  const bodyHtml = html.slice(bodyFrom, closing === -1 ? undefined : closing);
  const terms = termsFor(htmlText(bodyHtml));
  const termsSpan = terms.length > 0 ? `<span data-pagefind-meta="terms:${escapeAttribute(terms.join(' '))}"></span>` : '';
  const withTitles = bodyHtml.replace(/<(\w+)((?:\s[^>]*)?)\sid="([^"]+)"([^>]*)>/gu, (whole, name: string, before: string, id: string, after: string) => {
    if (whole.includes('data-pagefind-title')) return whole;
    const passage = PASSAGE_IDS.find(({ pattern }) => pattern.test(id));
    if (!passage) return whole;
    const number = passage.pattern.exec(id)?.[1] ?? '';
    return `<${name}${before} id="${id}"${after} data-pagefind-title="${passage.title(number)}">`;
  });
  return html.slice(0, bodyFrom) + termsSpan + withTitles + (closing === -1 ? '' : html.slice(closing));
}
