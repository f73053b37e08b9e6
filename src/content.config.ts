/**
 * The content model. All content lives in the top-level `content/` folder (or the folder named by
 * `TAGUNGSDOKU_CONTENT`, which tests use for fixtures); each collection's folder, files, schema and id
 * rule are in the table of the collections, `src/lib/content/collections.ts`. The schemas are the
 * contract between the files the project team edits and the code that renders them; see
 * `src/schemas/` for every field. Each loader reads every entry again when its schema changed
 * (`src/lib/content/schema-digest.ts`) and names file and field of a missing image
 * (`src/lib/materials/image-check.ts`).
 */
import { defineCollection, type SchemaContext } from 'astro:content';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { withImageCheck } from '#src/lib/materials/image-check.ts';
import { rereadOnSchemaChange } from '#src/lib/content/schema-digest.ts';
import { editorImage } from '#src/lib/editor/field-schema.ts';
import {
  collectionFolder,
  contentCollections,
  entryIdOf,
  type CollectionName,
} from '#src/lib/content/collections.ts';

/**
 * A collection as the table describes it. Entry ids come from the file path
 * (`tagung-2018/03-forschungsdesign`), never from a `slug` field: Astro's default would let two files
 * with the same slug silently replace each other, where the integrity check should report them.
 */
function fromTable<Schema extends z.ZodType>(
  name: CollectionName,
  schema: (image: SchemaContext['image']) => Schema,
) {
  const { pattern } = contentCollections[name];
  const loader = glob({
    base: collectionFolder(name),
    pattern,
    generateId: ({ entry }) => entryIdOf(entry),
  });
  return defineCollection({
    loader: withImageCheck(rereadOnSchemaChange(loader, schema(editorImage))),
    schema: ({ image }) => schema(image),
  });
}

const { events, sections, people, organizations, topics, places } = contentCollections;

export const collections = {
  events: fromTable('events', events.schema),
  sections: fromTable('sections', sections.schema),
  people: fromTable('people', people.schema),
  organizations: fromTable('organizations', organizations.schema),
  topics: fromTable('topics', topics.schema),
  places: fromTable('places', places.schema),
};
