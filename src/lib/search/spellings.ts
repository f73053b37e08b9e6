/**
 * German spellings as the search sees them: umlauts and ß written out, and words as Pagefind splits them.
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

/** Words of a text, as Pagefind would split them (letters and digits; hyphens split). */
export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}
