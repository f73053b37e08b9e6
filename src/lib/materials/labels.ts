/**
 * What the site calls materials and their files: the German label of each kind, and the media type
 * and name of each file type a section may carry. Pure.
 */
import type { MaterialKind } from '#src/schemas/media.ts';
import { joinGerman } from '#src/lib/german/joining.ts';

/** How each kind of material is called in the list after a section's text. */
export const materialKindLabels: Record<MaterialKind, string> = {
  slides: 'Folien',
  handout: 'Handout',
  poster: 'Poster',
  document: 'Dokument',
};

/** A file type: its media type, the name readers know it by, and its short name (`WebM`). */
export interface FileType {
  type: string;
  label: string;
  format: string;
}

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
  m4v: { type: 'video/mp4', label: 'MP4-Video', format: 'MP4' },
  webm: { type: 'video/webm', label: 'WebM-Video', format: 'WebM' },
  mp3: { type: 'audio/mpeg', label: 'MP3-Audio', format: 'MP3' },
  m4a: { type: 'audio/mp4', label: 'M4A-Audio', format: 'M4A' },
  ogg: { type: 'audio/ogg', label: 'Ogg-Audio', format: 'Ogg' },
  oga: { type: 'audio/ogg', label: 'Ogg-Audio', format: 'Ogg' },
  opus: { type: 'audio/ogg', label: 'Opus-Audio', format: 'Opus' },
  vtt: { type: 'text/vtt', label: 'WebVTT-Untertitel', format: 'WebVTT' },
};

/** `1 Seite`, `12 Seiten`, with a no-break space: the number never ends a line without its word. */
export function countPages(pages: number): string {
  return pages === 1 ? '1\u00a0Seite' : `${pages}\u00a0Seiten`;
}

/** The fields of a section that say what it carries beyond its text. */
export interface MediaCarrier {
  materials: readonly { kind: MaterialKind }[];
  photos: readonly unknown[];
  recording?: unknown;
}

/**
 * What a section carries beyond its text, in a few words for its search result and its newsletter
 * snippet: `Folien, Fotos und Aufzeichnung`; empty when it carries nothing.
 */
export function mediaSummary(section: MediaCarrier): string {
  const parts = [...new Set(section.materials.map((material) => materialKindLabels[material.kind]))];
  if (section.photos.length > 0) parts.push('Fotos');
  if (section.recording !== undefined) parts.push('Aufzeichnung');
  return joinGerman(parts);
}

/** A material's file as a list names it: `PDF, 3 Seiten, 16 KB`. */
export function materialFile(material: { format: string; pages: number | undefined; size: string }): string {
  return [material.format, material.pages === undefined ? '' : countPages(material.pages), material.size]
    .filter(Boolean)
    .join(', ');
}

/** A material's facts after its title: `Folien · PDF, 3 Seiten, 16 KB`. */
export function materialFacts(material: {
  kindLabel: string;
  format: string;
  pages: number | undefined;
  size: string;
}): string {
  return `${material.kindLabel} · ${materialFile(material)}`;
}
