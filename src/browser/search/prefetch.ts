/**
 * Starts, all at once, every fetch a first search needs and whose address the build knows (listed by
 * the build in the search box's `data-search-files`, in the order they are needed): the instant
 * answers, Pagefind's WebAssembly, every chunk of the header search's code, Pagefind's script, entry
 * file, meta file and index, the fragments while they fit in one small file, and, on the search page,
 * whose first search counts every filter value, the filter chunks. Pagefind and the code's imports
 * would ask for them one after another; preloaded, they wait in the browser when asked for. Nothing
 * is preloaded that a first search may leave unused (the browser warns about such preloads): the
 * search fetches the vocabulary itself. Runs when the reader moves toward search.
 */
let started = false;

/** Prefetches the search's files; the filter chunks only for the search page (`withFilters`). */
export function prefetchSearch(withFilters = false): void {
  if (started) return;
  started = true;
  const files = document.querySelector<HTMLElement>('[data-search-files]')?.dataset['searchFiles'] ?? '';
  for (const href of files.split(' ')) if (href && (withFilters || !href.includes('/filter/'))) preload(href);
}

function preload(href: string): void {
  const link = document.createElement('link');
  if (href.endsWith('.js')) link.rel = 'modulepreload';
  else {
    // Pagefind fetches with fetch(): a preload "as fetch" in CORS mode without credentials is reused.
    link.rel = 'preload';
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
  }
  link.href = href;
  document.head.append(link);
}
