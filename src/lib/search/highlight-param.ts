/**
 * The address parameter that asks a page to mark the searched words: `?markiert=Köln`.
 * Its own module on purpose: the header script that every page loads reads it, and Rollup puts a
 * shared module whole into the chunk of its eager importer; importing it from `url.ts` put the
 * search state code into every page's first JavaScript (measured: +530 B gzip).
 */
export const HIGHLIGHT_PARAM = 'markiert';
