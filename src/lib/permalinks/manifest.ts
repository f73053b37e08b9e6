/**
 * Reading the built site's pages: the ids on them, redirect pages, the sitemap, and the permalink
 * manifest's checks. Which files are pages, and their addresses, is `src/lib/addresses/built-files.ts`.
 * Pure and free of Astro, so the build integration, `tools/manifest.mjs` (Node runs this file
 * directly) and the tests share it.
 */
import { isPassageId } from '#src/lib/content/passages.ts';
import { REMOVED_PASSAGE_CLASS } from '#src/lib/content/passage-links.ts';
import { escapeHtml, htmlText } from '#src/lib/html.ts';

/** True for the pages Astro writes for `redirects` (a meta refresh to the new address). */
export function isRedirectPage(html: string): boolean {
  return /<meta\s+http-equiv="refresh"/iu.test(html);
}

/** Every `id` attribute in a page, in document order, without duplicates. */
export function extractIds(html: string): string[] {
  const ids = [...html.matchAll(/<[a-zA-Z][^>]*?\sid="([^"]+)"/gu)].map((match) => match[1] ?? '');
  return [...new Set(ids.filter((id) => id !== ''))];
}

/** A sitemap (sitemaps.org 0.9) of absolute page URLs. */
export function sitemapXml(urls: readonly string[]): string {
  const entries = urls.map((url) => `  <url><loc>${escapeHtml(url)}</loc></url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}\n</urlset>\n`;
}

const OPENING_WORDS = 8;

/**
 * The opening words of every passage (`isPassageId`), by id: what a link to that passage was published
 * for. Passages are paragraphs and list items (`<p id="absatz-3">…</p>`); the note a removed passage's
 * id leads to (`removedPassageNote`) is none.
 */
export function passageOpenings(html: string): Record<string, string> {
  const openings: Record<string, string> = {};
  for (const match of html.matchAll(/<(p|li)\b([^>]*?)\sid="([^"]+)"([^>]*)>([\s\S]*?)<\/\1>/gu)) {
    const [, , before = '', id = '', after = '', inner = ''] = match;
    if (!isPassageId(id) || id in openings) continue;
    if (`${before} ${after}`.includes(`class="${REMOVED_PASSAGE_CLASS}"`)) continue;
    openings[id] = htmlText(inner).split(' ').filter(Boolean).slice(0, OPENING_WORDS).join(' ');
  }
  return openings;
}

/** The committed manifest of permanent addresses: every page path (without base) and its ids. */
export interface PermalinkManifest {
  pages: Record<string, string[]>;
  /**
   * For anchors that count paragraphs or list items, the opening words of the text they were
   * published for, by `page#id`: the anchor must keep pointing at that text.
   */
  openings?: Record<string, string>;
  /** Published files other than pages (see `isPublishedFile` in src/lib/addresses/built-files.ts), by address. */
  files?: string[];
}

/** A passage id that now points at other text than it was published for. */
export interface MovedAnchor {
  address: string;
  published: string;
  now: string;
}

/**
 * Compares the manifest's recorded openings with the built pages' (by page, then id). Anchors that
 * are gone are reported by `checkManifest`; here only those that still exist but point elsewhere.
 */
export function movedAnchors(
  manifest: PermalinkManifest,
  built: ReadonlyMap<string, Readonly<Record<string, string>>>,
): MovedAnchor[] {
  const moved: MovedAnchor[] = [];
  for (const [address, published] of Object.entries(manifest.openings ?? {})) {
    const [page = '', id = ''] = address.split('#');
    const now = built.get(page)?.[id];
    if (now !== undefined && now !== published) moved.push({ address, published, now });
  }
  return moved;
}

/** What changed between the manifest and a build. */
export interface ManifestCheck {
  /** Addresses in the manifest that the build no longer has and no redirect covers. */
  broken: string[];
  /** Addresses the build has that the manifest lacks (regenerate it with `npm run manifest`). */
  unlisted: string[];
}

/**
 * Compares the manifest with the built pages. A page that has gone is fine when `redirects` sends its
 * path elsewhere (then its anchors are expected on the target); an id that has gone is broken.
 */
export function checkManifest(
  manifest: PermalinkManifest,
  built: ReadonlyMap<string, readonly string[]>,
  redirects: Readonly<Record<string, string>>,
): ManifestCheck {
  const broken: string[] = [];
  for (const [page, ids] of Object.entries(manifest.pages)) {
    const target = built.has(page) ? page : redirects[page]?.split('#')[0];
    const targetIds = target === undefined ? undefined : built.get(target);
    if (targetIds === undefined) {
      broken.push(page);
      continue;
    }
    const present = new Set(targetIds);
    for (const id of ids) if (!present.has(id)) broken.push(`${page}#${id}`);
  }
  const unlisted: string[] = [];
  for (const [page, ids] of built) {
    const listed = manifest.pages[page];
    if (!listed) {
      unlisted.push(page);
      continue;
    }
    const known = new Set(listed);
    for (const id of ids) if (!known.has(id)) unlisted.push(`${page}#${id}`);
  }
  return { broken, unlisted };
}

/** Files of the manifest that the build no longer has, and built files the manifest lacks. */
export function checkFiles(manifest: PermalinkManifest, built: readonly string[]): ManifestCheck {
  const present = new Set(built);
  const listed = new Set(manifest.files ?? []);
  return {
    broken: [...listed].filter((file) => !present.has(file)),
    unlisted: built.filter((file) => !listed.has(file)),
  };
}
