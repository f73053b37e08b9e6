/** The German Hunspell dictionary (`dictionary-de`) as a word check, for splitting compounds at build time. */
import dictionary from 'dictionary-de';
import nspell from 'nspell';
import type { IsWord } from '~/lib/search/compound-parts';

/** Loads the dictionary (about a second) and returns a check whether a word is German. */
export function loadGermanDictionary(): IsWord {
  const spell = nspell({ aff: Buffer.from(dictionary.aff), dic: Buffer.from(dictionary.dic) });
  return (word) => spell.correct(word);
}
