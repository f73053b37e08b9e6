/**
 * What the downloads of a conference are and how their links read: media type and label of each
 * format, the size as readers write it. Their addresses (`/<conference>.pdf`, `.epub`, `.md`, `.json`,
 * each section at `/<conference>/<slug>.md`, the schema at `/programm.schema.json`) are
 * `downloadPath`, `sectionMarkdownPath` and `programmeSchemaPath` in src/lib/addresses/paths.ts.
 */
import type { DownloadFormat } from '#src/lib/addresses/paths.ts';

/** Media type and label of each format. */
export const downloadFormats: Record<DownloadFormat, { type: string; label: string }> = {
  pdf: { type: 'application/pdf', label: 'Bericht als PDF' },
  epub: { type: 'application/epub+zip', label: 'Bericht als EPUB (E-Book)' },
  markdown: { type: 'text/markdown', label: 'Bericht als Markdown' },
  data: { type: 'application/json', label: 'Programm als offene Daten (JSON)' },
};

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
