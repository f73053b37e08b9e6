/**
 * Reads a report file into blocks, whatever its format: `.docx` (mammoth → HTML → `read-html.ts`),
 * `.pdf` (unpdf's pdf.js → positioned text → `read-pdf.ts` → the source-text rules), `.txt` as
 * extracted from a PDF (the source-text rules), `.md` (`read-markdown.ts`). Every problem with the
 * file is an `ImportError` in German.
 */
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { ImportError } from '#src/lib/import/import-error.ts';
import { readHtml } from '#src/lib/import/read-html.ts';
import { readMarkdown } from '#src/lib/import/read-markdown.ts';
import { prepareWordFile } from '#src/lib/import/word-structure.ts';
import { pdfPagesToText, type PositionedText } from '#src/lib/import/read-pdf.ts';
import type { SourceBlock } from '#src/lib/import/blocks.ts';
import { parseSourceText } from '#src/lib/import/source-text.ts';

export const FORMATS = ['.docx', '.pdf', '.txt', '.md'] as const;

/** The text of a PDF's pages, with positions; an encrypted or unreadable PDF is an `ImportError`. */
export async function pdfText(bytes: Uint8Array, name: string): Promise<string> {
  const { getDocumentProxy } = await import('unpdf');
  let document: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    document = await getDocumentProxy(bytes);
  } catch (error) {
    const kind = error instanceof Error ? error.name : '';
    if (kind === 'PasswordException') {
      throw new ImportError(
        `Die PDF-Datei „${name}“ ist verschlüsselt (mit einem Passwort geschützt). ` +
          'Bitte eine ungeschützte Fassung speichern und diese einlesen.',
      );
    }
    throw new ImportError(`Die Datei „${name}“ lässt sich nicht als PDF lesen (beschädigt oder kein PDF).`);
  }
  const pages: PositionedText[][] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    pages.push(
      content.items.flatMap((item) =>
        'str' in item
          ? [
              {
                str: item.str,
                x: item.transform[4] ?? 0,
                y: item.transform[5] ?? 0,
                width: item.width,
                height: item.height,
                font: item.fontName,
              },
            ]
          : [],
      ),
    );
  }
  await document.destroy();
  const text = pdfPagesToText(pages);
  if (text.replace(/\s+/gu, '') === '') {
    throw new ImportError(
      `Die PDF-Datei „${name}“ enthält keinen Text, nur Bilder (etwa eingescannte Seiten). ` +
        'Bitte die Fassung aus Word oder eine PDF-Datei mit Text einlesen.',
    );
  }
  return text;
}

/** The HTML mammoth writes for a Word file; an encrypted, old or broken file is an `ImportError`. */
async function docxHtml(bytes: Uint8Array, name: string): Promise<string> {
  // Encrypted Word files, and the old .doc format, are OLE containers, not zip files.
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw new ImportError(
      `Die Word-Datei „${name}“ ist verschlüsselt (mit einem Passwort geschützt) oder im alten .doc-Format. ` +
        'Bitte in Word ohne Passwort als .docx speichern und diese Datei einlesen.',
    );
  }
  const mammoth = await import('mammoth');
  try {
    const { buffer, styleMap } = await prepareWordFile(bytes);
    const result = await mammoth.convertToHtml({ buffer }, { styleMap });
    return result.value;
  } catch {
    throw new ImportError(
      `Die Datei „${name}“ lässt sich nicht als Word-Dokument (.docx) lesen (beschädigt?).`,
    );
  }
}

/** Reads a report file into the blocks every reader produces. */
export async function readReport(path: string): Promise<SourceBlock[]> {
  const name = basename(path);
  const format = extname(path).toLowerCase();
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new ImportError(
      `Das Format von „${name}“ kann der Import nicht lesen. Möglich sind Word (.docx), PDF (.pdf), Text (.txt) und Markdown (.md).`,
    );
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch {
    throw new ImportError(`Die Datei „${path}“ gibt es nicht (oder sie lässt sich nicht öffnen).`);
  }
  const empty = () => new ImportError(`Die Datei „${name}“ ist leer: sie enthält keinen Text.`);
  if (bytes.length === 0) throw empty();
  let blocks: SourceBlock[];
  if (format === '.pdf') blocks = parseSourceText(await pdfText(bytes, name));
  else if (format === '.docx') blocks = readHtml(await docxHtml(bytes, name));
  else {
    const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/u, '');
    blocks = format === '.md' ? readMarkdown(text) : parseSourceText(text);
  }
  if (blocks.length === 0) throw empty();
  return blocks;
}
