/**
 * Starts, all at once, every fetch a first search needs and whose address the build knows (listed by
 * the build in the search box's `data-search-files`, in the order they are needed): the instant
 * answers, Pagefind's WebAssembly, every chunk of the header search's code, Pagefind's script, entry
 * file, meta file and index, the fragments while they are few; then the vocabulary and, on the search
 * page, the filter chunks. Pagefind and the code's imports would ask for them one after another;
 * preloaded, they wait in the browser when asked for. Runs when the reader moves toward search.
 */
let started = false;

/** What the search needs only once its results are there: the vocabulary, the filters. */
const LATER = /\/filter\/|vocabulary/u;

/** Prefetches the search's files; the filter chunks only for the search page (`withFilters`). */
export function prefetchSearch(withFilters = false): void {
  if (started) return;
  started = true;
  const files = document.querySelector<HTMLElement>('[data-search-files]')?.dataset['searchFiles'] ?? '';
  const wanted = files.split(' ').filter((file) => file && (withFilters || !file.includes('/filter/')));
  // The first result's files first; what comes after it once those have arrived, so that it does
  // not share the line with them.
  const first = wanted.filter((href) => !LATER.test(href)).map(preload);
  void Promise.allSettled(first).then(() => {
    for (const href of wanted) if (LATER.test(href)) void preload(href);
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
