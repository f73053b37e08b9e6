/**
 * What the tests know about the built site and the source report, found from the files, not
 * from hand lists.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { collapseWhitespace, parseSourceText, type SourceBlock } from '../../src/lib/source-text';

export const distDir = resolve(process.env.TAGUNGSDOKU_OUT_DIR ?? 'dist');
export const basePath = `/${(process.env.BASE_PATH ?? '/').replace(/^\/+|\/+$/gu, '')}/`.replace('//', '/');
/**
 * The report as extracted from its PDF: `REPORT_SOURCE`, or `shared/source/` beside the checkout
 * (where CI and the developers' machines keep it).
 */
export const sourcePath = resolve(process.env.REPORT_SOURCE ?? '../shared/source/tagung-2018-bericht.txt');

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
 * Site paths (with base) of every HTML page in the build, e.g. `/tagung-2018/raumerleben/`; without
 * the redirect pages Astro writes for old addresses (src/lib/redirects.ts).
 */
export function builtPagePaths(): string[] {
  return walk(distDir)
    .filter((file) => file.endsWith('.html') && !/<meta http-equiv="refresh"/u.test(readFileSync(file, 'utf8')))
    .map((file) => {
      const path = relative(distDir, file).split('\\').join('/');
      return basePath + (path.endsWith('index.html') ? path.slice(0, -'index.html'.length) : path);
    })
    .sort();
}

/** Paths of the report's section pages: two levels below the base (`/<event>/<section>/`). */
export function sectionPagePaths(): string[] {
  return builtPagePaths().filter((path) => /^[^/]+\/[^/]+\/$/u.test(path.slice(basePath.length)));
}

/** White space folded, soft hyphens removed: text as a reader sees it, for comparison. */
export function normalizeText(text: string): string {
  return collapseWhitespace(text.replace(/\u00ad/gu, ''));
}
