/**
 * The one table of the content: each collection's folder below the content root, which of its files
 * are entries, the schema they follow, how an entry's id is formed, and what the editor and the team
 * call it in German; and the content root itself with the single files beside the folders. The loader
 * (`src/content.config.ts`), the editor's configuration (`src/lib/editor/config.ts`), the importer
 * (`src/lib/import/`), the data module (`src/lib/report.ts`) and the integrity check read it from
 * here, and no other module of `src/` or `tools/` spells a content folder
 * (`tests/unit/collections.test.ts` holds that). It imports no `astro:*` module: plain Node (the
 * importer, the tools) loads it as well as Astro.
 */
import type { z } from 'astro/zod';
import { organizationSchema, personSchema, placeSchema, topicSchema } from '#src/schemas/index.ts';
import { eventWithPhotosSchema, reportSectionWithMediaSchema, type ImageField } from '#src/schemas/media.ts';

/** One collection of the content. */
export interface ContentCollection {
  /** Its folder below the content root: `people` is `content/people/`. */
  folder: string;
  /**
   * What its files are, and the extension of those the editor and the importer write: `yaml` (data)
   * or `mdx` (YAML front matter, then the text in Markdown).
   */
  format: 'yaml' | 'mdx';
  /** Which files below the folder are entries, as a glob; a file whose name starts with `_` is none. */
  pattern: string;
  /**
   * The schema its files follow, from `src/schemas/`: a function of Astro's `image()`, which makes a
   * photo an image of the build (the editor and the importer pass `editorImage`, a path in the file).
   */
  schema: (image: ImageField) => z.ZodType;
  /** The field that names an entry in lists, choices and messages (`name`, `title`). */
  identifier: string;
  /**
   * How an entry's id is formed: it is the entry's file path below the folder, without the extension
   * (`tagung-2018/03-forschungsdesign`, `anne-van-riessen`), never a field, so that two files cannot
   * silently share one. A new entry's file is named from this field: its own `slug`, or the field that
   * names it, made ASCII (`Anne van Rießen` → `anne-van-riessen`); either way an `entryId`.
   */
  idFrom: string;
  /** For entries kept in one folder per conference: the field that names the conference (`event`). */
  folderFrom?: string;
  /** What the team calls the collection (`Personen`), one of its entries (`Person`), and what it holds. */
  label: string;
  singular: string;
  description: string;
}

/** A register's files: one YAML file per entry directly in its folder, named by the entry's id. */
const REGISTER_FILES = '[^_]*.{yaml,yml}';

/** Every collection of the content, by its name (the name Astro and the editor know it by). */
export const contentCollections = {
  /** Conferences: one YAML file each; its photos lie in a folder named like it (`src/schemas/media.ts`). */
  events: {
    folder: 'events',
    format: 'yaml',
    pattern: '**/[^_]*.{yaml,yml}',
    schema: eventWithPhotosSchema,
    identifier: 'title',
    idFrom: 'slug',
    label: 'Tagungen',
    singular: 'Tagung',
    description: 'Eine Datei je Tagung: Name, Datum, Veranstalter, Publikum und Zahlen.',
  },
  /**
   * Report sections: one MDX file each in a folder per conference, in the report's order, with their
   * materials, photos and recording beside them (`src/schemas/media.ts`).
   */
  sections: {
    folder: 'sections',
    format: 'mdx',
    pattern: '**/[^_]*.mdx',
    schema: reportSectionWithMediaSchema,
    identifier: 'title',
    idFrom: 'slug',
    folderFrom: 'event',
    label: 'Abschnitte',
    singular: 'Abschnitt',
    description: 'Die Abschnitte der Berichte, ein Ordner je Tagung.',
  },
  /** Everyone the report names. */
  people: {
    folder: 'people',
    format: 'yaml',
    pattern: REGISTER_FILES,
    schema: () => personSchema,
    identifier: 'name',
    idFrom: 'name',
    label: 'Personen',
    singular: 'Person',
    description: 'Alle Personen, die der Bericht nennt, mit ihren Funktionen.',
  },
  /** Institutions, research projects, funders and offices the report names. */
  organizations: {
    folder: 'organizations',
    format: 'yaml',
    pattern: REGISTER_FILES,
    schema: () => organizationSchema,
    identifier: 'name',
    idFrom: 'name',
    label: 'Institutionen',
    singular: 'Institution',
    description: 'Institutionen, Projekte, Ämter und Förderer, die der Bericht nennt.',
  },
  /** Topics: a curated set from the report's own vocabulary. */
  topics: {
    folder: 'topics',
    format: 'yaml',
    pattern: REGISTER_FILES,
    schema: () => topicSchema,
    identifier: 'title',
    idFrom: 'title',
    label: 'Themen',
    singular: 'Thema',
    description: 'Die Themen des Registers, in den Worten des Berichts.',
  },
  /** Municipalities, districts and regions the report names. */
  places: {
    folder: 'places',
    format: 'yaml',
    pattern: REGISTER_FILES,
    schema: () => placeSchema,
    identifier: 'name',
    idFrom: 'name',
    label: 'Orte',
    singular: 'Ort',
    description: 'Kommunen, Stadtbezirke und Regionen, die der Bericht nennt.',
  },
} as const satisfies Record<string, ContentCollection>;

export type CollectionName = keyof typeof contentCollections;

/** The register's collections: one file per entry, each named by its id, made from the entry's name. */
export const registerNames = ['people', 'organizations', 'topics', 'places'] as const satisfies readonly CollectionName[];
export type RegisterName = (typeof registerNames)[number];

/** The single files of the content root, beside the collections' folders. */
export const contentFiles = {
  /** Who publishes the website (`src/schemas/site.ts`). */
  site: 'site.yaml',
  /** The team's own synonyms for the search (`src/schemas/synonyms.ts`). */
  synonyms: 'synonyms.yaml',
} as const;

/**
 * The folder below the content root that keeps each section's record of its published passages
 * (`src/lib/content/passage-record.ts`): `passages/<conference>/<slug>.yaml`. Not a
 * collection: the build and `npm run manifest` read and write it, the team does not edit it.
 */
export const PASSAGE_RECORDS = 'passages';

/** The content root in the project: where the team's files live, and what the editor edits. */
export const CONTENT_ROOT = 'content';

/**
 * The content root this build or run reads: `content`, or the folder `TAGUNGSDOKU_CONTENT` names
 * (tests point it at fixtures), without a trailing slash.
 */
export function contentRoot(env: Readonly<Record<string, string | undefined>> = process.env): string {
  return (env['TAGUNGSDOKU_CONTENT'] ?? CONTENT_ROOT).replace(/\/$/u, '');
}

/** A collection's folder below `root`: `content/people`. */
export function collectionFolder(name: CollectionName, root: string = contentRoot()): string {
  return `${root}/${contentCollections[name].folder}`;
}

/** The file of the entry `id` below `root`: `content/people/anne-van-riessen.yaml`. */
export function entryFile(name: CollectionName, id: string, root: string = contentRoot()): string {
  return `${collectionFolder(name, root)}/${id}.${contentCollections[name].format}`;
}

/** A single file of the content root below `root`: `content/site.yaml`. */
export function contentFile(name: keyof typeof contentFiles, root: string = contentRoot()): string {
  return `${root}/${contentFiles[name]}`;
}

/** The record of the passages of the section `slug` of the conference `event` below `root`. */
export function passageRecordFile(event: string, slug: string, root: string = contentRoot()): string {
  return `${root}/${PASSAGE_RECORDS}/${event}/${slug}.yaml`;
}

/** An entry's id from its file's path below its collection's folder (see `idFrom`). */
export function entryIdOf(path: string): string {
  return path.replace(/\.[^./]+$/u, '');
}
