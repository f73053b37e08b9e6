/**
 * Soft hyphens for German titles. A title set large holds some 16 letters a line on a 320 px phone,
 * and Chromium without German hyphenation patterns (headless, many Linux builds) breaks a longer word
 * anywhere (`overflow-wrap`), without a hyphen: „Stadtentwicklungsfor|schung“. A soft hyphen (U+00AD) is
 * a break the browser may take, with a hyphen shown, and is invisible otherwise.
 *
 * The points come from the TeX hyphenation patterns for German in the reformed spelling (the `hyphen`
 * package's `de`, the same patterns TeX and LibreOffice use); they mark the joints of compounds as well as
 * syllables (`Stadt·ent·wick·lungs·for·schung`), so the next conference's titles need no list of words.
 * Pure.
 */
import { createRequire } from 'node:module';
import { TAKES_LINKING_S } from '#src/lib/german/words.ts';

type Hyphenator = typeof import('hyphen/de');
let hyphenator: Hyphenator | undefined;

/**
 * The German patterns, loaded on the first word that needs them (some 80 ms), not by every importer of
 * `withoutSoftHyphens`. `hyphen` is CommonJS without an exports map: Node's ESM loader cannot import
 * `hyphen/de`, `require` can.
 */
function germanHyphenator(): Hyphenator {
  hyphenator ??= createRequire(import.meta.url)('hyphen/de') as Hyphenator;
  return hyphenator;
}

/** U+00AD, the soft hyphen. */
export const SOFT_HYPHEN = '\u00ad';

/**
 * The shortest word, in letters, that gets soft hyphens, and the shortest part of a compound that gets
 * syllable points. The largest title at 320 px (30 px Source Serif on 288 px) holds 16 letters
 * („Datenschutzerklä“ takes 282 px), so shorter words and parts always fit a line and stay whole: a
 * balanced title is then hyphenated only where it has to be, and names („Schwarzenberg“) never are.
 */
export const MIN_HYPHENATED_LETTERS = 16;

/**
 * Letters kept together at either end of a word. The patterns allow two; a title set large reads badly
 * with a short stub at a line's end or start („In-“, „For-“, „-te“), so a break leaves at least four.
 */
const EDGE_LETTERS = 4;

/** A token that is an address or holds a number, which no hyphen may change: URLs, e-mail, domains, `G7`. */
const UNTOUCHABLE = /:\/\/|@|^www\.|^\/|\.\p{L}|\p{N}/u;

/** Where the patterns allow a break in a word: offsets into it, `Stadt|ent|wick|lungs|for|schung`. */
function patternPoints(word: string): number[] {
  const pieces = germanHyphenator().hyphenateSync(word, { hyphenChar: SOFT_HYPHEN }).split(SOFT_HYPHEN);
  const points: number[] = [];
  let at = 0;
  for (const piece of pieces.slice(0, -1)) points.push((at += piece.length));
  return points;
}

/**
 * The soft hyphens of one word. A break the patterns allow right after a linking s that German
 * requires (`Integrations|konzepte`, `Forschungs|ergebnisse`: see `TAKES_LINKING_S`) is a joint of the
 * compound and always kept; inside the parts between joints the syllable points are kept only where a
 * part has `minLetters` letters itself (`Stadt|ent|wick|lungs|forschung`). So a balanced title breaks
 * a compound where it is composed, not in the middle („Integrati-onskonzepte“). No break leaves fewer
 * than `EDGE_LETTERS` letters at either end of the word or of its part.
 */
function hyphenateWord(word: string, minLetters: number): string {
  const points = patternPoints(word).filter((at) => at >= EDGE_LETTERS && word.length - at >= EDGE_LETTERS);
  const lower = word.toLowerCase();
  const joints = points.filter((at) => lower[at - 1] === 's' && TAKES_LINKING_S.test(lower.slice(0, at - 1)));
  const bounds = [0, ...joints, word.length];
  const chosen = points.filter((at) => {
    if (joints.includes(at)) return true;
    const start = bounds.findLast((bound) => bound < at) ?? 0;
    const end = bounds.find((bound) => bound > at) ?? word.length;
    return end - start >= minLetters && at - start >= EDGE_LETTERS && end - at >= EDGE_LETTERS;
  });
  let result = '';
  let from = 0;
  for (const at of chosen) {
    result += word.slice(from, at) + SOFT_HYPHEN;
    from = at;
  }
  return result + word.slice(from);
}

/**
 * The text with soft hyphens in every word of at least `minLetters` letters (`MIN_HYPHENATED_LETTERS`
 * for a title; text set smaller, whose lines hold more letters, may ask for longer words only, and so
 * carries fewer bytes). Each part of a hyphenated word counts alone (`Online-Befragung` stays as it is,
 * `Kinder-Jugendhilfeplanung` gets them in its second part). Left alone: tokens with digits, addresses
 * (URLs, e-mail, domains) and words that already carry a soft hyphen. For what a reader sees on a page
 * only: titles in `<title>`, metadata, feeds, downloads and the search's data stay without.
 */
export function withSoftHyphens(text: string, minLetters = MIN_HYPHENATED_LETTERS): string {
  return text.replace(/\S+/gu, (token) => {
    if (UNTOUCHABLE.test(token) || token.includes(SOFT_HYPHEN)) return token;
    return token.replace(/\p{L}[\p{L}\p{M}]*/gu, (word) =>
      [...word].length >= minLetters ? hyphenateWord(word, minLetters) : word,
    );
  });
}

/** The text without soft hyphens: what the search indexes and a reader copies. */
export function withoutSoftHyphens(text: string): string {
  return text.replaceAll(SOFT_HYPHEN, '');
}
