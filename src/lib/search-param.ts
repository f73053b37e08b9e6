/** The URL parameter that asks a page to mark the searched words: `?markiert=Köln`. Its own tiny module, so the header's always-loaded script stays small. */
export const HIGHLIGHT_PARAM = 'markiert';
