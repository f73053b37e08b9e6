/**
 * The number of pages of a PDF, read with `unpdf` (pdf.js from the npm registry, the reader the
 * importer uses too; no system tool). Loaded only when a section has a PDF, so a build without
 * materials never parses one.
 */

/** Counts a PDF's pages; rejects when the bytes are not a PDF it can read. */
export async function countPdfPages(bytes: Uint8Array): Promise<number> {
  const { getDocumentProxy } = await import('unpdf');
  // pdf.js may take the buffer over: give it a copy, so that the caller's bytes stay usable.
  const document = await getDocumentProxy(new Uint8Array(bytes));
  try {
    if (document.numPages < 1) throw new Error('the PDF has no pages');
    return document.numPages;
  } finally {
    await document.destroy();
  }
}
