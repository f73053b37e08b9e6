/**
 * The browser chunks of the header search: the code that the search box's starter imports when the
 * reader moves toward search (src/browser/search/header.ts and engine.ts) and every chunk those import
 * in turn. Each chunk only names its imports once it has arrived, so fetched as they are discovered
 * they would take one round trip per level of imports; the build lists them all, and the starter
 * preloads them in its first wave with Pagefind's files (`data-search-files`, see pagefind.ts).
 */
import type { Plugin } from 'vite';

/** The modules the starter imports when the reader moves toward search. */
const HEADER_SEARCH = /[\\/]src[\\/]browser[\\/]search[\\/](?:header|engine)\.ts$/u;

/** What the closure needs of a bundle's chunk. */
export interface ChunkInfo {
  fileName: string;
  facadeModuleId: string | null;
  imports: readonly string[];
}

/**
 * The files of the chunks whose entry module matches `entry`, and of every chunk they import
 * statically, in the order met (entries first, each followed by its imports). Pure.
 */
export function chunkClosure(chunks: readonly ChunkInfo[], entry: RegExp = HEADER_SEARCH): string[] {
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const found: string[] = [];
  const visit = (file: string) => {
    if (found.includes(file)) return;
    found.push(file);
    for (const imported of byFile.get(file)?.imports ?? []) visit(imported);
  };
  for (const chunk of chunks)
    if (chunk.facadeModuleId && entry.test(chunk.facadeModuleId)) visit(chunk.fileName);
  return found;
}

/** A Vite plugin that records the header search's chunks of the client build; `files()` gives them. */
export function searchChunks(): { plugin: Plugin; files: () => string[] } {
  let files: string[] = [];
  const plugin: Plugin = {
    name: 'tagungsdoku-search-chunks',
    apply: 'build',
    generateBundle(_options, bundle) {
      if (this.environment.name !== 'client') return;
      files = chunkClosure(
        Object.values(bundle).flatMap((file) =>
          file.type === 'chunk'
            ? [{ fileName: file.fileName, facadeModuleId: file.facadeModuleId, imports: file.imports }]
            : [],
        ),
      );
    },
  };
  return { plugin, files: () => files };
}
