/**
 * A schema change reads every content entry again: Astro keeps entries as parsed and would otherwise
 * serve them without a field the schema added (a default such as `moderators: []`).
 */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import type { Loader, LoaderContext } from 'astro/loaders';
import { personSchema } from '#src/schemas/index.ts';
import { SCHEMA_DIGEST_KEY, rereadOnSchemaChange, schemaDigest } from '#src/lib/content/schema-digest.ts';

/** A loader context with a kept entry and the digest it was parsed with, recording what happens. */
function context(digest: string | undefined) {
  const meta = new Map<string, string>(digest === undefined ? [] : [[SCHEMA_DIGEST_KEY, digest]]);
  const kept = new Map([['a', { id: 'a', data: { name: 'A' } }]]);
  return {
    kept,
    meta,
    context: {
      meta: {
        get: (key: string) => meta.get(key),
        set: (key: string, value: string) => meta.set(key, value),
      },
      store: { clear: () => kept.clear() },
    } as unknown as LoaderContext,
  };
}

describe('a content loader', () => {
  let loaded = 0;
  const inner: Loader = { name: 'test', load: async () => void (loaded += 1) };
  const withField = personSchema.extend({ nickname: z.array(z.string()).default([]) });

  it('keeps its entries while the schema is the one they were parsed with', async () => {
    const { kept, context: ctx } = context(schemaDigest(personSchema));
    await rereadOnSchemaChange(inner, personSchema).load(ctx);
    expect(kept.size).toBe(1);
    expect(loaded).toBe(1);
  });

  it('forgets them, to parse every file again, when the schema has a field more', async () => {
    expect(schemaDigest(withField)).not.toBe(schemaDigest(personSchema));
    const { kept, meta, context: ctx } = context(schemaDigest(personSchema));
    await rereadOnSchemaChange(inner, withField).load(ctx);
    expect(kept.size).toBe(0);
    expect(meta.get(SCHEMA_DIGEST_KEY)).toBe(schemaDigest(withField));
    expect(loaded).toBe(2);
  });
});
