/**
 * Soft hyphens for German titles. A title set large holds some 16 letters a line on a 320 px phone,
 * and Chromium without German hyphenation patterns (headless, many Linux builds) breaks a longer word
 * anywhere (`overflow-wrap`), without a hyphen: „Stadtentwicklungsfor|schung“. A soft hyphen (U+00AD) is
 * a break the browser may take, with a hyphen shown, and is invisible otherwise.
 *
 * The points come from the TeX hyphenation patterns for German in the reformed spelling (the `hyphen`
 * package's `de`, the same patterns TeX and LibreOffice use); they mark the joints of compounds as well as
 * syllables (`Stadt·ent·wick·lungs·for·schung`), so the next conference's titles need no list of words.
 * Pure; plain Node can run it (the search index's step imports it), so imports stay relative.
 */
import { createRequire } from 'node:module';

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
 * The shortest word, in letters, that gets soft hyphens. A title at 320 px (30 px Source Serif on
 * 288 px) holds some 16 letters; twelve leave room for wide capitals and larger sizes, while words
 * of up to eleven letters („Integration“, „Sozialraum“) stay whole and never need a break: a title
 * is hyphenated only where it has to be.
 */
export const MIN_HYPHENATED_LETTERS = 12;

/**
 * Letters kept together at either end of a word: a title never ends a line with „In-“ or starts one
 * with „-te“ (the patterns alone allow two).
 */
const EDGE_LETTERS = 3;

/** A token that is an address or holds a number, which no hyphen may change: URLs, e-mail, domains, `G7`. */
const UNTOUCHABLE = /:\/\/|@|^www\.|^\/|\.\p{L}|\p{N}/u;

/** The soft hyphens the patterns put into one word, without those too near its ends. */
function hyphenateWord(word: string): string {
  const parts = germanHyphenator().hyphenateSync(word, { hyphenChar: SOFT_HYPHEN }).split(SOFT_HYPHEN);
  const letters = [...word].length;
  let before = 0;
  return parts
    .map((part, index) => {
      before += [...part].length;
      const last = index === parts.length - 1;
      return last || before < EDGE_LETTERS || letters - before < EDGE_LETTERS ? part : part + SOFT_HYPHEN;
    })
    .join('');
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
      [...word].length >= minLetters ? hyphenateWord(word) : word,
    );
  });
}

/** The text without soft hyphens: what the search indexes and a reader copies. */
export function withoutSoftHyphens(text: string): string {
  return text.replaceAll(SOFT_HYPHEN, '');
}
