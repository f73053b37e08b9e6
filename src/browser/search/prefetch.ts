/**
 * Starts, all at once, every fetch a first search needs and whose address the build knows: Pagefind's
 * script, entry file, meta file, WebAssembly, index and filter chunks, and the vocabulary (listed by
 * the build in the search box's `data-search-files`). Pagefind would ask for them one after another;
 * preloaded, they wait in the browser when it does. Runs when the reader moves toward search.
 */
let started = false;

/** What the search needs once its results are there, not before: fragments, vocabulary, filters. */
const LATER = /\/(?:fragment|filter)\/|vocabulary/u;

/**
 * Prefetches the search's files; the filter chunks only for the search page (`withFilters`). When
 * the reader is already `searching` by the time Pagefind has arrived, the fragments are left to the
 * search, which asks for those of its first results: all of them at once would delay those.
 */
export function prefetchSearch(withFilters = false, searching: () => boolean = () => false): void {
  if (started) return;
  started = true;
  const files = document.querySelector<HTMLElement>('[data-search-files]')?.dataset['searchFiles'] ?? '';
  const wanted = files.split(' ').filter((file) => file && (withFilters || !file.includes('/filter/')));
  // Pagefind, its entry, meta, WebAssembly and index first; what the results need once they are
  // there (fragments, vocabulary, filters) when those have arrived, so they do not share the line.
  const first = wanted.filter((href) => !LATER.test(href)).map(preload);
  void Promise.allSettled(first).then(() => {
    const skipFragments = searching();
    for (const href of wanted) {
      if (LATER.test(href) && !(skipFragments && href.includes('/fragment/'))) void preload(href);
    }
  });
}

function preload(href: string): Promise<void> {
  const link = document.createElement('link');
  if (href.endsWith('.js')) link.rel = 'modulepreload';
  else {
    // Pagefind fetches with fetch(): a preload "as fetch" in CORS mode without credentials is reused.
    link.rel = 'preload';
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
  }
  link.href = href;
  const done = new Promise<void>((resolve) => {
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => resolve());
  });
  document.head.append(link);
  return done;
}
