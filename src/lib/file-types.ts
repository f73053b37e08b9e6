/**
 * The file types the site knows, in one leaf module (no imports): what a material or a recording may be,
 * the media type each published file is sent with, and what each kind of material is. The content
 * schemas, the materials, the static server (`tools/serve.mjs`) and the build steps' development
 * middlewares read them from here.
 */

/** A file type: its media type, the name readers know it by, and its short name (`WebM`). */
export interface FileType {
  type: string;
  label: string;
  format: string;
}

/** What a file to take along is. Its German labels are in `src/schemas/choices.ts`. */
export const materialKinds = ['slides', 'handout', 'poster', 'document'] as const;
export type MaterialKind = (typeof materialKinds)[number];

/** The file types a material may be, by extension. */
export const materialFileTypes: Readonly<Record<string, FileType>> = {
  pdf: { type: 'application/pdf', label: 'PDF', format: 'PDF' },
  pptx: {
    type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    label: 'PowerPoint',
    format: 'PPTX',
  },
  docx: {
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    label: 'Word',
    format: 'DOCX',
  },
  xlsx: {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    label: 'Excel',
    format: 'XLSX',
  },
  odp: {
    type: 'application/vnd.oasis.opendocument.presentation',
    label: 'OpenDocument-Präsentation',
    format: 'ODP',
  },
  odt: { type: 'application/vnd.oasis.opendocument.text', label: 'OpenDocument-Text', format: 'ODT' },
  ods: {
    type: 'application/vnd.oasis.opendocument.spreadsheet',
    label: 'OpenDocument-Tabelle',
    format: 'ODS',
  },
  epub: { type: 'application/epub+zip', label: 'EPUB', format: 'EPUB' },
  zip: { type: 'application/zip', label: 'ZIP-Archiv', format: 'ZIP' },
  png: { type: 'image/png', label: 'PNG-Bild', format: 'PNG' },
  jpg: { type: 'image/jpeg', label: 'JPEG-Bild', format: 'JPEG' },
  jpeg: { type: 'image/jpeg', label: 'JPEG-Bild', format: 'JPEG' },
};

/** The file types of a recording of the site's own, by extension, and of its captions. */
export const recordingFileTypes: Readonly<Record<string, FileType>> = {
  mp4: { type: 'video/mp4', label: 'MP4-Video', format: 'MP4' },
  webm: { type: 'video/webm', label: 'WebM-Video', format: 'WebM' },
  m4v: { type: 'video/mp4', label: 'MP4-Video', format: 'MP4' },
  mp3: { type: 'audio/mpeg', label: 'MP3-Audio', format: 'MP3' },
  m4a: { type: 'audio/mp4', label: 'M4A-Audio', format: 'M4A' },
  ogg: { type: 'audio/ogg', label: 'Ogg-Audio', format: 'Ogg' },
  oga: { type: 'audio/ogg', label: 'Ogg-Audio', format: 'Ogg' },
  opus: { type: 'audio/ogg', label: 'Opus-Audio', format: 'Opus' },
  vtt: { type: 'text/vtt', label: 'WebVTT-Untertitel', format: 'WebVTT' },
};

const extensionsOf = (prefix: string) =>
  Object.entries(recordingFileTypes)
    .filter(([, { type }]) => type.startsWith(prefix))
    .map(([extension]) => extension);

/** The files a self-hosted recording may be: video or audio that browsers play themselves. */
export const videoExtensions: readonly string[] = extensionsOf('video/');
export const audioExtensions: readonly string[] = extensionsOf('audio/');

/** The extension of a path, lower-case, without the dot. */
export function extensionOf(path: string): string {
  return /\.([^./\\]+)$/u.exec(path)?.[1]?.toLowerCase() ?? '';
}

/** Text types are sent with their character set. */
const withCharset = (type: string) => `${type}; charset=utf-8`;

/**
 * The media type every file the site publishes is sent with, by extension without the dot: pages,
 * styles, scripts, data, fonts, the search index, the downloads, photos from Astro's image pipeline,
 * and every material and recording type above.
 */
export const contentTypes: Readonly<Record<string, string>> = {
  ...Object.fromEntries(
    [...Object.entries(materialFileTypes), ...Object.entries(recordingFileTypes)].map(
      ([extension, { type }]) => [extension, type.startsWith('text/') ? withCharset(type) : type],
    ),
  ),
  html: withCharset('text/html'),
  css: withCharset('text/css'),
  js: withCharset('text/javascript'),
  mjs: withCharset('text/javascript'),
  json: withCharset('application/json'),
  xml: withCharset('application/xml'),
  txt: withCharset('text/plain'),
  md: withCharset('text/markdown'),
  bib: withCharset('application/x-bibtex'),
  ris: withCharset('application/x-research-info-systems'),
  svg: 'image/svg+xml',
  webp: 'image/webp',
  avif: 'image/avif',
  wasm: 'application/wasm',
  woff2: 'font/woff2',
};

/** The media type a file is sent with, by its name; `undefined` for a type the site does not publish. */
export function contentTypeOf(path: string): string | undefined {
  return contentTypes[extensionOf(path)];
}
