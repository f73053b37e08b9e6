/**
 * A file cache for what the build makes slowly and the same way each time (social cards, the PDF):
 * kept in `node_modules/.cache/<folder>/` under a hash of everything that goes into the file.
 * `TAGUNGSDOKU_CACHE_DIR` names another folder for it: the tests' builds in copies of the project
 * (tests/support/scratch-build.ts) share the project's cache that way.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** `name@version` of installed packages, for cache keys: a new version makes the file again. */
export function packageVersions(names: readonly string[]): string[] {
  const require = createRequire(import.meta.url);
  return names.map((name) => `${name}@${(require(`${name}/package.json`) as { version: string }).version}`);
}

/** A short hash of a JSON-serialisable value: equal inputs, equal keys. */
export function hashKey(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 32);
}

/** The folder that holds the caches: `node_modules/.cache/`, or `TAGUNGSDOKU_CACHE_DIR`. */
function cacheRoot(): string {
  return process.env['TAGUNGSDOKU_CACHE_DIR'] || join(process.cwd(), 'node_modules', '.cache');
}

/**
 * The file cached under `key` in `<cache root>/<folder>/`, or `make()`'s result, then kept there.
 * `folder` undefined (a cache switched off) always makes the file afresh.
 */
export async function cachedFile(
  folder: string | undefined,
  key: string,
  make: () => Promise<Uint8Array>,
): Promise<Uint8Array> {
  if (folder === undefined) return make();
  const directory = join(cacheRoot(), folder);
  const file = join(directory, key);
  try {
    return new Uint8Array(await readFile(file));
  } catch {
    const made = await make();
    // Written under a name of its own, then renamed: builds running side by side never read half a file.
    await mkdir(directory, { recursive: true });
    const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    await writeFile(partial, made);
    await rename(partial, file);
    return made;
  }
}
