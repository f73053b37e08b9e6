/**
 * Astro keeps every content entry as its schema parsed it (`node_modules/.astro/data-store.json`) and
 * parses a file again only when the file changes, or when `src/content.config.ts` itself does. A
 * change to a schema in `src/schemas/` (a new field with a default, such as `moderators: []`) would
 * leave the kept entries without it, and the build would fail far from the cause. This loader wrapper
 * keeps a digest of the schema's JSON Schema with the collection and reads every entry again when it
 * differs.
 */
import { createHash } from 'node:crypto';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { fieldSchemaOf } from '#src/lib/editor/field-schema.ts';

/** The key under which a collection keeps the digest of the schema its entries were parsed with. */
export const SCHEMA_DIGEST_KEY = 'schema-digest';

/** A digest of what a schema accepts and fills in: its JSON Schema (fields, types, defaults). */
export function schemaDigest(schema: z.ZodType): string {
  return createHash('sha256').update(JSON.stringify(fieldSchemaOf(schema))).digest('hex');
}

/** A loader that forgets its kept entries, and so parses every file again, when the schema changed. */
export function rereadOnSchemaChange(loader: Loader, schema: z.ZodType): Loader {
  const digest = schemaDigest(schema);
  return {
    ...loader,
    load: async (context) => {
      if (context.meta.get(SCHEMA_DIGEST_KEY) !== digest) {
        context.store.clear();
        context.meta.set(SCHEMA_DIGEST_KEY, digest);
      }
      await loader.load(context);
    },
  };
}
