/**
 * A section's materials, photos and recording, resolved against its MDX file: every file found and
 * checked (it exists, its type is one the site offers, its name can be its address, a PDF's pages
 * counted, captions are WebVTT, a transcript passes the section checks), with its size. Whatever is
 * wrong is reported naming the content file and the field, and fails the build in the data module.
 * Photos and posters come already resolved by Astro's `image()` (see `src/schemas/media.ts`).
 */
import { readFile, stat } from 'node:fs/promises';
import type { ImageMetadata } from 'astro';
import { dirname, join, relative } from 'node:path';
import type { MaterialData } from '#src/schemas/media.ts';
import {
  extensionOf,
  materialFileTypes,
  recordingFileTypes,
  type FileType,
  type MaterialKind,
} from '#src/lib/file-types.ts';
import { formatFileSize } from '#src/lib/downloads/links.ts';
import { countPdfPages } from '#src/lib/materials/pdf-pages.ts';
import { materialKindLabels } from '#src/lib/materials/labels.ts';
import { platformVideo, type PlatformVideo } from '#src/lib/materials/platforms.ts';
import { readTranscript, type Transcript } from '#src/lib/materials/transcript.ts';

/** A file the site publishes beside a section's page, under `/<conference>/<section>/material/`. */
export interface PublishedFile {
  /** The file's name, which is also the last part of its address: `folien-quartiersarbeit.pdf`. */
  fileName: string;
  /** Where the file is on disk, for the route that publishes it. */
  sourcePath: string;
  /** Media type: `application/pdf`. */
  type: string;
  /** What readers call the type: `PDF`, `WebM-Video`. */
  typeLabel: string;
  /** The type's short name: `PDF`, `WebM`. */
  format: string;
  bytes: number;
  /** `18 KB`. */
  size: string;
  /** Site path with base. */
  url: string;
}

/** A file to take along. */
export interface Material extends PublishedFile {
  title: string;
  kind: MaterialKind;
  /** `Folien`. */
  kindLabel: string;
  /** A PDF's number of pages. */
  pages: number | undefined;
}

/** An image as Astro's `image()` gives it: what `<Picture>` needs. */
export type ImageFile = ImageMetadata;

/** A photo with its alternative text and credit. */
export interface Photo {
  image: ImageFile;
  alt: string;
  credit: string | undefined;
  caption: string | undefined;
}

/** A recording of a contribution: a file of the site's own, a platform video, or a plain link. */
export type Recording =
  | {
      type: 'file';
      title: string;
      medium: 'video' | 'audio';
      file: PublishedFile;
      captions: PublishedFile | undefined;
      poster: ImageFile | undefined;
      transcript: Transcript | undefined;
    }
  | {
      type: 'platform';
      title: string;
      /** The recording's page on the platform, as the content gives it. */
      pageUrl: string;
      video: PlatformVideo;
      /** The poster given as a file; without one the site draws its own (`poster.ts`). */
      poster: ImageFile | undefined;
      transcript: Transcript | undefined;
    }
  | { type: 'link'; title: string; url: string; transcript: Transcript | undefined };

/** What a section names beyond its text, as the collection's schema gives it. */
export interface SectionMediaData {
  materials: readonly MaterialData[];
  photos: readonly {
    file: ImageFile;
    alt: string;
    credit?: string | undefined;
    caption?: string | undefined;
  }[];
  recording?:
    | {
        title: string;
        file?: string | undefined;
        captions?: string | undefined;
        url?: string | undefined;
        poster?: ImageFile | undefined;
        transcript?: string | undefined;
      }
    | undefined;
}

/** A section's materials, photos and recording, resolved. */
export interface SectionMedia {
  materials: readonly Material[];
  photos: readonly Photo[];
  recording: Recording | undefined;
}

/** One thing wrong with a section's files, by content file and field. */
export interface MediaProblem {
  filePath: string;
  field: string;
  message: string;
}

/** `content/sections/<conference>/<file>.mdx: materials[0].file: no file …`, as the build reports it. */
export function formatMediaProblem(problem: MediaProblem): string {
  return `${problem.filePath}: ${problem.field}: ${problem.message}`;
}

/** A published file's name: it is the last part of its address, so short and plain. */
const FILE_NAME = /^[a-z0-9](?:[a-z0-9_-]|\.(?=[a-z0-9]))*$/u;

/** Turns a photo as the schema gives it into the page's shape. */
export function shapePhoto(photo: SectionMediaData['photos'][number]): Photo {
  return { image: photo.file, alt: photo.alt, credit: photo.credit, caption: photo.caption };
}

/**
 * Resolves what a section names beyond its text. `filePath` is the MDX file (relative to the working
 * folder, as Astro gives it); `urlOf` gives the address of a published file by its name. Returns the
 * problems instead of throwing, so that the build can name every one at once.
 */
export async function resolveSectionMedia(
  filePath: string,
  data: SectionMediaData,
  urlOf: (fileName: string) => string,
): Promise<{ media: SectionMedia; problems: MediaProblem[] }> {
  const problems: MediaProblem[] = [];
  const names = new Map<string, string>();
  const folder = dirname(filePath);

  /** Finds a file the content names; records a problem and gives `undefined` when it is not usable. */
  async function publish(
    field: string,
    path: string,
    types: Readonly<Record<string, FileType>>,
  ): Promise<PublishedFile | undefined> {
    const sourcePath = join(folder, path);
    const shown = relative(process.cwd(), sourcePath).split('\\').join('/');
    const problem = (message: string) => {
      problems.push({ filePath, field, message });
      return undefined;
    };
    const info = await stat(sourcePath).catch(() => undefined);
    if (info === undefined || !info.isFile()) return problem(`no file "${path}" (looked for ${shown})`);
    const fileName = sourcePath.split(/[\\/]/u).at(-1) ?? '';
    const extension = extensionOf(fileName);
    const type = types[extension];
    if (type === undefined) {
      return problem(
        `"${fileName}" is not a file type the site offers here (${Object.keys(types).join(', ')})`,
      );
    }
    if (!FILE_NAME.test(fileName)) {
      return problem(
        `the file name "${fileName}" becomes its address (…/material/${fileName}): ` +
          'use lower-case letters a–z, digits, hyphens and dots, e.g. "folien-vortrag.pdf"',
      );
    }
    const earlier = names.get(fileName);
    if (earlier !== undefined && earlier !== sourcePath) {
      return problem(`another file of this section is also called "${fileName}": rename one of them`);
    }
    names.set(fileName, sourcePath);
    return {
      fileName,
      sourcePath,
      type: type.type,
      typeLabel: type.label,
      format: type.format,
      bytes: info.size,
      size: formatFileSize(info.size),
      url: urlOf(fileName),
    };
  }

  const materials: Material[] = [];
  for (const [index, material] of data.materials.entries()) {
    const field = `materials[${index}].file`;
    const file = await publish(field, material.file, materialFileTypes);
    if (file === undefined) continue;
    let pages: number | undefined;
    if (file.type === 'application/pdf') {
      pages = await countPdfPages(await readFile(file.sourcePath)).catch(() => undefined);
      if (pages === undefined) {
        problems.push({ filePath, field, message: `"${material.file}" is not a readable PDF` });
        continue;
      }
    }
    materials.push({
      ...file,
      title: material.title,
      kind: material.kind,
      kindLabel: materialKindLabels[material.kind],
      pages,
    });
  }

  const recording = data.recording === undefined ? undefined : await resolveRecording(data.recording);

  async function resolveRecording(
    given: NonNullable<SectionMediaData['recording']>,
  ): Promise<Recording | undefined> {
    let transcript: Transcript | undefined;
    if (given.transcript !== undefined) {
      const path = join(folder, given.transcript);
      const source = await readFile(path, 'utf8').catch(() => undefined);
      const shown = relative(process.cwd(), path).split('\\').join('/');
      if (source === undefined) {
        problems.push({
          filePath,
          field: 'recording.transcript',
          message: `no file "${given.transcript}" (looked for ${shown})`,
        });
      } else {
        try {
          transcript = readTranscript(source, shown);
        } catch (error) {
          problems.push({ filePath, field: 'recording.transcript', message: (error as Error).message });
        }
      }
    }
    if (given.url !== undefined) {
      const video = platformVideo(given.url);
      if (video === undefined) return { type: 'link', title: given.title, url: given.url, transcript };
      return {
        type: 'platform',
        title: given.title,
        pageUrl: given.url,
        video,
        poster: given.poster,
        transcript,
      };
    }
    if (given.file === undefined) return undefined;
    const file = await publish('recording.file', given.file, recordingFileTypes);
    const captions =
      given.captions === undefined
        ? undefined
        : await publish('recording.captions', given.captions, { vtt: recordingFileTypes['vtt'] as FileType });
    if (captions !== undefined) {
      const head = (await readFile(captions.sourcePath, 'utf8')).replace(/^\uFEFF/u, '');
      if (!/^WEBVTT(?:[ \t]|\r?\n|$)/u.test(head)) {
        problems.push({
          filePath,
          field: 'recording.captions',
          message: `"${given.captions}" is not a WebVTT file: its first line must be "WEBVTT"`,
        });
      }
    }
    if (file === undefined) return undefined;
    return {
      type: 'file',
      title: given.title,
      medium: file.type.startsWith('video/') ? 'video' : 'audio',
      file,
      captions,
      poster: given.poster,
      transcript,
    };
  }

  return { media: { materials, photos: data.photos.map(shapePhoto), recording }, problems };
}

/** Every published file of a section: its materials, its recording and the recording's captions. */
export function publishedFiles(media: SectionMedia): PublishedFile[] {
  const files: PublishedFile[] = [...media.materials];
  if (media.recording?.type === 'file') {
    files.push(media.recording.file);
    if (media.recording.captions) files.push(media.recording.captions);
  }
  return files;
}
