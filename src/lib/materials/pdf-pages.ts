/**
 * The number of pages of a PDF, read with `pdf-lib` (pure JavaScript from the npm registry, no system
 * tool). Loaded only when a section has a PDF, so a build without materials never parses one.
 */

/** Counts a PDF's pages; rejects when the bytes are not a PDF it can read. */
export async function countPdfPages(bytes: Uint8Array): Promise<number> {
  const { PDFDocument } = await import('pdf-lib');
  const document = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false });
  const pages = document.getPageCount();
  if (pages < 1) throw new Error('the PDF has no pages');
  return pages;
}
