/**
 * A light German stemmer for matching a reader's word with a thesaurus entry: the folded spelling
 * (`foldGerman`) without one inflectional ending, so that `Umfragen`, `Umfrage` and `umfrage` meet,
 * and `Ehrenamtliche`, `Ehrenamtlichen` and `ehrenamtlich` too. It does not undo umlaut plurals
 * (`Städte` stays apart from `Stadt`) nor take off `-er` (`Kinder`, `junger`), and leaves at least
 * four letters, so short words keep their ending.
 */
import { foldGerman } from '#src/lib/german/folding.ts';

/**
 * Endings of German nouns, adjectives and verbs. Not `-er`: it makes nouns of verbs (`Mitarbeiter`,
 * `Anwohner`), and `Mitarbeit` or `anwohnen` are other words.
 */
const ENDING = /^(.{4,}?)(?:en|es|em|e|n|s)$/u;

/**
 * The `-er` of an adjective used as a noun (`Asylsuchender`, `Freiwilliger`, `Ehrenamtlicher`,
 * `Geflüchteter`), as thesauri list them, where the text has `Asylsuchende`.
 */
const ADJECTIVE_NOUN = /^(.{4,}(?:end|ig|lich|isch|et))er$/u;

/** `Umfragen` → `umfrag`, `Befragung` → `befragung`, `Ehrenamtlichen` and `Ehrenamtlicher` → `ehrenamtlich`. */
export function stemGerman(word: string): string {
  const folded = foldGerman(word);
  return ADJECTIVE_NOUN.exec(folded)?.[1] ?? ENDING.exec(folded)?.[1] ?? folded;
}
