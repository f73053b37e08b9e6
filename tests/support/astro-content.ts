/**
 * `astro:content` for unit tests (vitest.config.ts points the module name here). It reads the real
 * collections: the loaders, folders and schemas of `src/content.config.ts`, run by Astro's own `glob()`
 * and `file()` loaders over the files in `content/` (or `TAGUNGSDOKU_CONTENT`), so that tests call the
 * real data module (`src/lib/report.ts`) and nothing shapes the report a second time.
 *
 * What Astro adds around the loaders is kept small here: the MDX entry type reads frontmatter and body
 * as `@astrojs/mdx` does, YAML files with Astro's own YAML reader, and data that does not match
 * its schema throws with the collection, the entry and the fields. `render()` needs Astro's MDX
 * compiler and is not offered: rendered pages are tested by builds and browser tests.
 */
import { createHash } from 'node:crypto';
import { extname } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseFrontmatter } from 'astro/markdown';
import type { LoaderContext } from 'astro/loaders';
import { z } from 'astro/zod';

/** A collection as `src/content.config.ts` defines it: taken as written. */
export function defineCollection<T>(config: T): T {
  return config;
}

interface Schema {
  safeParseAsync(
    data: unknown,
  ): Promise<
    | { success: true; data: unknown }
    | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } }
  >;
}

interface Collection {
  loader: { load(context: LoaderContext): Promise<void> };
  /** A schema, or a function of the schema context (`({ image }) => …`) as Astro calls it per entry. */
  schema: Schema | ((context: { image: () => unknown }) => Schema);
}

/**
 * Astro's `image()` in unit tests: the path, relative to the entry's file, with the size an image has
 * before the bundler has read it. A build resolves images (and `withImageCheck` names a missing one).
 */
const imageStandIn = () =>
  z.string().transform((src) => ({ src, width: 0, height: 0, format: extname(src).slice(1) || 'jpg' }));

/** One stored entry, as Astro's data store keeps it and `getCollection` returns it. */
export interface StoredEntry {
  id: string;
  collection: string;
  data: Record<string, unknown>;
  body?: string;
  filePath?: string;
  digest?: string;
}

/** How `@astrojs/mdx` reads an entry: frontmatter as data, the rest trimmed as body. */
const mdxEntryType = {
  contentModuleTypes: '',
  getEntryInfo({ contents }: { contents: string }) {
    const parsed = parseFrontmatter(contents, { frontmatter: 'empty-with-spaces' });
    return { data: parsed.frontmatter, body: parsed.content.trim(), rawData: parsed.rawFrontmatter };
  },
};

/** Astro's own YAML reader (js-yaml, as Astro resolves it), which its data entry type uses. */
const astroRequire = createRequire(createRequire(import.meta.url).resolve('astro/package.json'));
const yaml = astroRequire('js-yaml') as { load(text: string, options?: { filename?: string }): unknown };

/** A YAML data file, read as Astro reads one. */
const yamlEntryType = {
  getEntryInfo({ contents, fileUrl }: { contents: string; fileUrl: URL }) {
    return { data: yaml.load(contents, { filename: fileURLToPath(fileUrl) }), rawData: contents };
  },
};

const entryTypes = new Map<string, unknown>([
  ['.mdx', mdxEntryType],
  ['.yaml', yamlEntryType],
  ['.yml', yamlEntryType],
]);

/** A data store that keeps entries in insertion order, like Astro's. */
function memoryStore(collection: string) {
  const entries = new Map<string, StoredEntry>();
  return {
    entries,
    store: {
      get: (id: string) => entries.get(id),
      has: (id: string) => entries.has(id),
      keys: () => [...entries.keys()],
      values: () => [...entries.values()],
      entries: () => [...entries.entries()],
      delete: (id: string) => entries.delete(id),
      clear: () => entries.clear(),
      set: (entry: Omit<StoredEntry, 'collection'>) => {
        entries.set(entry.id, { ...entry, collection });
        return true;
      },
      addModuleImport: () => undefined,
      addAssetImports: () => undefined,
    },
  };
}

async function loadCollection(name: string): Promise<StoredEntry[]> {
  const { collections } = (await import('#src/content.config.ts')) as unknown as {
    collections: Record<string, Collection>;
  };
  const collection = collections[name];
  if (collection === undefined) throw new Error(`No collection "${name}" in src/content.config.ts`);
  const root = pathToFileURL(`${process.cwd()}/`);
  const { entries, store } = memoryStore(name);
  const fail = (message: string) => {
    throw new Error(`[content] ${name}: ${message}`);
  };
  const context = {
    collection: name,
    config: { root, srcDir: new URL('src/', root), prerenderConflictBehavior: 'warn' },
    store,
    meta: new Map<string, string>(),
    logger: { info: () => undefined, debug: () => undefined, warn: fail, error: fail },
    entryTypes,
    generateDigest: (data: unknown) =>
      createHash('sha256')
        .update(typeof data === 'string' ? data : JSON.stringify(data))
        .digest('hex')
        .slice(0, 16),
    parseData: async ({ id, data, filePath }: { id: string; data: unknown; filePath?: string }) => {
      const schema =
        typeof collection.schema === 'function'
          ? collection.schema({ image: imageStandIn })
          : collection.schema;
      const result = await schema.safeParseAsync(data);
      if (result.success) return result.data;
      const fields = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
      throw new Error(
        `${name} → ${id} (${filePath}) data does not match collection schema.\n${fields.join('\n')}`,
      );
    },
    renderMarkdown: () => fail('renderMarkdown() is not available in unit tests'),
  };
  await collection.loader.load(context as unknown as LoaderContext);
  return [...entries.values()];
}

const loaded = new Map<string, Promise<StoredEntry[]>>();

/** Every entry of a collection, optionally filtered, as Astro returns them. */
export async function getCollection(
  name: string,
  filter?: (entry: StoredEntry) => unknown,
): Promise<StoredEntry[]> {
  let entries = loaded.get(name);
  if (entries === undefined) {
    entries = loadCollection(name);
    loaded.set(name, entries);
  }
  const all = await entries;
  return filter ? all.filter(filter) : [...all];
}

export function render(): never {
  throw new Error('render() needs a build: unit tests use the data module, builds render pages');
}
