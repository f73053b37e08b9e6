/**
 * German compound words for the search index (build-only). Pure: the dictionary is passed in as a
 * function, so these are unit-tested without Hunspell.
 *
 * Pagefind matches words by prefix (with German stemming), so `integration` already finds
 * `Integrationskonzepte`, but the tail `konzepte` does not, and `Koeln` does not find `Köln`.
 * At build time the indexer adds, as invisible metadata, the tails of compound words that are
 * words of their own, and the umlaut-free spellings of words with ä, ö, ü or ß.
 */
import { transliteration, wordsOf } from '~/lib/search/spellings';

/** Tells whether a word is a German word (Hunspell via nspell at build time). */
export type IsWord = (word: string) => boolean;

/** Tails shorter than this are not added: they are mostly endings (`ung`, `heit`) or noise. */
export const MIN_PART_LENGTH = 5;
/** A compound's first part has at least this many letters. */
const MIN_HEAD_LENGTH = 3;

/**
 * Dictionary words that are also frequent word endings or fragments, so adding them as
 * parts of compounds would make unrelated pages match.
 */
export const PART_STOP_LIST: ReadonlySet<string> = new Set([
  'schaft',
  'schaften',
  'haften',
  'einen',
  'einer',
  'eines',
  'ungen',
  'heiten',
  'keiten',
  'lichen',
  'licher',
  'liche',
  'ischen',
  'ische',
  'ierte',
  'ieren',
  'ation',
  'ionen',
  'tionen',
  'enden',
  'ender',
  'ende',
  'ernen',
  'ellen',
  'ellung',
  'ungsweise',
  'weise',
  'nahme',
  'innen',
  'rinnen',
  'lerin',
  'erinnen',
  // Fragments that the dictionary accepts, seen in this report's compounds.
  'wicklung',
  'wicklungen',
  'schafts',
  'lungen',
  'ersucht',
  'ersuchten',
  'suchung',
  'suchten',
  'samen',
  'malen',
  'egeln',
  'tariert',
  'gierende',
  'agierte',
  'ovationen',
  'teuerung',
  'hebungen',
  'errege',
  'faltung',
]);

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Linking elements (Fugenelemente) and verb-stem endings tried when checking a compound's first part. */
const HEAD_ENDINGS = ['', 's', 'es', 'n', 'en', 'e', 'er', 'ns'] as const;

/**
 * The parts of a compound word that are words of their own, after its first part:
 * `Integrationskonzepte` → `konzepte`, `Diskriminierungserfahrungen` → `erfahrungen`.
 * A tail counts when the dictionary knows it and the rest before it is a word too (allowing a
 * linking `-s-` and the like) or is itself a compound of words, so `Projektleiter` yields
 * `leiter` but not `eiter`. Three-part compounds yield their middle part when it is a word.
 * Nouns are looked up capitalized, other words in lower case. Results are lower case.
 */
export function compoundParts(word: string, isWord: IsWord): string[] {
  const noun = /^\p{Lu}/u.test(word);
  const lower = word.toLowerCase();
  const known = (candidate: string): boolean =>
    candidate.length >= MIN_HEAD_LENGTH && (isWord(capitalize(candidate)) || isWord(candidate));
  const headMemo = new Map<string, boolean>();
  const tailsOf = (stem: string): { start: number; tail: string }[] => {
    const found: { start: number; tail: string }[] = [];
    for (let start = MIN_HEAD_LENGTH; start <= stem.length - MIN_PART_LENGTH; start += 1) {
      const tail = stem.slice(start);
      if (!PART_STOP_LIST.has(tail) && isWord(noun ? capitalize(tail) : tail)) found.push({ start, tail });
    }
    return found;
  };
  const isHead = (head: string): boolean => {
    const memo = headMemo.get(head);
    if (memo !== undefined) return memo;
    headMemo.set(head, false);
    const result =
      HEAD_ENDINGS.some((ending) =>
        ending === '' ? known(head) : head.endsWith(ending) && known(head.slice(0, -ending.length)),
      ) ||
      (['', 'en'] as const).some((ending) => known(head + ending)) ||
      tailsOf(head).some(({ start }) => isHead(head.slice(0, start)));
    headMemo.set(head, result);
    return result;
  };
  const parts = new Set<string>();
  const split = (stem: string): void => {
    for (const { start, tail } of tailsOf(stem)) {
      const head = stem.slice(0, start);
      if (parts.has(tail) || !isHead(head)) continue;
      parts.add(tail);
      if (head.length >= MIN_HEAD_LENGTH + MIN_PART_LENGTH) split(head);
      if (head.endsWith('s') && head.length - 1 >= MIN_HEAD_LENGTH + MIN_PART_LENGTH)
        split(head.slice(0, -1));
    }
  };
  if (lower.length >= MIN_HEAD_LENGTH + MIN_PART_LENGTH) split(lower);
  return [...parts];
}

/**
 * The extra index terms for a text: compound parts and umlaut-free spellings, each once,
 * leaving out words the text already contains as words.
 */
export function extraSearchTerms(text: string, isWord: IsWord): string[] {
  const words = wordsOf(text);
  const present = new Set(words.map((word) => word.toLowerCase()));
  const terms = new Set<string>();
  const checked = new Set<string>();
  for (const word of words) {
    if (checked.has(word)) continue;
    checked.add(word);
    const spelled = transliteration(word);
    if (spelled) terms.add(spelled);
    for (const part of compoundParts(word, isWord)) {
      if (!present.has(part)) terms.add(part);
      const partSpelled = transliteration(part);
      if (partSpelled) terms.add(partSpelled);
    }
  }
  return [...terms].sort();
}
