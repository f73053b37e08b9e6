/**
 * The site's one HTML escaper and one entity decoder, and the text of an HTML fragment. Pure and
 * dependency-free: browser code, build steps and plain-Node scripts (`tools/manifest.mjs`) share it.
 */

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe for HTML content and attribute values (`&`, `<`, `>`, `"`, `'`). */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/gu, (char) => ESCAPES[char] ?? char);
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  shy: '',
};

/**
 * Decodes character references: numeric ones (`&#8211;`, `&#x27;`) and the named ones HTML writers
 * use for text (`&amp;`, `&nbsp;`, …); any other named entity becomes a space.
 */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (_, name: string) => {
    if (/^#x/iu.test(name)) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return NAMED_ENTITIES[name.toLowerCase()] ?? ' ';
  });
}

/**
 * Collapses the markup of an HTML fragment to its text: inline elements join, other tags and unknown
 * named entities become spaces, entities are decoded, soft hyphens go, white space collapses.
 */
export function htmlText(html: string): string {
  const text = html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/giu, ' ')
    // Inline elements do not end a word (`Sozial<b>raum</b>`); every other tag does.
    .replace(
      /<\/?(?:a|abbr|b|cite|code|del|em|i|ins|kbd|mark|q|s|small|span|strong|sub|sup|u)\b[^>]*>/giu,
      '',
    )
    .replace(/<[^>]+>/gu, ' ')
    .replace(/\u00ad/gu, '');
  return decodeEntities(text).replace(/\s+/gu, ' ').trim();
}
