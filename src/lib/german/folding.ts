/**
 * German words folded to one spelling, so that the search and its corrections find `Köln` for `koeln`
 * and `Leßke` for `Lesske`: lower case, umlauts and ß written out.
 */

/** `Köln` → `koeln`, `Leßke` → `lesske`: lower case, umlauts and ß written out. */
export function foldGerman(word: string): string {
  return word
    .toLowerCase()
    .replace(/ä/gu, 'ae')
    .replace(/ö/gu, 'oe')
    .replace(/ü/gu, 'ue')
    .replace(/ß/gu, 'ss');
}

/** The spelling without umlauts and ß, or undefined when the word has none. */
export function transliteration(word: string): string | undefined {
  return /[äöüßÄÖÜ]/u.test(word) ? foldGerman(word) : undefined;
}

/**
 * A word's letters as its forms share them: lower case, an umlaut as its plain vowel and ß as ss,
 * other accents dropped. So a derivation with umlaut meets its base: `sozialräumlich` → `sozialraumlich`
 * holds `sozialraum`; `Städte` → `stadte`. For comparing word forms, not for spelling (`foldGerman`).
 */
export function baseLetters(word: string): string {
  return word.toLowerCase().replace(/ß/gu, 'ss').normalize('NFD').replace(/\p{M}/gu, '');
}
