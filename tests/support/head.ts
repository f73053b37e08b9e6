/**
 * What a page's <head> says, read from the HTML as a link preview or a reference manager reads it
 * (they run no scripts): title, meta tags, link tags and JSON-LD blocks.
 */

export interface PageHead {
  title: string | undefined;
  /** `name` or `property` → every `content` given for it, in order. */
  meta: Map<string, string[]>;
  /** `rel` → every `href`. */
  links: Map<string, string[]>;
  jsonLd: string[];
}

function decode(value: string): string {
  return value
    .replace(/&quot;/gu, '"')
    .replace(/&#39;/gu, "'")
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&amp;/gu, '&');
}

function attributes(tag: string): Map<string, string> {
  return new Map(
    [...tag.matchAll(/\s([a-z:-]+)="([^"]*)"/gu)].map((match) => [match[1] ?? '', decode(match[2] ?? '')]),
  );
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  map.set(key, [...(map.get(key) ?? []), value]);
}

/** Reads the head of an HTML document. */
export function readHead(html: string): PageHead {
  const head = /<head>([\s\S]*?)<\/head>/u.exec(html)?.[1] ?? '';
  const meta = new Map<string, string[]>();
  for (const tag of head.match(/<meta\s[^>]*>/gu) ?? []) {
    const attrs = attributes(tag);
    const key = attrs.get('name') ?? attrs.get('property');
    if (key !== undefined) push(meta, key, attrs.get('content') ?? '');
  }
  const links = new Map<string, string[]>();
  for (const tag of head.match(/<link\s[^>]*>/gu) ?? []) {
    const attrs = attributes(tag);
    push(links, attrs.get('rel') ?? '', attrs.get('href') ?? '');
  }
  const title = /<title>([^<]*)<\/title>/u.exec(head)?.[1];
  const jsonLd = [...head.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/gu)].map(
    (match) => match[1] ?? '',
  );
  return { title: title === undefined ? undefined : decode(title), meta, links, jsonLd };
}
