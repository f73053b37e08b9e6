/**
 * German compound words for the search index (build-only). Pure: the dictionary comes in as a
 * `GermanLexicon`, so the rules are unit-tested with a few words as well as with full Hunspell.
 *
 * Pagefind matches words by prefix (with German stemming), so `integration` already finds
 * `Integrationskonzepte`, but the tail `konzepte` does not, and `Koeln` does not find `Köln`.
 * At build time the indexer adds, as invisible metadata, the parts of compound words and the
 * umlaut-free spellings of words with ä, ö, ü or ß.
 *
 * How a word is split: a tail of at least five letters is a part when the dictionary knows it as a
 * word and what comes before it is a first part. A first part is a word of the dictionary, the same with a
 * linking `s` (`Integrations|konzepte`), a verb stem (`Wohn|gebiet`, `Schul|abbruch`), or a compound
 * itself (`Forschungsgruppen|leiter`). Three rules of German word formation keep out what only looks
 * like a compound:
 * - a noun made from a prefixed verb is no compound: `Einrichtung` comes from `einrichten`, so
 *   `richtung` is no part of it (nor `arbeiter` of `Mitarbeiter`, `wicklung` of `Entwicklung`);
 * - after `-ung`, `-heit`, `-keit`, `-ion`, `-tät`, `-schaft`, `-ling` and `-tum` the linking `s`
 *   belongs to the first part: `Begegnungsorte` is Begegnungs|orte, not Begegnung|sorte;
 * - a word ending that ends a great many of the dictionary's own entries is a suffix, not a word
 *   (`schaft` in `Nachbarschaft`): see `isSuffix`.
 */
import { transliteration } from '#src/lib/german/folding.ts';
import { TAKES_LINKING_S, wordsOf } from '#src/lib/german/words.ts';
import { memoize } from '#src/lib/memoize.ts';

/** What the splitter asks of a German dictionary. */
export interface GermanLexicon {
  /** The dictionary lists the word itself (any inflected form), not only as a compound of others. */
  isWord: (word: string) => boolean;
  /** The dictionary accepts the word, compounds of its words included. */
  accepts: (word: string) => boolean;
  /** A lower-case ending that ends very many of the dictionary's entries, such as `schaft`: a suffix. */
  isSuffix: (ending: string) => boolean;
}

/** Parts shorter than this are not added: they are mostly endings (`ung`, `heit`) or noise. */
export const MIN_PART_LENGTH = 5;
/** A compound's first part has at least this many letters. */
const MIN_HEAD_LENGTH = 3;

const VOWEL_START = /^[aeiouäöü]/u;
/** Derivational endings of nouns made from verbs: `Einrichtung`, `Mitarbeiter`, `Teilnehmende`. */
const VERB_NOUN_ENDING = /^(.*?)(?:ungen|ung|erinnen|erin|ern|er|enden|ende|ender|endes|end)$/u;

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Stems a tail may come from if it is a noun made from a verb: `richtungen` → richt. */
function verbStemsOf(tail: string): string[] {
  const stems = [tail];
  if (/es$/u.test(tail)) stems.push(tail.slice(0, -2));
  if (/s$/u.test(tail)) stems.push(tail.slice(0, -1));
  const derived = VERB_NOUN_ENDING.exec(tail)?.[1];
  if (derived) {
    stems.push(derived);
    // `Entwicklung` from `entwickeln`: the e before l or r comes back.
    if (/[^aeiouäöü][lr]$/u.test(derived)) stems.push(`${derived.slice(0, -1)}e${derived.slice(-1)}`);
  }
  return stems;
}

/** What the rules ask of the dictionary, each answer remembered. */
interface WordChecks {
  /** A word the dictionary lists, lower case or capitalized. */
  isWord: (word: string) => boolean;
  /** A verb stem: `einricht` (einrichten, einrichtet). */
  isVerbStem: (stem: string) => boolean;
}

function wordChecks(lexicon: GermanLexicon): WordChecks {
  return {
    isWord: memoize((word) => lexicon.isWord(word) || lexicon.isWord(capitalize(word))),
    isVerbStem: memoize(
      (stem) =>
        (lexicon.isWord(`${stem}en`) && (lexicon.isWord(`${stem}t`) || lexicon.isWord(`${stem}et`))) ||
        (/[lr]$/u.test(stem) && lexicon.isWord(`${stem}n`) && lexicon.isWord(`${stem}t`)),
    ),
  };
}

/**
 * Where a word may split into a first part (`head`) and a `tail`: the head is a first part (see
 * `GermanLexicon` and the module's comment) and the split breaks none of the three rules of word
 * formation. First parts may be compounds themselves, so the rules call each other.
 */
function splitRule(lexicon: GermanLexicon, { isWord, isVerbStem }: WordChecks) {
  // A first part, as written, before a part beginning with `next`'s first letter.
  const isHead = (head: string, next: string): boolean => headCheck(`${head}|${next.charAt(0)}`);
  const headCheck = memoize((key) => {
    const [head = '', next = ''] = key.split('|');
    if (head.length < MIN_HEAD_LENGTH) return false;
    for (const linking of ['', 's']) {
      if (!head.endsWith(linking)) continue;
      const stem = head.slice(0, head.length - linking.length);
      if (stem.length < MIN_HEAD_LENGTH) continue;
      if (isWord(stem)) return true;
      if (linking !== '') continue;
      // A verb stem (`Wohn|gebiet`, `Treff|punkt`) before a consonant; a dropped e (`Schul|abbruch`).
      if (!VOWEL_START.test(next) && (isWord(`${stem}en`) || isWord(`${stem}n`))) return true;
      if (!next.startsWith('e') && stem.length >= 4 && isWord(`${stem}e`)) return true;
    }
    return ['', 's'].some(
      (linking) =>
        head.endsWith(linking) &&
        head.length - linking.length >= 2 * MIN_HEAD_LENGTH &&
        splitPoints(head.slice(0, head.length - linking.length)).length > 0,
    );
  });

  // The last part of a first part: all of it, or what follows a split of it (`beratungs|ein`).
  const lastParts = (head: string): string[] => [
    head,
    ...[...head]
      .map((_, at) => at)
      .filter((at) => at >= MIN_HEAD_LENGTH && isHead(head.slice(0, at), head.slice(at)))
      .map((at) => head.slice(at)),
  ];

  const fromPrefixedVerb = (head: string, tail: string): boolean =>
    verbStemsOf(tail).some((stem) => lastParts(head).some((last) => isVerbStem(last + stem)));

  const isSplit = (head: string, tail: string): boolean =>
    isHead(head, tail) &&
    // `Begegnungs|orte`, not `Begegnung|sorte`: after -ung the linking s belongs to the first part.
    !(tail.startsWith('s') && TAKES_LINKING_S.test(head)) &&
    !fromPrefixedVerb(head, tail) &&
    !lexicon.isSuffix(tail);

  // Where a stem splits into a first part and a word (of any length), for checking first parts.
  const splitPoints = memoize((stem) => {
    const points: number[] = [];
    for (let at = MIN_HEAD_LENGTH; at <= stem.length - MIN_HEAD_LENGTH; at += 1) {
      const tail = stem.slice(at);
      if (isWord(tail) && isSplit(stem.slice(0, at), tail)) points.push(at);
    }
    return points.join(',');
  });

  return isSplit;
}

/**
 * A splitter for one dictionary: `parts(word)` gives the parts of a compound after its first part,
 * lower case: `Integrationskonzepte` → `konzepte`; `Stadtbewohnerbefragung` → `bewohnerbefragung`,
 * `befragung`, `bewohner`. Answers are cached, so one splitter serves a whole build.
 */
export function compoundSplitter(lexicon: GermanLexicon): (word: string) => string[] {
  const checks = wordChecks(lexicon);
  const isSplit = splitRule(lexicon, checks);
  const isPart = memoize(
    (tail) => tail.length >= MIN_PART_LENGTH && (checks.isWord(tail) || lexicon.accepts(capitalize(tail))),
  );
  return (word) => {
    // A verb or adjective the dictionary lists (`einrichten`, `vorgestellt`) is taken as one word.
    if (!/^\p{Lu}/u.test(word) && lexicon.isWord(word)) return [];
    const parts = new Set<string>();
    const split = (stem: string): void => {
      for (let at = MIN_HEAD_LENGTH; at <= stem.length - MIN_PART_LENGTH; at += 1) {
        const head = stem.slice(0, at);
        const tail = stem.slice(at);
        if (parts.has(tail) || !isPart(tail) || !isSplit(head, tail)) continue;
        parts.add(tail);
        // Middle parts: split the first part too (`Stadtbewohner|befragung` → `bewohner`).
        for (const stripped of [head, head.endsWith('s') ? head.slice(0, -1) : '']) {
          if (stripped.length >= MIN_HEAD_LENGTH + MIN_PART_LENGTH) split(stripped);
        }
      }
    };
    split(word.toLowerCase());
    return [...parts];
  };
}

/**
 * The extra index terms for a text: compound parts and umlaut-free spellings, each once,
 * leaving out words the text already contains as words.
 */
export function extraSearchTerms(text: string, parts: (word: string) => string[]): string[] {
  const words = wordsOf(text);
  const present = new Set(words.map((word) => word.toLowerCase()));
  const terms = new Set<string>();
  const checked = new Set<string>();
  for (const word of words) {
    if (checked.has(word)) continue;
    checked.add(word);
    const spelled = transliteration(word);
    if (spelled) terms.add(spelled);
    for (const part of parts(word)) {
      if (!present.has(part)) terms.add(part);
      const partSpelled = transliteration(part);
      if (partSpelled) terms.add(partSpelled);
    }
  }
  return [...terms].sort();
}
