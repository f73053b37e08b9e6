/**
 * The downloads of each conference, made once per build from the data module and shared by the
 * routes that serve them and the pages that link them with their size. Pages import this module, so
 * whichever page or route asks first makes the files (the PDF from the cache when the report has
 * not changed), and every page after it gets the same bytes: sizes on pages are the sizes served.
 */
import { reportCard } from '~/lib/cards/card-text';
import { renderSocialCard } from '~/lib/cards/draw';
import { buildBook, licenseNote, type Book } from '~/lib/downloads/book';
import { epubFiles, zipEpub } from '~/lib/downloads/epub';
import {
  downloadFormats,
  downloadPath,
  formatFileSize,
  programmeSchemaPath,
  sectionMarkdownPath,
  type DownloadFormat,
  type DownloadLink,
} from '~/lib/downloads/links';
import { reportMarkdown, sectionMarkdown } from '~/lib/downloads/markdown';
import { renderPdf } from '~/lib/downloads/pdf';
import { programmeData, programmeSchema } from '~/lib/downloads/programme';
import { llmsText } from '~/lib/downloads/llms';
import { absoluteUrl } from '~/lib/cite/works';
import { getAllSections, getConferences, type Conference, type ReportSection } from '~/lib/report';

/** The public origin (`SITE`), for absolute addresses inside the files. */
const site = import.meta.env.SITE ?? 'http://localhost:4321';

/**
 * The EPUB's `dcterms:modified`: when this build started, or `SOURCE_DATE_EPOCH` (seconds) for
 * reproducible builds, which then write the same bytes each time.
 */
const epoch = Number(process.env['SOURCE_DATE_EPOCH'] ?? Number.NaN);
const buildTime = new Date(Number.isFinite(epoch) ? epoch * 1000 : Math.floor(Date.now() / 1000) * 1000);

function memo<T>(cache: Map<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

const books = new Map<string, Promise<Book>>();
const pdfs = new Map<string, Promise<Uint8Array>>();
const epubs = new Map<string, Promise<Uint8Array>>();
const linkLists = new Map<string, Promise<DownloadLink[]>>();

/** The conference's report as a book (see `book.ts`): what the PDF, EPUB and Markdown files say. */
export function getBook(conference: Conference): Promise<Book> {
  return memo(books, conference.slug, async () => {
    const texts = new Map(conference.sections.map((section) => [section.slug, section.document]));
    return buildBook(conference, texts, site);
  });
}

/** The report as PDF. */
export function getPdf(conference: Conference): Promise<Uint8Array> {
  return memo(pdfs, conference.slug, async () => renderPdf(await getBook(conference)));
}

/** The report as EPUB, with the report's social card as cover. */
export function getEpub(conference: Conference): Promise<Uint8Array> {
  return memo(epubs, conference.slug, async () => {
    const [book, cover] = await Promise.all([getBook(conference), renderSocialCard(reportCard(conference))]);
    return zipEpub(epubFiles(book, cover, buildTime), buildTime);
  });
}

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
    site,
  );
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** The programme's JSON Schema. */
export function programmeSchemaJson(): string {
  return `${JSON.stringify(programmeSchema(absoluteUrl(programmeSchemaPath(), site)), null, 2)}\n`;
}

/** The text of `/llms.txt`, over every conference. */
export async function getLlmsText(): Promise<string> {
  const conferences = await getConferences();
  const indexed = await Promise.all(
    conferences.map(async (conference) => {
      const book = await getBook(conference);
      const url = (path: string) => absoluteUrl(path, site);
      return {
        title: book.title,
        dateLabel: book.dateLabel,
        summary: book.summary,
        markdown: url(downloadPath(conference.slug, 'markdown')),
        pdf: url(downloadPath(conference.slug, 'pdf')),
        epub: url(downloadPath(conference.slug, 'epub')),
        data: url(downloadPath(conference.slug, 'data')),
        licenseNote: licenseNote(book.license),
        sections: book.chapters.map((chapter) => ({
          title: chapter.title,
          presenters: chapter.presenters,
          markdown: url(sectionMarkdownPath(conference.slug, chapter.slug)),
        })),
      };
    }),
  );
  return llmsText(indexed, absoluteUrl(programmeSchemaPath(), site));
}

/** The conference's files with their sizes, as the pages link them, in the order shown. */
export function downloadLinks(conference: Conference): Promise<DownloadLink[]> {
  return memo(linkLists, conference.slug, () => makeDownloadLinks(conference));
}

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

/** `getStaticPaths` of the routes that serve one file per conference. */
export async function conferencePaths() {
  return (await getConferences()).map((conference) => ({
    params: { event: conference.slug },
    props: { conference },
  }));
}

/** `getStaticPaths` of the routes that serve one file per section. */
export async function sectionPaths() {
  return (await getAllSections()).map(({ conference, section }) => ({
    params: { event: conference.slug, section: section.slug },
    props: { conference, section },
  }));
}

/** A file as the build writes it, with its media type. */
export function fileResponse(body: string | Uint8Array, type: string): Response {
  const textual = typeof body === 'string';
  return new Response(body as BodyInit, {
    headers: { 'content-type': textual ? `${type}; charset=utf-8` : type },
  });
}
