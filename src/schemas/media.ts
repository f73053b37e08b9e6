/**
 * What a section carries beyond its text: files to take along (`materials`), photos (`photos`) and a
 * recording (`recording`); and a conference's photos. Every file is named by a path relative to the
 * content file that names it (`./material/folien.pdf` beside the MDX file), as Astro resolves images.
 * Photos and posters go through Astro's image pipeline (the schema context's `image()`), which fails
 * the build on a missing image (`src/lib/materials/image-check.ts` names file and field); the other
 * files are resolved and checked by the data module (`src/lib/materials/resolve.ts`), which names file
 * and field when one is missing. Each field's `.meta()` carries its German label and help text for the
 * editor (see `src/schemas/index.ts`), and for the editor's uploads: `media` (a file or an image),
 * `folder` (where beside the content file an upload goes) and `accept` (the file types offered).
 */
import type { SchemaContext } from 'astro:content';
import { z } from 'astro/zod';
import { eventSchema, reportSectionSchema } from '#src/schemas/index.ts';
import {
  audioExtensions,
  extensionOf,
  materialFileTypes,
  materialKinds,
  videoExtensions,
} from '#src/lib/file-types.ts';
import { materialKindLabels } from '#src/schemas/choices.ts';

/** Text that is shown to readers: never empty. */
const text = z.string().trim().min(1);

/** A file beside the content file: a relative path (`./material/folien.pdf`), never an address. */
export const relativeFile = z
  .string()
  .trim()
  .regex(/^\.{1,2}\//u, {
    error:
      'must be a path relative to this content file, starting with "./" or "../", e.g. "./material/folien.pdf"',
  })
  .meta({ media: 'file' });

/** A file to take along: the speaker's slides, a handout, a poster, a document. */
export const materialSchema = z.strictObject({
  /** The file, relative to the MDX file: `./material/folien-quartiersarbeit.pdf`. */
  file: relativeFile.meta({
    title: 'Datei',
    description:
      'Neben der Abschnittsdatei (z. B. ./material/folien-vortrag.pdf); der Name wird Teil der Adresse.',
    accept: Object.keys(materialFileTypes)
      .map((extension) => `.${extension}`)
      .join(','),
  }),
  /** What the list shows, e.g. `Folien zum Vortrag`. */
  title: text.meta({
    title: 'Titel',
    description: 'Wie die Liste die Datei nennt, z. B. „Folien zum Vortrag“.',
  }),
  /** `slides`, `handout`, `poster` or `document`. */
  kind: z
    .enum(materialKinds, {
      error: `must be one of ${materialKinds.map((kind) => `"${kind}"`).join(', ')}`,
    })
    .meta({
      title: 'Art',
      description: 'Folien, Handout, Poster oder Dokument.',
      labels: materialKindLabels,
    }),
});
export type MaterialData = z.infer<typeof materialSchema>;

/** Astro's `image()` from the schema context: a relative path in, the image's metadata out. */
export type ImageField = SchemaContext['image'];

/** A photo: its file, its alternative text (required) and who took it. */
export function photoSchema(image: ImageField) {
  return z.strictObject({
    /** The image file, relative to the content file: `./bilder/podium.jpg` (JPEG, PNG, WebP, AVIF). */
    file: image().meta({
      title: 'Foto',
      description: 'JPEG, PNG, WebP oder AVIF neben der Datei (z. B. ./bilder/podium.jpg).',
    }),
    /** What the photo shows, for readers who cannot see it. Required. */
    alt: text.meta({
      title: 'Beschreibung (Alternativtext)',
      description: 'Was auf dem Foto zu sehen ist, für Menschen, die es nicht sehen. Pflicht.',
      multiline: true,
    }),
    /** Who took it, shown under the photo: `Foto: Name`. */
    credit: text.optional().meta({
      title: 'Urheber',
      description: 'Wird unter dem Foto gezeigt, z. B. „Foto: Vorname Nachname“.',
    }),
    /** A line shown under the photo. */
    caption: text.optional().meta({
      title: 'Bildunterschrift',
      description: 'Freiwillig: eine Zeile unter dem Foto.',
    }),
  });
}

/**
 * A recording of the contribution: a video or audio file of the site's own (`file`, with `captions`
 * for a video), or the address of a page on a video platform (`url`). A YouTube or Vimeo address is
 * embedded only after a click, with a poster of the site's own; any other address is a plain link.
 */
export function recordingSchema(image: ImageField) {
  return z
    .strictObject({
      /** What the recording is called on the page, e.g. `Aufzeichnung des Vortrags`. */
      title: text.meta({ title: 'Titel', description: 'Zum Beispiel „Aufzeichnung des Vortrags“.' }),
      /** A video or audio file relative to the MDX file: `./aufzeichnung.mp4` (MP4, WebM, MP3, M4A, Ogg, Opus). */
      file: relativeFile.optional().meta({
        title: 'Datei',
        description: 'MP4, WebM, MP3, M4A, Ogg oder Opus neben der Datei (z. B. ./aufzeichnung.mp4).',
        accept: [...videoExtensions, ...audioExtensions].map((extension) => `.${extension}`).join(','),
      }),
      /** Captions for `file` as WebVTT, relative to the MDX file: `./aufzeichnung.de.vtt`. Required for a video. */
      captions: relativeFile.optional().meta({
        title: 'Untertitel',
        description: 'WebVTT-Datei (z. B. ./aufzeichnung.de.vtt); bei einem Video Pflicht.',
        accept: '.vtt',
      }),
      /** The recording's page on a video platform (`https://www.youtube.com/watch?v=…`) or elsewhere. */
      url: z
        .url({ protocol: /^https$/u, error: 'must be an https:// address' })
        .optional()
        .meta({
          title: 'Adresse',
          description: 'Die Seite bei YouTube oder Vimeo; jede andere Adresse wird ein Link.',
        }),
      /** A picture shown before the recording plays; without one a platform recording gets a drawn one. */
      poster: image()
        .optional()
        .meta({ title: 'Vorschaubild', description: 'Freiwillig; sonst zeichnet die Website eines.' }),
      /** What is said in the recording, as Markdown, relative to the MDX file: `./aufzeichnung.de.md`. */
      transcript: relativeFile.optional().meta({
        title: 'Transkript',
        description: 'Markdown-Datei mit dem, was gesagt wird (z. B. ./aufzeichnung.de.md).',
        accept: '.md',
      }),
    })
    .superRefine((recording, context) => {
      for (const { message, path } of recordingProblems(recording))
        context.addIssue({ code: 'custom', message, path });
    });
}

/** The fields of a recording that depend on each other. */
interface RecordingFields {
  file?: string | undefined;
  url?: string | undefined;
  captions?: string | undefined;
  transcript?: string | undefined;
}

/**
 * What is wrong with a recording's fields together: a file or an address (not both, not neither),
 * captions only with a file and always with a video, and the files' types.
 */
export function recordingProblems(recording: RecordingFields): { message: string; path: string[] }[] {
  if ((recording.file === undefined) === (recording.url === undefined)) {
    return [
      {
        message:
          'Bitte entweder eine „Datei“ (Video oder Audio) oder eine „Adresse“ (Seite einer Videoplattform) angeben, nicht beides.',
        path: recording.file === undefined ? [] : ['url'],
      },
    ];
  }
  if (recording.file === undefined) {
    return recording.captions === undefined
      ? []
      : [
          {
            message:
              'Untertitel gehören zu einer „Datei“; eine Videoplattform hat ihre eigenen. Bitte leeren.',
            path: ['captions'],
          },
        ];
  }
  const problems: { message: string; path: string[] }[] = [];
  const extension = extensionOf(recording.file);
  const isVideo = videoExtensions.includes(extension);
  if (!isVideo && !audioExtensions.includes(extension)) {
    problems.push({
      message:
        `Eine Aufzeichnung ist eine Video- (${videoExtensions.join(', ')}) ` +
        `oder Audiodatei (${audioExtensions.join(', ')}), nicht „.${extension}“.`,
      path: ['file'],
    });
  }
  if (isVideo && recording.captions === undefined) {
    problems.push({
      message: 'Ein Video braucht Untertitel: eine WebVTT-Datei, z. B. „./aufzeichnung.de.vtt“.',
      path: ['captions'],
    });
  }
  if (recording.captions !== undefined && extensionOf(recording.captions) !== 'vtt') {
    problems.push({ message: 'Untertitel müssen eine WebVTT-Datei (.vtt) sein.', path: ['captions'] });
  }
  if (recording.transcript !== undefined && extensionOf(recording.transcript) !== 'md') {
    problems.push({ message: 'Ein Transkript muss eine Markdown-Datei (.md) sein.', path: ['transcript'] });
  }
  return problems;
}

/** The fields a report section has beyond its text; all optional. */
export function sectionMediaFields(image: ImageField) {
  return {
    /** Files to take along (slides, handouts, posters, documents), in the order listed. */
    materials: z.array(materialSchema).default([]).meta({
      title: 'Material',
      description: 'Dateien zum Mitnehmen, in dieser Reihenfolge.',
      singular: 'Datei',
      folder: 'material',
    }),
    /** Photos shown with the text, in the order listed. */
    photos: z.array(photoSchema(image)).default([]).meta({
      title: 'Fotos',
      description: 'Nach dem Text gezeigt, in dieser Reihenfolge.',
      singular: 'Foto',
      folder: 'bilder',
    }),
    /** A recording of the contribution. */
    recording: recordingSchema(image).optional().meta({
      title: 'Aufzeichnung',
      description: 'Eine Video- oder Audiodatei oder die Adresse bei YouTube oder Vimeo.',
      folder: '.',
    }),
  };
}

/** A report section with its materials, photos and recording (see `reportSectionSchema`). */
export function reportSectionWithMediaSchema(image: ImageField) {
  return reportSectionSchema.extend(sectionMediaFields(image));
}

/**
 * A conference with its photos: files relative to the event file, kept in a folder named like it
 * (`<conference>/saal.jpg` beside `content/events/<conference>.yaml`).
 */
export function eventWithPhotosSchema(image: ImageField) {
  return eventSchema.extend({
    /** Photos of the conference, shown as a small gallery on the conference's page. */
    photos: z.array(photoSchema(image)).default([]).meta({
      title: 'Fotos der Tagung',
      description:
        'Eine kleine Galerie auf der Seite des Berichts; Dateien im Ordner neben der Tagungsdatei.',
      singular: 'Foto',
      folder: '{{filename}}',
    }),
  });
}
