/**
 * Where the search index's files are (the build writes them into `dist/pagefind/`). Apart from
 * paths.ts, which re-exports them: the search starter that every page loads needs only these.
 */
import { sitePath } from '#src/lib/addresses/base.ts';

/** A file of the search index, under `base` where given. */
export function pagefindPath(file: string, base?: string): string {
  return sitePath(`/pagefind/${file}`, base);
}

/** Pagefind's search API. */
export function pagefindScriptPath(): string {
  return pagefindPath('pagefind.js');
}
