/**
 * The built site's files and their addresses: which files are pages and which are published files
 * beside them, and where each is served. One mapping for the Pagefind step, the sitemap, the
 * permalink manifest (`tools/manifest.mjs`) and the
 * tests. Paths of files are relative to the output folder, with `/` or `\` between folders.
 */
import { joinBase } from '#src/lib/addresses/base.ts';

/** A relative file path with `/` between its folders, also when the build ran on Windows. */
function posixPath(relativeFile: string): string {
  return relativeFile.split('\\').join('/');
}

/** The site path (without base) of a built HTML file: `tagung-2018/index.html` → `/tagung-2018/`. */
export function pagePathOf(relativeFile: string): string {
  const path = posixPath(relativeFile);
  return `/${path.endsWith('index.html') ? path.slice(0, -'index.html'.length) : path}`;
}

/** The address of a built HTML file under `base`: `tagung-2018/index.html` → `/tagungsdoku/tagung-2018/`. */
export function pageAddressOf(relativeFile: string, base: string): string {
  return joinBase(pagePathOf(relativeFile), base);
}

/** True for HTML files: the pages, the 404 page and the redirect pages Astro writes. */
export function isHtmlFile(relativeFile: string): boolean {
  return posixPath(relativeFile).endsWith('.html');
}

/**
 * True for the editor's files below `admin/` (src/integrations/editor.ts): tools for the content team,
 * not readers' pages, so the sitemap, the permalink manifest and the checks of reading pages skip them.
 */
export function isEditorFile(relativeFile: string): boolean {
  return posixPath(relativeFile).startsWith('admin/');
}

/** True for files that are published pages: HTML, but not the 404 page and not the editor. */
export function isPublishedPage(relativeFile: string): boolean {
  return isHtmlFile(relativeFile) && posixPath(relativeFile) !== '404.html' && !isEditorFile(relativeFile);
}

/**
 * True for the files published beside the pages whose addresses are kept like theirs: the report's
 * downloads (`tagung-2018.pdf`, `.epub`, `.md`, each section's `.md`), the open data (`.json` at the
 * top, not Pagefind's: the programme and `/feed.json`), `feed.xml`, `llms.txt`, and the files a section
 * carries (`tagung-2030/vortrag/material/folien.pdf`: its materials, recording and captions).
 */
export function isPublishedFile(relativeFile: string): boolean {
  const path = posixPath(relativeFile);
  return (
    /\.(?:md|pdf|epub)$/u.test(path) ||
    /^[^/]+\.json$/u.test(path) ||
    path === 'llms.txt' ||
    path === 'feed.xml' ||
    /^[^/]+\/[^/]+\/material\/[^/]+$/u.test(path)
  );
}

/** The address of a published file, without base: `tagung-2018/raumerleben.md` → `/tagung-2018/raumerleben.md`. */
export function filePathOf(relativeFile: string): string {
  return `/${posixPath(relativeFile)}`;
}
