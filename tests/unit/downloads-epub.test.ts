/**
 * The EPUB container as readers and epubcheck expect it: `mimetype` first and stored, the package
 * document with its metadata, the navigation nested like the report's numbering, and every chapter.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { epubFiles, zipEpub } from '#src/lib/downloads/epub.ts';
import { getBook, getEpub } from '#src/lib/downloads/files.ts';
import { reportConference } from '../support/report.ts';

const modified = new Date('2024-05-06T07:08:09Z');
const cover = new Uint8Array([137, 80, 78, 71]);

const conference = await reportConference();
const book = await getBook(conference);

describe('the EPUB', () => {
  const epub = zipEpub(epubFiles(book, cover, modified), modified);
  const files = unzipSync(epub);
  const text = (path: string) => strFromU8(files[path] ?? new Uint8Array());

  it('starts with the stored mimetype, as the container format requires', () => {
    // Local file header: name at byte 30, then the uncompressed content.
    expect(strFromU8(epub.slice(30, 38))).toBe('mimetype');
    expect(strFromU8(epub.slice(38, 58))).toBe('application/epub+zip');
  });

  it('has the metadata readers show and the cover', () => {
    const opf = text('EPUB/package.opf');
    expect(opf).toContain(`<dc:title>${book.title}</dc:title>`);
    expect(opf).toContain('<dc:language>de</dc:language>');
    expect(opf).toContain(`<dc:creator>${book.author}</dc:creator>`);
    expect(opf).toContain(`<dc:date>${book.isoDate}</dc:date>`);
    expect(opf).toContain('<meta property="dcterms:modified">2024-05-06T07:08:09Z</meta>');
    expect(files['EPUB/cover.png']).toEqual(cover);
  });

  it('nests the navigation like the numbering and has one chapter per section', () => {
    const nav = text('EPUB/nav.xhtml');
    for (const chapter of book.chapters) {
      expect(files[`EPUB/${chapter.slug}.xhtml`], chapter.slug).toBeDefined();
      expect(nav).toContain(`<a href="${chapter.slug}.xhtml">`);
    }
    expect(book.chapters.some((chapter) => chapter.depth > 1)).toBe(true);
    // Each link sits as deep in nested <ol> lists as its section's number has parts (2 → 1, 2.1 → 2).
    for (const chapter of book.chapters) {
      const before = nav.slice(0, nav.indexOf(`<a href="${chapter.slug}.xhtml">`));
      const depth = before.split('<ol>').length - before.split('</ol>').length;
      expect(depth, chapter.slug).toBe(chapter.depth);
    }
  });

  it('keeps the ids of numbered findings in the chapter', () => {
    const withIds = book.chapters.flatMap((chapter) =>
      chapter.blocks.flatMap((block) =>
        block.type === 'list'
          ? block.items.flatMap((item) => (item.id ? [[chapter.slug, item.id]] : []))
          : [],
      ),
    );
    expect(withIds.length).toBeGreaterThan(0);
    for (const [slug, id] of withIds) expect(text(`EPUB/${slug}.xhtml`)).toContain(`<li id="${id}">`);
  });

  it('is what the site serves: the report’s own title and chapters, the report’s card as cover', async () => {
    const served = unzipSync(await getEpub(conference));
    const opf = strFromU8(served['EPUB/package.opf'] ?? new Uint8Array());
    expect(opf).toContain('<dc:title>Tagung „Integration im Sozialraum“</dc:title>');
    for (const chapter of book.chapters)
      expect(served[`EPUB/${chapter.slug}.xhtml`], chapter.slug).toBeDefined();
    const png = served['EPUB/cover.png'] ?? new Uint8Array();
    expect(strFromU8(png.slice(1, 4))).toBe('PNG');
  });
});
