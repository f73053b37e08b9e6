#!/usr/bin/env node
/**
 * Writes each section's record of its published passages afresh (content/passages/, see
 * src/lib/content/passage-record.ts), then permalinks.json: every published page of the built site (paths without base) and every id on
 * it, and the files published beside the pages (the report's PDF, EPUB and Markdown, the open data,
 * llms.txt). Commit the file: tests/e2e/permalinks.spec.ts fails when an address in it stops resolving on
 * a later build, unless src/lib/addresses/redirects.ts sends it elsewhere; a page listed before that now
 * redirects keeps its entry, so the old address stays checked.
 *
 *   npm run build && npm run manifest    (reads dist/, or TAGUNGSDOKU_OUT_DIR)
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { filePathOf, isPublishedFile, isPublishedPage, pagePathOf } from '#src/lib/addresses/built-files.ts';
import { redirects } from '#src/lib/addresses/redirects.ts';
import { extractIds, isRedirectPage, passageOpenings } from '#src/lib/permalinks/manifest.ts';
import { refreshPassageRecords } from '#src/lib/content/passage-record.ts';

for (const file of refreshPassageRecords())
  console.log(`${file}: die Passagen, wie der Bau sie jetzt veröffentlicht`);

const dist = resolve(process.env.TAGUNGSDOKU_OUT_DIR ?? 'dist');
const everything = await readdir(dist, { recursive: true });
const files = everything.filter(isPublishedPage).sort();
if (files.length === 0) throw new Error(`No pages in ${dist}: run npm run build first.`);

const pages = {};
const openings = {};
for (const file of files) {
  const html = await readFile(join(dist, file), 'utf8');
  if (isRedirectPage(html)) continue;
  const page = pagePathOf(file);
  pages[page] = extractIds(html).sort();
  for (const [id, words] of Object.entries(passageOpenings(html))) openings[`${page}#${id}`] = words;
}
// A renamed page keeps its old entry (now a redirect), so that the test goes on checking the old address.
const previous = existsSync('permalinks.json') ? JSON.parse(await readFile('permalinks.json', 'utf8')) : {};
for (const [page, ids] of Object.entries(previous.pages ?? {})) {
  if (!(page in pages) && page in redirects) pages[page] = ids;
}
const byKey = (object) =>
  Object.fromEntries(Object.entries(object).sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true })));
const downloads = everything
  .filter(isPublishedFile)
  .map(filePathOf)
  .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
const manifest = { pages: byKey(pages), openings: byKey(openings), files: downloads };
await writeFile('permalinks.json', `${JSON.stringify(manifest, null, 2)}\n`);
const anchors = Object.values(pages).reduce((sum, ids) => sum + ids.length, 0);
console.log(
  `permalinks.json: ${Object.keys(pages).length} pages, ${anchors} anchors, ` +
    `${Object.keys(openings).length} of them passages (opening words kept), ${downloads.length} files`,
);
