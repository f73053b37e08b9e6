/**
 * The content model. All content lives in the top-level `content/` folder (or the folder named by
 * `TAGUNGSDOKU_CONTENT`, which tests use for fixtures). The schemas are the contract between the
 * files the project team edits and the code that renders them; see `src/schemas/` for every field.
 * Each loader reads every entry again when its schema changed (`src/lib/content/schema-digest.ts`).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { organizationSchema, personSchema, placeSchema, topicSchema } from '#src/schemas/index.ts';
import { eventWithPhotosSchema, reportSectionWithMediaSchema } from '#src/schemas/media.ts';
import { withImageCheck } from '#src/lib/materials/image-check.ts';
import { rereadOnSchemaChange } from '#src/lib/content/schema-digest.ts';
import { editorImage } from '#src/lib/editor/field-schema.ts';

const contentDir = (process.env.TAGUNGSDOKU_CONTENT ?? './content').replace(/\/$/u, '');

/**
 * Entry ids come from the file path (`tagung-2018/03-forschungsdesign`), never from a `slug` field:
 * Astro's default would let two files with the same slug silently replace each other, where the
 * integrity check should report them.
 */
const idFromPath = ({ entry }: { entry: string }) => entry.replace(/\.[^./]+$/u, '');

/**
 * Conferences: one YAML file each in `content/events/`; the file name is the event's id. Its photos
 * lie in a folder named like it, beside `content/events/<conference>.yaml`; see `src/schemas/media.ts`.
 */
const events = defineCollection({
  loader: withImageCheck(
    rereadOnSchemaChange(
      glob({ base: `${contentDir}/events`, pattern: '**/[^_]*.{yaml,yml}', generateId: idFromPath }),
      eventWithPhotosSchema(editorImage),
    ),
  ),
  schema: ({ image }) => eventWithPhotosSchema(image),
});

/**
 * Report sections: one MDX file each in `content/sections/<event>/`, in the report's order, with
 * their materials, photos and recording beside them (`src/schemas/media.ts`).
 */
const sections = defineCollection({
  loader: withImageCheck(
    rereadOnSchemaChange(
      glob({ base: `${contentDir}/sections`, pattern: '**/[^_]*.mdx', generateId: idFromPath }),
      reportSectionWithMediaSchema(editorImage),
    ),
  ),
  schema: ({ image }) => reportSectionWithMediaSchema(image),
});

/**
 * A register: one YAML file per entry in `content/<folder>/`, the file name being the entry's id
 * (`content/people/anne-van-riessen.yaml`), so that each entry can be edited on its own.
 */
const register = (folder: string, schema: Parameters<typeof rereadOnSchemaChange>[1]) =>
  rereadOnSchemaChange(
    glob({ base: `${contentDir}/${folder}`, pattern: '[^_]*.{yaml,yml}', generateId: idFromPath }),
    schema,
  );

/** Everyone the report names, one file each in `content/people/`. */
const people = defineCollection({ loader: register('people', personSchema), schema: personSchema });

/** Institutions, research projects, funders and offices the report names, in `content/organizations/`. */
const organizations = defineCollection({
  loader: register('organizations', organizationSchema),
  schema: organizationSchema,
});

/** Topics: a curated set from the report's own vocabulary, in `content/topics/`. */
const topics = defineCollection({ loader: register('topics', topicSchema), schema: topicSchema });

/** Municipalities, districts and regions the report names, in `content/places/`. */
const places = defineCollection({ loader: register('places', placeSchema), schema: placeSchema });

export const collections = { events, sections, people, organizations, topics, places };
