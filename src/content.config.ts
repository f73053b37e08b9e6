/**
 * The content model. All content lives in the top-level `content/` folder (or the folder named by
 * `TAGUNGSDOKU_CONTENT`, which tests use for fixtures). The schemas are the contract between the
 * files the project team edits and the code that renders them; see `src/schemas/` for every field.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
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

/**
 * A register: one YAML file per entry in `content/<folder>/`, the file name being the entry's id
 * (`content/people/anne-van-riessen.yaml`), so that each entry can be edited on its own.
 */
const register = (folder: string) =>
  glob({ base: `${contentDir}/${folder}`, pattern: '[^_]*.{yaml,yml}', generateId: idFromPath });

/** Everyone the report names, one file each in `content/people/`. */
const people = defineCollection({ loader: register('people'), schema: personSchema });

/** Institutions, research projects, funders and offices the report names, in `content/organizations/`. */
const organizations = defineCollection({ loader: register('organizations'), schema: organizationSchema });

/** Topics: a curated set from the report's own vocabulary, in `content/topics/`. */
const topics = defineCollection({ loader: register('topics'), schema: topicSchema });

/** Municipalities, districts and regions the report names, in `content/places/`. */
const places = defineCollection({ loader: register('places'), schema: placeSchema });

export const collections = { events, sections, people, organizations, topics, places };
