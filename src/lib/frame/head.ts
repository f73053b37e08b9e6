/**
 * The `<head>` of every page as data: one entry per tag, built from what the page says about itself, merged
 * with what a page adds, and rendered by `src/components/Head.astro` in a few lines. Pure: the asset
 * addresses that only the bundler knows (the font, the print styles) come in as strings.
 */

/** One tag of the head. `text` is escaped when rendered; `html` is written as it is (JSON-LD, made safe here). */
export interface HeadEntry {
  tag: 'title' | 'meta' | 'link' | 'script';
  attrs: Readonly<Record<string, string>>;
  text?: string;
  html?: string;
}

/** A feed the page announces (`<link rel="alternate">`). */
export interface HeadFeed {
  type: string;
  title: string;
  href: string;
}

/** What the head says about one page. */
export interface PageHead {
  /** The page's own title (also its `og:title`); the site name is appended in `<title>`. */
  title: string;
  siteName: string;
  description: string;
  /** The page's absolute address; none for a page that is no address of its own (404): not indexed. */
  canonical: string | undefined;
  /** Open Graph type. */
  type: 'website' | 'article';
  /** The social card, absolute. */
  card: { url: string; alt: string; width: number; height: number };
  /** The web font to preload, the favicon and the print stylesheet, as the bundler names them. */
  assets: { font: string; favicon: string; printStyles: string };
  feeds: readonly HeadFeed[];
  /** The page's fallback structured data (schema.org), where it brings none of its own. */
  structuredData?: Record<string, unknown> | undefined;
}

/** The document title: the page's title and the site's name, or the site's name alone on its own page. */
export function documentTitle(title: string, siteName: string): string {
  return title === siteName ? title : `${title} – ${siteName}`;
}

/** JSON-LD as script text: `<` escaped, so that no text from content can close the element. */
export function jsonLdText(data: Record<string, unknown>): string {
  return JSON.stringify(data).replace(/</gu, '\\u003c');
}

/** A `<meta>` entry by name (`description`, `citation_title`). */
export function metaEntry(name: string, content: string): HeadEntry {
  return { tag: 'meta', attrs: { name, content } };
}

/** A JSON-LD `<script>` entry. */
export function jsonLdEntry(data: Record<string, unknown>): HeadEntry {
  return { tag: 'script', attrs: { type: 'application/ld+json' }, html: jsonLdText(data) };
}

const property = (name: string, content: string): HeadEntry => ({
  tag: 'meta',
  attrs: { property: name, content },
});

/** Open Graph and the card: what a link shows in mail clients, messengers and social networks. */
function socialEntries(page: PageHead): HeadEntry[] {
  return [
    property('og:type', page.type),
    property('og:locale', 'de_DE'),
    property('og:site_name', page.siteName),
    property('og:title', page.title),
    property('og:description', page.description),
    ...(page.canonical === undefined ? [] : [property('og:url', page.canonical)]),
    property('og:image', page.card.url),
    property('og:image:type', 'image/png'),
    property('og:image:width', String(page.card.width)),
    property('og:image:height', String(page.card.height)),
    property('og:image:alt', page.card.alt),
    metaEntry('twitter:card', 'summary_large_image'),
  ];
}

/** The files the page links: its font (fetched with the page), icon, print styles and feeds. */
function linkEntries(page: PageHead): HeadEntry[] {
  return [
    {
      tag: 'link',
      attrs: {
        rel: 'preload',
        href: page.assets.font,
        as: 'font',
        type: 'font/woff2',
        crossorigin: 'anonymous',
      },
    },
    { tag: 'link', attrs: { rel: 'icon', href: page.assets.favicon, type: 'image/svg+xml' } },
    { tag: 'link', attrs: { rel: 'stylesheet', href: page.assets.printStyles, media: 'print' } },
    ...page.feeds.map((feed): HeadEntry => ({
      tag: 'link',
      attrs: { rel: 'alternate', type: feed.type, title: feed.title, href: feed.href },
    })),
  ];
}

/** Every tag of a page's head, in the order it is written. */
export function pageHead(page: PageHead): HeadEntry[] {
  return [
    { tag: 'meta', attrs: { charset: 'utf-8' } },
    metaEntry('viewport', 'width=device-width, initial-scale=1'),
    { tag: 'title', attrs: {}, text: documentTitle(page.title, page.siteName) },
    metaEntry('description', page.description),
    page.canonical === undefined
      ? metaEntry('robots', 'noindex')
      : { tag: 'link', attrs: { rel: 'canonical', href: page.canonical } },
    ...socialEntries(page),
    metaEntry('color-scheme', 'light dark'),
    ...linkEntries(page),
    ...(page.structuredData === undefined ? [] : [jsonLdEntry(page.structuredData)]),
  ];
}

/**
 * What makes two entries the same tag for a page: one `<title>`, one `<meta>` per name, property or
 * http-equiv, one canonical link, one block of structured data. Other entries are the same only when
 * they are identical.
 */
function entryKey(entry: HeadEntry): string {
  const { tag, attrs } = entry;
  if (tag === 'title') return 'title';
  if (tag === 'meta') {
    const key = ['charset', 'name', 'property', 'http-equiv'].find((name) => name in attrs);
    if (key !== undefined) return `meta ${key}=${key === 'charset' ? '' : attrs[key]}`;
  }
  if (tag === 'link' && attrs['rel'] === 'canonical') return 'link canonical';
  if (tag === 'script' && attrs['type'] === 'application/ld+json') return 'script ld+json';
  return JSON.stringify([tag, attrs, entry.text, entry.html]);
}

/**
 * A head with a page's own entries merged in: an entry that says the same as one of `base` takes that
 * one's place (a page's own description or structured data over the frame's), every other one is
 * appended. A page's entries are all kept, even alike: Highwire metadata has one `citation_author` per
 * author.
 */
export function mergeHead(base: readonly HeadEntry[], additions: readonly HeadEntry[]): HeadEntry[] {
  const merged = [...base];
  const index = new Map(base.map((entry, at) => [entryKey(entry), at]));
  for (const entry of additions) {
    const key = entryKey(entry);
    const at = index.get(key);
    index.delete(key);
    if (at === undefined) merged.push(entry);
    else merged[at] = entry;
  }
  return merged;
}
