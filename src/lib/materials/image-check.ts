/**
 * Photos and posters named in front matter must exist: Astro's `image()` keeps the path (in the entry's
 * `assetImports`) and lets the bundler fail later with only the image's path („Could not find requested
 * image …“). This check runs right after a collection is loaded and names the content file and the field
 * instead. `withImageCheck` wraps a collection's loader (src/content.config.ts); `missingImages` is pure.
 */
import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { formatMediaProblem, type MediaProblem } from '#src/lib/materials/resolve.ts';

/** The fields of an entry's data whose value is `path`: `photos[1].file`. */
export function fieldsHolding(data: unknown, path: string, field = ''): string[] {
  if (data === path) return [field];
  if (Array.isArray(data))
    return data.flatMap((item, index) => fieldsHolding(item, path, `${field}[${index}]`));
  if (data !== null && typeof data === 'object') {
    return Object.entries(data).flatMap(([key, value]) =>
      fieldsHolding(value, path, field ? `${field}.${key}` : key),
    );
  }
  return [];
}

/**
 * The images an entry names that are not there. `images` are the paths Astro's `image()` collected
 * from the entry (its `assetImports`), relative to the entry's file; `filePath` is relative to `root`.
 */
export function missingImages(
  entry: { filePath: string; data: unknown; images: readonly string[] },
  root: string,
  exists: (file: string) => boolean = existsSync,
): MediaProblem[] {
  return entry.images.flatMap((path) => {
    if (/^[a-z]+:\/\//iu.test(path) || path.startsWith('/')) return [];
    const file = join(root, dirname(entry.filePath), path);
    if (exists(file)) return [];
    const shown = relative(root, file).split('\\').join('/');
    const fields = fieldsHolding(entry.data, path);
    return (fields.length > 0 ? fields : ['?']).map((field) => ({
      filePath: entry.filePath,
      field,
      message: `no image "${path}" (looked for ${shown})`,
    }));
  });
}

/** A loader that, after loading, fails naming file and field when an entry names an image that is not there. */
export function withImageCheck(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      await loader.load(context);
      const root = fileURLToPath(context.config.root);
      const problems = context.store.values().flatMap((entry) => {
        const images = (entry as { assetImports?: string[] }).assetImports ?? [];
        return entry.filePath
          ? missingImages({ filePath: entry.filePath, data: entry.data, images }, root)
          : [];
      });
      if (problems.length > 0) {
        throw new Error(
          `Photos or posters that are not there:\n${problems.map((problem) => `  - ${formatMediaProblem(problem)}`).join('\n')}`,
        );
      }
    },
  };
}
