/**
 * The downloads of each conference, made once per build from the data module and shared by the
 * routes that serve them and the pages that link them with their size. Pages import this module, so
 * whichever page or route asks first makes the files (the PDF from the cache when the report has
 * not changed), and every page after it gets the same bytes: sizes on pages are the sizes served.
 */
import { reportCard } from '#src/lib/cards/card-text.ts';
import { renderSocialCard } from '#src/lib/cards/draw.ts';
import { buildBook, licenseNote, type Book } from '#src/lib/downloads/book.ts';
import { epubFiles, zipEpub } from '#src/lib/downloads/epub.ts';
import { downloadFormats, formatFileSize, type DownloadLink } from '#src/lib/downloads/links.ts';
import { reportMarkdown, sectionMarkdown } from '#src/lib/downloads/markdown.ts';
import { renderPdf } from '#src/lib/downloads/pdf.ts';
import { programmeData, programmeSchema } from '#src/lib/downloads/programme.ts';
import { llmsText } from '#src/lib/downloads/llms.ts';
import {
  downloadPath,
  programmeSchemaPath,
  sectionMarkdownPath,
  type DownloadFormat,
} from '#src/lib/addresses/paths.ts';
import { absoluteUrl, siteOrigin } from '#src/lib/addresses/origin.ts';
import { memoize } from '#src/lib/memoize.ts';
import { getConferences, type Conference, type ReportSection } from '#src/lib/report.ts';

/**
 * The EPUB's `dcterms:modified`: when this build started, or `SOURCE_DATE_EPOCH` (seconds) for
 * reproducible builds, which then write the same bytes each time.
 */
const epoch = Number(process.env['SOURCE_DATE_EPOCH'] ?? Number.NaN);
const buildTime = new Date(Number.isFinite(epoch) ? epoch * 1000 : Math.floor(Date.now() / 1000) * 1000);

/** Each conference's files are made once per build, by its slug. */
const bySlug = (conference: Conference) => conference.slug;

/** The conference's report as a book (see `book.ts`): what the PDF, EPUB and Markdown files say. */
export const getBook = memoize(async (conference: Conference): Promise<Book> => {
  const texts = new Map(conference.sections.map((section) => [section.slug, section.document]));
  return buildBook(conference, texts, siteOrigin());
}, bySlug);

/** The report as PDF. */
export const getPdf = memoize(
  async (conference: Conference): Promise<Uint8Array> => renderPdf(await getBook(conference)),
  bySlug,
);

/** The report as EPUB, with the report's social card as cover. */
export const getEpub = memoize(async (conference: Conference): Promise<Uint8Array> => {
  const [book, cover] = await Promise.all([getBook(conference), renderSocialCard(reportCard(conference))]);
  return zipEpub(epubFiles(book, cover, buildTime), buildTime);
}, bySlug);

/** The whole report as Markdown. */
export async function getReportMarkdown(conference: Conference): Promise<string> {
  return reportMarkdown(await getBook(conference));
}

/** One section as Markdown. */
export async function getSectionMarkdown(conference: Conference, section: ReportSection): Promise<string> {
  const book = await getBook(conference);
  const chapter = book.chapters.find((candidate) => candidate.slug === section.slug);
  if (chapter === undefined)
    throw new Error(`No chapter for section "${section.slug}" of ${conference.slug}`);
  return sectionMarkdown(chapter, book);
}

/** The programme as pretty-printed JSON. */
export function getProgrammeJson(conference: Conference): string {
  const data = programmeData(
    conference,
    {
      schema: programmeSchemaPath(),
      pdf: downloadPath(conference.slug, 'pdf'),
      epub: downloadPath(conference.slug, 'epub'),
      markdown: downloadPath(conference.slug, 'markdown'),
      sectionMarkdown: (slug) => sectionMarkdownPath(conference.slug, slug),
    },
    siteOrigin(),
  );
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** The programme's JSON Schema. */
export function programmeSchemaJson(): string {
  return `${JSON.stringify(programmeSchema(absoluteUrl(programmeSchemaPath())), null, 2)}\n`;
}

/** The text of `/llms.txt`, over every conference. */
export async function getLlmsText(): Promise<string> {
  const conferences = await getConferences();
  const indexed = await Promise.all(
    conferences.map(async (conference) => {
      const book = await getBook(conference);
      return {
        title: book.title,
        dateLabel: book.dateLabel,
        summary: book.summary,
        markdown: absoluteUrl(downloadPath(conference.slug, 'markdown')),
        pdf: absoluteUrl(downloadPath(conference.slug, 'pdf')),
        epub: absoluteUrl(downloadPath(conference.slug, 'epub')),
        data: absoluteUrl(downloadPath(conference.slug, 'data')),
        licenseNote: licenseNote(book.license),
        sections: book.chapters.map((chapter) => ({
          title: chapter.title,
          presenters: chapter.presenters,
          markdown: absoluteUrl(sectionMarkdownPath(conference.slug, chapter.slug)),
        })),
      };
    }),
  );
  return llmsText(indexed, absoluteUrl(programmeSchemaPath()));
}

/** The conference's files with their sizes, as the pages link them, in the order shown. */
export const downloadLinks = memoize(makeDownloadLinks, bySlug);

async function makeDownloadLinks(conference: Conference): Promise<DownloadLink[]> {
  const [pdf, epub, markdown] = await Promise.all([
    getPdf(conference),
    getEpub(conference),
    getReportMarkdown(conference),
  ]);
  const bytes: Record<DownloadFormat, number> = {
    pdf: pdf.byteLength,
    epub: epub.byteLength,
    markdown: new TextEncoder().encode(markdown).byteLength,
    data: new TextEncoder().encode(getProgrammeJson(conference)).byteLength,
  };
  return (Object.keys(downloadFormats) as DownloadFormat[]).map((format) => ({
    format,
    href: downloadPath(conference.slug, format),
    type: downloadFormats[format].type,
    label: downloadFormats[format].label,
    size: formatFileSize(bytes[format]),
  }));
}

/** A file as the build writes it, with its media type. */
export function fileResponse(body: string | Uint8Array, type: string): Response {
  const textual = typeof body === 'string';
  return new Response(body as BodyInit, {
    headers: { 'content-type': textual ? `${type}; charset=utf-8` : type },
  });
}
