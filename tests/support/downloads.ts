/**
 * Reading the downloads as a reader's tools do: the PDF's text through poppler's `pdftotext` and
 * `pdfinfo` (Debian `poppler-utils`), the EPUB's chapters from its zip, and epubcheck's verdict.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { htmlText } from '#src/lib/html.ts';

function tempFile(name: string, bytes: Uint8Array): string {
  const file = join(mkdtempSync(join(tmpdir(), 'tagungsdoku-')), name);
  writeFileSync(file, bytes);
  return file;
}

/**
 * The PDF's text. `bodyOnly` reads the type area of an A4 page only (from 80 pt below the top edge,
 * 676 pt high), leaving out the running head and the page numbers, which would otherwise sit inside
 * sentences that run across a page break.
 */
export function pdfText(pdf: Uint8Array, bodyOnly = false): string {
  const crop = bodyOnly ? ['-x', '0', '-y', '80', '-W', '595', '-H', '676'] : [];
  return execFileSync('pdftotext', ['-enc', 'UTF-8', ...crop, tempFile('bericht.pdf', pdf), '-'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
}

/** `pdfinfo`'s report on a PDF: title, author, tagged, pages. */
export function pdfInfo(pdf: Uint8Array): string {
  return execFileSync('pdfinfo', [tempFile('bericht.pdf', pdf)], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
}

/** Letters and digits only: the PDF hyphenates at line ends and `pdftotext` drops the hyphen. */
export function letters(text: string): string {
  return text.replace(/[^\p{L}\p{N}]/gu, '');
}

/** The files of an EPUB by path, text files as strings. */
export function epubEntries(epub: Uint8Array): Map<string, string> {
  return new Map(
    Object.entries(unzipSync(epub)).map(([path, data]) => [
      path,
      path.endsWith('.png') ? '' : strFromU8(data),
    ]),
  );
}

/** The text of the EPUB's documents in spine order, as its package document lists them. */
export function epubSpineText(epub: Uint8Array): string {
  const entries = epubEntries(epub);
  const opf = entries.get('EPUB/package.opf') ?? '';
  const hrefs = new Map(
    [...opf.matchAll(/<item id="([^"]+)" href="([^"]+)"/gu)].map((match) => [match[1], match[2]]),
  );
  return [...opf.matchAll(/<itemref idref="([^"]+)"/gu)]
    .map((match) =>
      htmlText((entries.get(`EPUB/${hrefs.get(match[1]) ?? ''}`) ?? '').replace(/^[\s\S]*?<body>/u, '')),
    )
    .join('\n');
}

/** epubcheck's messages and exit status (`java -jar /usr/bin/epubcheck`, Debian's jar). */
export function epubcheck(epub: Uint8Array): { status: number | null; output: string } {
  // A quick-starting JVM: epubcheck runs once, so the optimising compiler would not pay off.
  const result = spawnSync(
    'java',
    [
      '-XX:TieredStopAtLevel=1',
      '-XX:+UseSerialGC',
      '-jar',
      process.env.EPUBCHECK_JAR ?? '/usr/bin/epubcheck',
      tempFile('bericht.epub', epub),
    ],
    {
      encoding: 'utf8',
    },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}
