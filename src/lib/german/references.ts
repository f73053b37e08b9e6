/**
 * Legal references held together on one line, as German typesetting wants them: „§ 18 Abs. 2 MStV“ and
 * „Art. 6 Abs. 1 lit. a DSGVO“ never break inside, their spaces become no-break spaces (U+00A0). A
 * reference starts at „§“, „§§“ or „Art.“ and runs on through numbers, single letters, „Abs.“, „Satz“,
 * „Nr.“, „S.“, „lit.“ and a law's abbreviation (a word with two capitals or more: DDG, MStV, DSGVO).
 */
const PART = String.raw`(?:\d+[a-z]?|[a-z]|Abs\.|Satz|Nr\.|S\.|lit\.|[A-ZÄÖÜ][A-Za-zäöü]*[A-ZÄÖÜ][A-Za-zäöü]*)`;
const REFERENCE = new RegExp(String.raw`(?:§§?|\bArt\.)(?: ${PART}(?![\p{L}\d]))+`, 'gu');

/** The text with each legal reference in it joined by no-break spaces. */
export function keepReferencesTogether(text: string): string {
  return text.replace(REFERENCE, (reference) => reference.replaceAll(' ', '\u00a0'));
}
