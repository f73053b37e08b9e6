/** The words of a German text. */

/**
 * The words of a text in order, as Pagefind splits them: runs of letters and digits (`Welcome-Points`
 * is two words, `Mitarbeiter_innen` too). Case is kept.
 */
export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Endings of a compound's first part after which German requires a linking s (`Begegnungs|orte`,
 * `Integrations|konzepte`, `Gesellschafts|wissenschaften`): the s belongs to the first part. Lower case.
 */
export const TAKES_LINKING_S = /(?:ung|heit|keit|ion|tät|schaft|ling|tum)$/u;
