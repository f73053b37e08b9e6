/**
 * The German Hunspell dictionary (`dictionary-de`, igerman98) read by full Hunspell in WebAssembly
 * (`hunspell-asm`), as the word source of the compound splitter (build-only).
 *
 * Hunspell accepts compounds through the dictionary's compound rules, so one `spell` call does not
 * tell where a word splits. Two instances answer the splitter's two questions: one with the
 * dictionary as it is (`accepts`: compounds included), one with the compound rules taken out of the
 * affix file (`isWord`: the words the dictionary lists, with their inflections).
 */
import dictionary from 'dictionary-de';
import { loadModule } from 'hunspell-asm';
import type { GermanLexicon } from '#src/lib/search/compound-parts.ts';

/** The affix file's lines that let Hunspell build compounds. */
const COMPOUND_RULES = /^(?:COMPOUNDBEGIN|COMPOUNDMIDDLE|COMPOUNDEND|COMPOUNDPERMITFLAG)\b.*$/gmu;

/**
 * An ending that ends at least this many of the dictionary's own entries is a suffix, not a word:
 * only a handful of endings do (`schaft`, `weise`, `tisch`, `fähig`), while word parts such as
 * `arbeit`, `spiel` or `politik` end some 50 at most.
 */
const SUFFIX_ENTRIES = 100;

/** How many of the dictionary's entries (stems) end with each ending of five or more letters that is an entry too. */
function endingCounts(stems: Iterable<string>): Map<string, number> {
  const entries = new Set([...stems].map((stem) => stem.toLowerCase()));
  const counts = new Map<string, number>();
  for (const entry of entries) {
    for (let at = 1; at <= entry.length - 5; at += 1) {
      const ending = entry.slice(at);
      if (entries.has(ending)) counts.set(ending, (counts.get(ending) ?? 0) + 1);
    }
  }
  return counts;
}

/** Loads the dictionary (about half a second) as the splitter's lexicon. */
export async function loadGermanLexicon(): Promise<GermanLexicon> {
  const factory = await loadModule();
  const aff = Buffer.from(dictionary.aff);
  const dic = Buffer.from(dictionary.dic);
  // One word list, read by two instances: with the affix file's compound rules and without them.
  const dicPath = factory.mountBuffer(dic, 'de.dic');
  const withCompounds = factory.create(factory.mountBuffer(aff, 'de-compounds.aff'), dicPath);
  const plainAff = Buffer.from(aff.toString('utf8').replace(COMPOUND_RULES, ''));
  const plain = factory.create(factory.mountBuffer(plainAff, 'de-plain.aff'), dicPath);
  const stems = dic
    .toString('utf8')
    .split('\n')
    .slice(1)
    .map((line) => line.split('/')[0] ?? '');
  const endings = endingCounts(stems);
  return {
    isWord: (word) => plain.spell(word),
    accepts: (word) => withCompounds.spell(word),
    // An inflected form counts as its entry: `schaften` as `schaft`.
    isSuffix: (ending) =>
      ['', 'e', 'n', 's', 'en', 'er', 'es', 'ern'].some(
        (inflection) =>
          ending.endsWith(inflection) &&
          (endings.get(ending.slice(0, ending.length - inflection.length)) ?? 0) >= SUFFIX_ENTRIES,
      ),
  };
}
