/** The words of a German text. */

/**
 * The words of a text in order, as Pagefind splits them: runs of letters and digits (`Welcome-Points`
 * is two words, `Mitarbeiter_innen` too). Case is kept.
 */
export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}
