/**
 * What the tests know about the built site and the source report, found from the files, not
 * from hand lists.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { SourceBlock } from '#src/lib/import/blocks.ts';
import { collapseWhitespace, parseSourceText } from '#src/lib/import/source-text.ts';
import { readEvents } from './content.ts';
import {
  filePathOf,
  isEditorFile,
  isHtmlFile,
  isPublishedFile,
  pageAddressOf,
} from '#src/lib/addresses/built-files.ts';
import { originOf } from '#src/lib/addresses/origin.ts';
import { normalizeBase } from '#src/lib/addresses/base.ts';
import { isRedirectPage } from '#src/lib/permalinks/manifest.ts';

export const distDir = resolve(process.env.TAGUNGSDOKU_OUT_DIR ?? 'dist');
export const basePath = normalizeBase(process.env.BASE_PATH ?? '/');
/** The origin the build wrote into absolute addresses: `SITE`, by the site's one rule. */
export const site = originOf(process.env.SITE);
/**
 * The report as extracted from its PDF, as the tests read it: `REPORT_SOURCE`, or the copy committed
 * in `tests/fixtures/`, so that a clone anywhere tests itself. `sharedSourcePath` is the original
 * in `shared/source/` beside the checkout; a unit test holds the copy to it where it is present.
 */
export const committedSourcePath = resolve('tests/fixtures/tagung-2018-bericht.txt');
export const sharedSourcePath = resolve('../shared/source/tagung-2018-bericht.txt');
export const sourcePath = resolve(process.env.REPORT_SOURCE ?? committedSourcePath);

/** The report's blocks, cleaned of PDF artefacts. */
export function readSourceBlocks(): SourceBlock[] {
  if (!existsSync(sourcePath)) {
    throw new Error(`The report source is not at ${sourcePath}: set REPORT_SOURCE to its path.`);
  }
  return parseSourceText(readFileSync(sourcePath, 'utf8'));
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/**
 * Site paths (with base) of every reader's page in the build, e.g. `/tagung-2018/raumerleben/`, the 404
 * page included; without the redirect pages Astro writes for old addresses (src/lib/addresses/redirects.ts)
 * and without the editor at `/admin/`, which is not a reader's page (tests/e2e/editor.spec.ts checks it).
 */
export function builtPagePaths(): string[] {
  return walk(distDir)
    .map((file) => relative(distDir, file))
    .filter(
      (file) =>
        isHtmlFile(file) && !isEditorFile(file) && !isRedirectPage(readFileSync(join(distDir, file), 'utf8')),
    )
    .map((file) => pageAddressOf(file, basePath))
    .sort();
}

/** Addresses (without base) of the files published beside the pages, e.g. `/tagung-2018.pdf`. */
export function builtFilePaths(): string[] {
  return walk(distDir)
    .map((file) => relative(distDir, file))
    .filter(isPublishedFile)
    .map(filePathOf)
    .sort();
}

/** Paths of the report's section pages: `/<conference slug>/<section>/` (the register's pages lie beside them). */
export function sectionPagePaths(): string[] {
  const conferenceSlugs = new Set(readEvents().map((event) => (event.data as { slug: string }).slug));
  return builtPagePaths().filter((path) => {
    const match = /^([^/]+)\/[^/]+\/$/u.exec(path.slice(basePath.length));
    return match?.[1] !== undefined && conferenceSlugs.has(match[1]);
  });
}

/** White space folded, soft hyphens removed: text as a reader sees it, for comparison. */
export function normalizeText(text: string): string {
  return collapseWhitespace(text.replace(/\u00ad/gu, ''));
}

/**
 * A test timeout for tests that walk every built page: the site grows with its register, so the
 * budget grows with the number of pages instead of a fixed 30 s.
 */
export function walkTimeout(perPageMs: number): number {
  return 30_000 + builtPagePaths().length * perPageMs;
}

/**
 * The pages the sitemap lists (site paths with base), plus the 404 page, which a sitemap leaves out.
 * meta.spec.ts checks that this is every HTML page the build wrote.
 */
export function sitemapPagePaths(): string[] {
  const sitemap = readFileSync(join(distDir, 'sitemap.xml'), 'utf8');
  const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/gu)].map(
    (match) => new URL(match[1] ?? '').pathname,
  );
  return [...listed, `${basePath}404.html`].sort();
}

/** The built file behind a site path (with base): `/tagung-2018/` → `dist/tagung-2018/index.html`. */
export function builtFileOf(path: string): string {
  const inside = path.slice(basePath.length);
  return join(distDir, inside === '' || inside.endsWith('/') ? `${inside}index.html` : inside);
}

const anchors = new Map<string, Set<string>>();
/**
 * The ids a built page carries, by its site path: what a link's `#…` can open. Read from the built HTML
 * (entities decoded), once per page and test worker.
 */
export function anchorsOfBuiltPage(path: string): Set<string> {
  let ids = anchors.get(path);
  if (!ids) {
    const html = readFileSync(builtFileOf(path), 'utf8');
    ids = new Set(
      [...html.matchAll(/<[a-z][^>]*?\sid="([^"]*)"/gu)].map((match) => decodeEntities(match[1] ?? '')),
    );
    anchors.set(path, ids);
  }
  return ids;
}

/** The character references an id may hold in HTML, decoded. */
function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/giu, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/gu, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/gu, '"')
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&amp;/gu, '&');
}
