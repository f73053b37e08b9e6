/**
 * The search's own address parameters, in a module without dependencies, so the header's
 * always-loaded starter can use them without pulling in the rest of the search's address code.
 */
/** The URL parameter that asks a page to mark the searched words: `?markiert=Köln`. */
export const HIGHLIGHT_PARAM = 'markiert';

/** The URL parameter that asks for the query as typed, without a correction of its spelling: `&genau=1`. */
export const EXACT_PARAM = 'genau';
