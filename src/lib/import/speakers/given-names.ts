/**
 * Whether a name reads as a person's: its given name stands in the given-name lists of the maintained
 * package `gender-detection-from-name` (MIT; German, English, French, Italian, Spanish and Turkish names),
 * or an academic title comes with it. No hand list of names: the words excluded here are the language's
 * function words, months and weekdays, which the lists hold as names too („Alle“, „Dann“, „Mai“, „So“).
 */
import { getGender } from 'gender-detection-from-name';
import { isFunctionWord } from '#src/lib/german/function-words.ts';
import { baseLetters } from '#src/lib/german/folding.ts';

/** Words that start sentences and stand in the name lists, but are never a given name in a report. */
const NEVER_A_GIVEN_NAME = new Set(
  // German sentence openers the function-word list does not hold
  (
    'alle dann denn doch else gut hier jede jeder jedes neue neuer eine einer man mit nun sonst weitere ' +
    'zudem zuletzt zunächst eingangs anschließend abschließend insgesamt außerdem ferner heute damals ' +
    // English function words and sentence openers
    'the a an and or but if as at by for from in into of on to with this that these those it its ' +
    'he she they we you i his her their our my your all any each every some no not so too also ' +
    'can will may might must shall should would could did does do is are was were be been have has had ' +
    'after before during since until while when where which who whom what why how then than there here ' +
    'new next last first other more most many much such same own very just only even ' +
    // months and weekdays, German and English
    'januar februar märz april mai juni juli august september oktober november dezember ' +
    'january february march june july october december ' +
    'montag dienstag mittwoch donnerstag freitag samstag sonntag ' +
    'monday tuesday wednesday thursday friday saturday sunday'
  ).split(' '),
);

/** Endings of German nouns that are never a family name: `Forschung`, `Gesellschaft`, `Kommunikation`. */
const NOUN_ENDING = /(?:ung|heit|keit|schaft|tion|tät|ismus|nisse?|ungen|schaften|ionen)$/u;

/** Whether a word is a given name in the package's lists (case and accents aside: `Agnès`, `Lluís`). */
export function isGivenName(word: string): boolean {
  const lower = word.toLowerCase();
  if (lower.length < 2 || NEVER_A_GIVEN_NAME.has(lower) || isFunctionWord(lower)) return false;
  if (getGender(lower) !== 'unknown') return true;
  const plain = baseLetters(lower);
  return plain !== lower && getGender(plain) !== 'unknown';
}

/** Whether a given name is in the lists: each part of a double name (`Hans-Georg`) is. */
function givenNameListed(word: string): boolean {
  const parts = word.split('-');
  return parts.every((part) => isGivenName(part));
}

/** Whether a word may be a family name: capitalised, not a function word, not a noun by its ending. */
export function mayBeFamilyName(word: string): boolean {
  const lower = word.toLowerCase();
  if (NEVER_A_GIVEN_NAME.has(lower) || isFunctionWord(lower)) return false;
  return !word.split('-').some((part) => NOUN_ENDING.test(part.toLowerCase()));
}

/**
 * Whether a capitalised word group is shaped like a name at all: not opened by a function word
 * („Die Studie“, „Zur Eröffnung“), no bare article inside („Ebene der Integrationsarbeit“; `van der`
 * and `von der` are particles), and a last word that may be a family name.
 */
export function nameShaped(name: string): boolean {
  const words = name.split(/\s+/u);
  const first = (words[0] ?? '').toLowerCase();
  if (words.length < 2 || NEVER_A_GIVEN_NAME.has(first) || isFunctionWord(first)) return false;
  const bareArticle = words.some(
    (word, index) =>
      /^(?:der|den|des|dem)$/u.test(word) && !/^(?:van|von|vom|ter)$/u.test(words[index - 1] ?? ''),
  );
  return !bareArticle && mayBeFamilyName(words[words.length - 1] ?? '');
}

/**
 * Whether „Given Family“ reads as a person's name: an academic title, or a listed given name first and
 * a word that may be a family name last. `Teil der Dauerausstellung`, `Design Researcher`, `Decode Dafur`
 * do not.
 */
export function readsAsPerson(name: string, honorific?: string): boolean {
  const words = name.split(/\s+/u).filter((word) => !/^\p{Lu}\.$/u.test(word));
  const first = words[0];
  const last = words[words.length - 1];
  if (first === undefined || last === undefined || !nameShaped(words.join(' '))) return false;
  if (honorific) return true;
  return givenNameListed(first);
}
