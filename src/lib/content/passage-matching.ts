/**
 * Which id each passage of a section's text gets, so that a published link keeps opening the same words
 * (see [Pages, addresses and permalinks](docs/addresses.md#passages-and-their-ids)). The ids are not
 * counted: every passage is matched by its text against the section's record of the passages published
 * so far (`passage-record.ts`) — first by the same text, then by similar text, so that a small
 * correction of its own words keeps its id — wherever it now stands. A passage the record lacks gets a
 * new number after the highest its kind ever had, so no id is given twice; a recorded passage the text
 * no longer has is removed (its id stays out of use). An id written in the MDX (`<li id="ergebnis-1">`)
 * is kept as written. Pure and free of Astro: the document tree, the hast plugin, the record's writer
 * and the tests share it.
 */
import { passageId, type PassageKind } from '#src/lib/content/passages.ts';

/** A passage as published: its id and its text, white space folded. */
export interface RecordedPassage {
  id: string;
  text: string;
}

/** A passage of the text as it is now, before it has an id. */
export interface PassageCandidate {
  /** The kind a new id is made of: a paragraph is an `absatz`, a list item its list's kind. */
  kind: PassageKind;
  text: string;
  /** An id written in the MDX (`<li id="ergebnis-1">`), kept as it is. */
  written?: string | undefined;
}

/** The ids of a text's passages, in its order, and the recorded passages it no longer has. */
export interface PassageAssignment {
  ids: string[];
  removed: RecordedPassage[];
}

/**
 * How alike two texts must be (shared words in order, see `similarity`) for a recorded passage to count
 * as the same one corrected: one word changed in a four-word list item is 0.75, in a long paragraph
 * nearly 1; a paragraph cut in half is 0.67 and gets a new id.
 */
export const SIMILAR_ENOUGH = 0.75;

/** A passage's words, in lower case, without punctuation and soft hyphens: what the matching compares. */
export function passageWords(text: string): string[] {
  return text.normalize('NFC').replace(/\u00ad/gu, '').toLocaleLowerCase('de').match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** How alike two passages' words are: twice the longest common subsequence over both lengths, 0 to 1. */
export function similarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return a.length === b.length ? 1 : 0;
  let previous = new Array<number>(b.length + 1).fill(0);
  for (const word of a) {
    const current = [0];
    for (let j = 1; j <= b.length; j += 1) {
      current.push(word === b[j - 1] ? (previous[j - 1] ?? 0) + 1 : Math.max(previous[j] ?? 0, current[j - 1] ?? 0));
    }
    previous = current;
  }
  return (2 * (previous[b.length] ?? 0)) / (a.length + b.length);
}

/** The number of an id (`absatz-12` → 12) when it is of `kind`. */
function numberOf(id: string, kind: PassageKind): number | undefined {
  const match = /^([a-z]+)-(\d+)$/u.exec(id);
  return match?.[1] === kind ? Number(match[2]) : undefined;
}

/** Matching under way: the ids given so far, and the recorded passages still free. */
interface Matching {
  candidates: readonly PassageCandidate[];
  words: readonly string[][];
  ids: (string | undefined)[];
  free: RecordedPassage[];
}

/** Step 1: ids written in the MDX are kept; the recorded passages of those ids are taken. */
function keepWritten(matching: Matching): void {
  matching.candidates.forEach((candidate, index) => {
    if (candidate.written === undefined) return;
    matching.ids[index] = candidate.written;
    matching.free = matching.free.filter((recorded) => recorded.id !== candidate.written);
  });
}

/**
 * Step 2: every pair of a passage without an id and a free recorded passage at least `SIMILAR_ENOUGH`
 * alike, the most alike first (the same text is 1); between equals, the pair whose places in the text
 * and in the record are closest, then the earlier. Each pair whose two sides are both still free is
 * matched.
 */
function matchByText(matching: Matching): void {
  const pairs: { index: number; recorded: RecordedPassage; score: number; distance: number; at: number }[] = [];
  matching.free.forEach((recorded, at) => {
    const words = passageWords(recorded.text);
    matching.candidates.forEach((_, index) => {
      if (matching.ids[index] !== undefined) return;
      const score = similarity(matching.words[index] ?? [], words);
      if (score >= SIMILAR_ENOUGH) pairs.push({ index, recorded, score, distance: Math.abs(index - at), at });
    });
  });
  pairs.sort((a, b) => b.score - a.score || a.distance - b.distance || a.at - b.at || a.index - b.index);
  const taken = new Set<RecordedPassage>();
  for (const { index, recorded } of pairs) {
    if (matching.ids[index] !== undefined || taken.has(recorded)) continue;
    matching.ids[index] = recorded.id;
    taken.add(recorded);
  }
  matching.free = matching.free.filter((recorded) => !taken.has(recorded));
}

/** Step 3: each passage still without an id gets the next number of its kind no id has used yet. */
function numberNew(matching: Matching, record: readonly RecordedPassage[]): void {
  const used = [...record.map((recorded) => recorded.id), ...matching.ids.filter((id) => id !== undefined)];
  const highest = new Map<PassageKind, number>();
  matching.candidates.forEach((candidate, index) => {
    if (matching.ids[index] !== undefined) return;
    const { kind } = candidate;
    const next =
      (highest.get(kind) ?? Math.max(0, ...used.map((id) => numberOf(id, kind) ?? 0))) + 1;
    highest.set(kind, next);
    matching.ids[index] = passageId(kind, next);
  });
}

/**
 * The id of each passage of a section's text (`candidates`, in reading order), matched against the
 * section's `record` of published passages: see the module's comment. The same text and record always
 * give the same ids, in whatever order the record lists its passages.
 */
export function assignPassageIds(
  candidates: readonly PassageCandidate[],
  record: readonly RecordedPassage[],
): PassageAssignment {
  const matching: Matching = {
    candidates,
    words: candidates.map((candidate) => passageWords(candidate.text)),
    ids: candidates.map(() => undefined),
    // By id, so that the order the record lists its passages in changes nothing.
    free: [...record].sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true })),
  };
  keepWritten(matching);
  matchByText(matching);
  numberNew(matching, record);
  const ids = matching.ids.map((id) => id ?? '');
  return { ids, removed: matching.free };
}
