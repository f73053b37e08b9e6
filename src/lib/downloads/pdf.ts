/**
 * The report as PDF: the Typst source from `typst.ts`, compiled by Typst's Node package
 * (`@myriaddreamin/typst-ts-node-compiler`, a native binary in the npm package: no browser, no
 * network) in Source Serif 4, the site's typeface, from its TTF files (src/lib/fonts.ts). The PDF is tagged and declares
 * PDF/UA-1 (accessibility), which Typst checks as it writes. Compiled files are kept between builds
 * under a hash of the source, the options and the compiler's version.
 */
import { cachedFile, hashKey, packageVersions } from '#src/lib/build-cache.ts';
import type { Book } from '#src/lib/downloads/book.ts';
import { typstSource } from '#src/lib/downloads/typst.ts';
import { SERIF_PACKAGE, serifTtfPaths } from '#src/lib/fonts.ts';

/** The compiler package, whose version goes into the cache key. */
const COMPILER = '@myriaddreamin/typst-ts-node-compiler';

/**
 * Tagged PDF declaring PDF/UA-1: Typst checks the rules it can (title, language, structure) and refuses
 * a document that breaks them.
 */
const PDF_OPTIONS = { pdfTags: true, pdfStandard: 'ua-1' };

/** `TAGUNGSDOKU_DOWNLOAD_CACHE=off` compiles the PDF afresh. */
function cacheFolder(): string | undefined {
  return process.env['TAGUNGSDOKU_DOWNLOAD_CACHE'] === 'off' ? undefined : 'tagungsdoku-downloads';
}

/** Compiles Typst source to a tagged PDF; a Typst error names the place in the generated source. */
export async function compileTypst(source: string): Promise<Uint8Array> {
  const { NodeCompiler } = await import('@myriaddreamin/typst-ts-node-compiler');
  const compiler = NodeCompiler.create({ fontArgs: [{ fontPaths: serifTtfPaths() }] });
  try {
    const pdf = compiler.pdf({ mainFileContent: source }, PDF_OPTIONS);
    return new Uint8Array(pdf);
  } catch (error) {
    const detail =
      error instanceof Error
        ? `${error.message} ${JSON.stringify((error as { code?: unknown }).code ?? '')}`
        : String(error);
    throw new Error(`Typst could not typeset the report PDF: ${detail}`, { cause: error });
  } finally {
    compiler.evictCache(0);
  }
}

/** The book as PDF, from the cache when the same source was compiled before by the same compiler. */
export function renderPdf(book: Book): Promise<Uint8Array> {
  const source = typstSource(book);
  return cachedFile(
    cacheFolder(),
    `${hashKey([packageVersions([COMPILER, SERIF_PACKAGE]), PDF_OPTIONS, source])}.pdf`,
    () => compileTypst(source),
  );
}
