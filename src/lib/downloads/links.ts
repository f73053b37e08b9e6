/**
 * Where the downloads of a conference live and how their links read: `/<event>.pdf`, `.epub`,
 * `.md`, `.json`, each section at `/<event>/<slug>.md`, the schema at `/programm.schema.json`,
 * `/llms.txt`. Site paths go through `sitePath`, so they follow BASE_PATH.
 */
import { sitePath } from '~/lib/site/urls';

/** The formats a conference's report is offered in. */
export type DownloadFormat = 'pdf' | 'epub' | 'markdown' | 'data';

/** Site path of the programme's JSON Schema. */
const PROGRAMME_SCHEMA_PATH = '/programm.schema.json';

/** File extension and media type of each format. */
export const downloadFormats: Record<DownloadFormat, { extension: string; type: string; label: string }> = {
  pdf: { extension: 'pdf', type: 'application/pdf', label: 'Bericht als PDF' },
  epub: { extension: 'epub', type: 'application/epub+zip', label: 'Bericht als EPUB (E-Book)' },
  markdown: { extension: 'md', type: 'text/markdown', label: 'Bericht als Markdown' },
  data: { extension: 'json', type: 'application/json', label: 'Programm als offene Daten (JSON)' },
};

/** Site path of a conference's file in a format: `/tagung-2018.pdf`. */
export function downloadPath(eventSlug: string, format: DownloadFormat): string {
  return sitePath(`/${eventSlug}.${downloadFormats[format].extension}`);
}

/** Site path of a section's Markdown: `/tagung-2018/raumerleben.md`. */
export function sectionMarkdownPath(eventSlug: string, sectionSlug: string): string {
  return sitePath(`/${eventSlug}/${sectionSlug}.md`);
}

/** Site path of the programme schema. */
export function programmeSchemaPath(): string {
  return sitePath(PROGRAMME_SCHEMA_PATH);
}

const decimal = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });

/** A file size as German readers write it: `180 KB`, `1,2 MB` (1 KB = 1,024 bytes). */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${decimal.format(bytes / (1024 * 1024))} MB`;
}

/** A download link as the pages show it: „Bericht als PDF, 180 KB“. */
export interface DownloadLink {
  format: DownloadFormat;
  href: string;
  type: string;
  label: string;
  size: string;
}
