/**
 * Whether a word of a text is a form of a given word, the way a reader tells that a passage speaks
 * of it: inflected (`Befragungen`, `Befragten`), derived (`Vernetzung` → `vernetzen`, `Sozialraum` →
 * `sozialräumlich`), inside a compound (`Jugendbefragung`, `Nadelmethode`), or a compound's last part
 * alone or leading another compound (`Steuerung`, `Steuerungsinstrumente` for `Integrationssteuerung`).
 * General German word formation, no word list.
 */
import { baseLetters } from '#src/lib/german/folding.ts';
import { stemGerman } from '#src/lib/german/stemming.ts';

/**
 * Endings that make nouns and adjectives of a root: `Vernetz|ung`, `Kooper|ation`, `Mobil|ität`,
 * `sozialraum|lich`. Taken off only where at least five letters stay (`Teilung` keeps its ending).
 */
const DERIVATION = /^(.{5,}?)(?:ung|ation|itat|heit|keit|lich|isch)$/u;
/**
 * A stem this short matches only at a word's start (`wohn` in `Wohngebiet`, not in `gewohnt`); a
 * shorter one only as the whole word (`Ort`, `Orte`, not `Ortsbindung`).
 */
const SHORT_STEM = 4;
/** A compound's last part counts alone from this length: `Konzepte` for `Integrationskonzepte`. */
const MIN_TAIL = 6;
/**
 * A compound's last part leading another compound counts from this length (`Steuerungsinstrumente`
 * for `Integrationssteuerung`): a letter more than alone, since any tail of the word is tried.
 */
const MIN_LEADING_TAIL = 7;

/** The test for one word: whether a word of a text is one of its forms. */
export function wordFormsOf(word: string): (candidate: string) => boolean {
  const stem = stemGerman(baseLetters(word));
  const root = DERIVATION.exec(stem)?.[1];
  const tails = Array.from({ length: Math.max(0, stem.length - MIN_LEADING_TAIL) }, (_, index) =>
    stem.slice(index + 1),
  );
  return (candidate) => {
    const letters = baseLetters(candidate);
    const own = stemGerman(letters);
    if (stem.length < SHORT_STEM) return own === stem;
    if (stem.length === SHORT_STEM ? letters.startsWith(stem) : letters.includes(stem)) return true;
    if (root !== undefined && letters.startsWith(root)) return true;
    if (own.length >= MIN_TAIL && stem.endsWith(own)) return true;
    return tails.some((tail) => letters.startsWith(tail));
  };
}
