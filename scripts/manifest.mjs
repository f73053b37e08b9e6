#!/usr/bin/env node
/**
 * Writes permalinks.json: every published page of the built site (paths without base) and every id on
 * it. Commit the file: tests/e2e/permalinks.spec.ts fails when an address in it stops resolving on a
 * later build, unless src/lib/redirects.ts sends it elsewhere.
 *
 *   npm run build && npm run manifest    (reads dist/, or TAGUNGSDOKU_OUT_DIR)
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { extractIds, isPublishedPage, isRedirectPage, pagePathOf } from '../src/lib/built-site.ts';

const dist = resolve(process.env.TAGUNGSDOKU_OUT_DIR ?? 'dist');
const files = (await readdir(dist, { recursive: true })).filter(isPublishedPage).sort();
if (files.length === 0) throw new Error(`No pages in ${dist}: run npm run build first.`);

const pages = {};
for (const file of files) {
  const html = await readFile(join(dist, file), 'utf8');
  if (isRedirectPage(html)) continue;
  pages[pagePathOf(file)] = extractIds(html).sort();
}
const sorted = Object.fromEntries(Object.entries(pages).sort(([a], [b]) => a.localeCompare(b)));
await writeFile('permalinks.json', `${JSON.stringify({ pages: sorted }, null, 2)}\n`);
const anchors = Object.values(sorted).reduce((sum, ids) => sum + ids.length, 0);
console.log(`permalinks.json: ${Object.keys(sorted).length} pages, ${anchors} anchors`);
