/**
 * A section's materials and recording in the programme's open data (`/<conference>.json`) and its
 * JSON Schema: present only where a section has them, so that a report without any keeps its data
 * as it was. Photos are left out: their files are addressed by content hash and change with a new
 * rendition, so the data would name addresses that do not last. Pure.
 */
import { absoluteUrl } from '#src/lib/addresses/origin.ts';
import { materialKinds } from '#src/lib/file-types.ts';

/** The fields of a section's material the open data gives. */
export interface DataMaterial {
  title: string;
  kind: string;
  kindLabel: string;
  url: string;
  type: string;
  bytes: number;
  pages: number | undefined;
}

/** The fields of a section's recording the open data gives. */
export type DataRecording =
  | {
      type: 'file';
      title: string;
      medium: 'video' | 'audio';
      file: { url: string; type: string; bytes: number };
      captions: { url: string } | undefined;
      transcript: { text: string } | undefined;
    }
  | {
      type: 'platform';
      title: string;
      pageUrl: string;
      video: { platform: { name: string } };
      transcript: { text: string } | undefined;
    }
  | { type: 'link'; title: string; url: string; transcript: { text: string } | undefined };

/** The fields of a section this module reads. */
export interface DataMediaSection {
  materials?: readonly DataMaterial[] | undefined;
  recording?: DataRecording | undefined;
}

/** `materials` and `recording` of a section's entry in the open data, where it has them. */
export function sectionMediaData(section: DataMediaSection, site: URL | string) {
  const materials = section.materials ?? [];
  return {
    ...(materials.length > 0
      ? {
          materials: materials.map((material) => ({
            title: material.title,
            kind: material.kind,
            kindLabel: material.kindLabel,
            url: absoluteUrl(material.url, site),
            mediaType: material.type,
            bytes: material.bytes,
            pages: material.pages ?? null,
          })),
        }
      : {}),
    ...(section.recording ? { recording: recordingData(section.recording, site) } : {}),
  };
}

function recordingData(recording: DataRecording, site: URL | string) {
  const transcript = recording.transcript?.text ?? null;
  switch (recording.type) {
    case 'file':
      return {
        title: recording.title,
        kind: recording.medium,
        url: absoluteUrl(recording.file.url, site),
        platform: null,
        mediaType: recording.file.type,
        bytes: recording.file.bytes,
        captions: recording.captions ? absoluteUrl(recording.captions.url, site) : null,
        transcript,
      };
    case 'platform':
      return {
        title: recording.title,
        kind: 'platform',
        url: recording.pageUrl,
        platform: recording.video.platform.name,
        mediaType: null,
        bytes: null,
        captions: null,
        transcript,
      };
    case 'link':
      return {
        title: recording.title,
        kind: 'link',
        url: recording.url,
        platform: null,
        mediaType: null,
        bytes: null,
        captions: null,
        transcript,
      };
  }
}

/**
 * The schema of `sectionMediaData`'s two properties, for the section object of the programme's
 * schema. Neither is required: a section without materials or recording has neither key.
 */
export function sectionMediaSchema(parts: {
  text: object;
  url: object;
  nullable: (schema: object) => object;
  object: (properties: Record<string, object>, description?: string) => object;
}) {
  const { text, url, nullable, object } = parts;
  const size = { type: 'integer', minimum: 0, description: 'Größe der Datei in Bytes' };
  return {
    materials: {
      type: 'array',
      minItems: 1,
      description: 'Dateien zum Beitrag (Folien, Handout, Poster, Dokument)',
      items: object({
        title: text,
        kind: { type: 'string', enum: [...materialKinds] },
        kindLabel: text,
        url,
        mediaType: text,
        bytes: size,
        pages: nullable({ type: 'integer', minimum: 1, description: 'Seitenzahl eines PDF' }),
      }),
    },
    recording: object(
      {
        title: text,
        kind: { type: 'string', enum: ['video', 'audio', 'platform', 'link'] },
        url,
        platform: nullable(text),
        mediaType: nullable(text),
        bytes: nullable(size),
        captions: nullable(url),
        transcript: nullable(text),
      },
      'Die Aufzeichnung des Beitrags: eine Datei der Website (video, audio), ein Video auf einer Plattform oder ein Link',
    ),
  };
}
