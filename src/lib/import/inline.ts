/**
 * Running text with the author's inline markup, as the importer writes it into a section's MDX: links,
 * emphasis, strong emphasis, struck text, inline code and footnote marks are kept; every other
 * character is escaped so that the page shows it as written (quotes stay as they are typed). Readers
 * build an `InlineText` piece by piece with `InlineBuilder`; `markdownInline` reads Markdown's inline
 * syntax into one.
 */
import type { InlineText } from '#src/lib/import/blocks.ts';

/** Characters the editor never shows: zero-width spaces, byte-order marks, soft hyphens. */
const INVISIBLE = /[\u200b\u2060\ufeff\u00ad]/gu;

/** Markdown and MDX syntax in report text, escaped so that the page shows the text as it is. */
export function escapeMdx(text: string): string {
  return escapeLineStart(escapeInline(text));
}

/** Escapes what MDX would read as markup anywhere in a line. */
function escapeInline(text: string): string {
  return text
    .replace(/[\\`*{}<>[\]]/gu, (char) => `\\${char}`)
    .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_')
    .replace(/~~/gu, '\\~\\~')
    .replace(/&(?=#?[a-z0-9]+;)/giu, '&amp;');
}

/** Escapes what Markdown would read as a block's start: a heading, a list, a quote. */
function escapeLineStart(text: string): string {
  return text.replace(/^(#{1,6}\s|[-+]\s|>)/u, '\\$1').replace(/^(\d+)([.)])(\s)/u, '$1\\$2$3');
}

/** A link target as Markdown writes it: spaces and brackets encoded. */
const target = (url: string) => url.trim().replace(/[\s()<>]/gu, (char) => encodeURIComponent(char));

/** Builds one paragraph's plain text and markup side by side. */
export class InlineBuilder {
  private text = '';
  private markup = '';
  private readonly open: { kind: 'link' | 'em' | 'strong' | 'del'; url?: string; start: number }[] = [];
  /** Things in the text the page cannot show (inline images), for the review list. */
  readonly dropped: string[] = [];

  /** Plain characters. */
  add(words: string): this {
    const clean = words.replace(INVISIBLE, '');
    this.text += clean;
    this.markup += escapeInline(clean);
    return this;
  }

  /** Code as written: inline code keeps every character. */
  code(code: string): this {
    const clean = code.replace(INVISIBLE, '');
    const fence = clean.includes('`') ? '``' : '`';
    this.text += clean;
    this.markup += `${fence}${clean.startsWith('`') ? ' ' : ''}${clean}${clean.endsWith('`') ? ' ' : ''}${fence}`;
    return this;
  }

  /** Text whose markup is already built (a span's inside, read on its own). */
  raw(inline: InlineText): this {
    this.text += inline.text;
    this.markup += inline.markup ?? escapeInline(inline.text);
    return this;
  }

  /** A footnote mark: markup only, it is not part of the sentence. */
  footnote(label: string): this {
    this.markup += `[^${label}]`;
    return this;
  }

  start(kind: 'link' | 'em' | 'strong' | 'del', url?: string): this {
    this.open.push({ kind, ...(url === undefined ? {} : { url }), start: this.markup.length });
    return this;
  }

  /** Closes the innermost open span of that kind; an empty span leaves no markup. */
  end(kind: 'link' | 'em' | 'strong' | 'del'): this {
    const at = this.open.map((span) => span.kind).lastIndexOf(kind);
    if (at < 0) return this;
    const [span] = this.open.splice(at, 1);
    if (!span) return this;
    const inner = this.markup.slice(span.start);
    if (inner.trim() === '') return this;
    const head = this.markup.slice(0, span.start);
    // Emphasis marks must touch the words: spaces go outside them.
    const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/u.exec(inner) ?? [];
    const wrapped =
      kind === 'link'
        ? `[${core}](${target(span.url ?? '')})`
        : `${{ em: '*', strong: '**', del: '~~' }[kind]}${core}${{ em: '*', strong: '**', del: '~~' }[kind]}`;
    this.markup = `${head}${lead}${wrapped}${trail}`;
    return this;
  }

  /** The paragraph: text and markup with runs of white space collapsed, open spans closed. */
  build(): InlineText {
    while (this.open.length > 0) this.end(this.open[this.open.length - 1]?.kind ?? 'em');
    const text = this.text.replace(/[\s\u00a0]+/gu, ' ').trim();
    const markup = escapeLineStart(this.markup.replace(/[\s\u00a0]+/gu, ' ').trim());
    return markup === escapeMdx(text) ? { text } : { text, markup };
  }
}

/**
 * Markdown's inline syntax read into text and markup: `[Text](Adresse)`, `<https://…>`, `*kursiv*`,
 * `_kursiv_`, `**fett**`, `~~gestrichen~~`, `` `Code` ``, `[^1]`, backslash escapes, and inline HTML
 * (`<s>`, `<del>`, `<em>`, `<strong>`, `<a href>`; other tags are dropped, their text kept).
 */
export function markdownInline(source: string): InlineText & { dropped: string[] } {
  const out = new InlineBuilder();
  const pattern = new RegExp(
    [
      '\\\\([\\\\`*_{}\\[\\]()#+\\-.!<>~|"\'])', // 1 escape
      '(`+)([\\s\\S]*?[^`])\\2(?!`)', // 2, 3 code span
      '!\\[([^\\]]*)\\]\\(([^)\\s]*)[^)]*\\)', // 4, 5 image
      '\\[\\^([^\\]\\s]+)\\]', // 6 footnote mark
      '\\[((?:[^\\[\\]]|\\[[^\\]]*\\])*)\\]\\(\\s*(<[^>]*>|[^)\\s]*)(?:\\s+"[^"]*")?\\s*\\)', // 7, 8 link
      '<((?:https?|mailto):[^>\\s]+)>', // 9 autolink
      '<(/?)(s|del|em|i|strong|b|a)\\b([^>]*)>', // 10, 11, 12 inline HTML
      '<[^>]+>', // other HTML
      '(\\*\\*|__)(?=\\S)([\\s\\S]*?\\S)\\13', // 13, 14 strong
      '(?<![\\p{L}\\p{N}*_])([*_])(?=\\S)([^*_]*?\\S)\\15(?![\\p{L}\\p{N}*_])', // 15, 16 emphasis
      '~~(?=\\S)([\\s\\S]*?\\S)~~', // 17 struck
    ].join('|'),
    'gu',
  );
  let at = 0;
  for (const match of source.matchAll(pattern)) {
    out.add(source.slice(at, match.index));
    at = match.index + match[0].length;
    const g = match;
    if (g[1] !== undefined) out.add(g[1]);
    else if (g[3] !== undefined) out.code(g[3].replace(/^ (.*) $/u, '$1'));
    else if (g[5] !== undefined) out.dropped.push(`Bild „${g[4] || g[5]}“`);
    else if (g[6] !== undefined) out.footnote(g[6]);
    else if (g[8] !== undefined)
      nested(out.start('link', g[8].replace(/^<(.*)>$/u, '$1')), g[7] ?? '').end('link');
    else if (g[9] !== undefined) out.start('link', g[9]).add(g[9]).end('link');
    else if (g[11] !== undefined) inlineTag(out, g[10] === '/', g[11], g[12] ?? '');
    else if (g[14] !== undefined) nested(out.start('strong'), g[14]).end('strong');
    else if (g[16] !== undefined) nested(out.start('em'), g[16]).end('em');
    else if (g[17] !== undefined) nested(out.start('del'), g[17]).end('del');
  }
  out.add(source.slice(at));
  return { ...out.build(), dropped: out.dropped };
}

/** Reads the inside of a span into the same builder. */
function nested(out: InlineBuilder, inner: string): InlineBuilder {
  const { dropped, ...inline } = markdownInline(inner);
  out.dropped.push(...dropped);
  return out.raw(inline);
}

/** An inline HTML tag in Markdown: the ones with a Markdown equivalent open or close a span. */
function inlineTag(out: InlineBuilder, closing: boolean, name: string, attributes: string): void {
  const kinds: Record<string, 'del' | 'em' | 'strong' | 'link'> = {
    s: 'del',
    del: 'del',
    em: 'em',
    i: 'em',
    strong: 'strong',
    b: 'strong',
    a: 'link',
  };
  const kind = kinds[name] ?? 'em';
  if (closing) out.end(kind);
  else if (kind === 'link') out.start('link', /href="([^"]*)"/u.exec(attributes)?.[1] ?? '');
  else out.start(kind);
}
