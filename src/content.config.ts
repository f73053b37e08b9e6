/**
 * The content model. All content lives in the top-level `content/` folder (or the folder named by
 * `TAGUNGSDOKU_CONTENT`, which tests use for fixtures). The schemas are the contract between the
 * files the project team edits and the code that renders them; see `src/schemas/` for every field.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { organizationSchema, personSchema, placeSchema, topicSchema } from '~/schemas';
import { eventWithPhotosSchema, reportSectionWithMediaSchema } from '~/schemas/media';
import { withImageCheck } from '~/lib/materials/image-check';

const contentDir = (process.env.TAGUNGSDOKU_CONTENT ?? './content').replace(/\/$/u, '');

/**
 * Entry ids come from the file path (`tagung-2018/03-forschungsdesign`), never from a `slug` field:
 * Astro's default would let two files with the same slug silently replace each other, where the
 * integrity check should report them.
 */
const idFromPath = ({ entry }: { entry: string }) => entry.replace(/\.[^./]+$/u, '');

/**
 * Conferences: one YAML file each in `content/events/`; the file name is the event's id. Its photos
 * lie in a folder named like it (`content/events/tagung-2030/`), see `src/schemas/media.ts`.
 */
const events = defineCollection({
  loader: withImageCheck(
    glob({ base: `${contentDir}/events`, pattern: '**/[^_]*.{yaml,yml}', generateId: idFromPath }),
  ),
  schema: ({ image }) => eventWithPhotosSchema(image),
});

/**
 * Report sections: one MDX file each in `content/sections/<event>/`, in the report's order, with
 * their materials, photos and recording beside them (`src/schemas/media.ts`).
 */
const sections = defineCollection({
  loader: withImageCheck(
    glob({ base: `${contentDir}/sections`, pattern: '**/[^_]*.mdx', generateId: idFromPath }),
  ),
  schema: ({ image }) => reportSectionWithMediaSchema(image),
});

/** Everyone the report names, keyed by id, in `content/people.yaml`. */
const people = defineCollection({
  loader: file(`${contentDir}/people.yaml`),
  schema: personSchema,
});

/** Institutions, research projects, funders and offices the report names. */
const organizations = defineCollection({
  loader: file(`${contentDir}/organizations.yaml`),
  schema: organizationSchema,
});

/** Topics: a curated set from the report's own vocabulary. */
const topics = defineCollection({
  loader: file(`${contentDir}/topics.yaml`),
  schema: topicSchema,
});

/** Municipalities, districts and regions the report names. */
const places = defineCollection({
  loader: file(`${contentDir}/places.yaml`),
  schema: placeSchema,
});

export const collections = { events, sections, people, organizations, topics, places };
