/**
 * The schema of `content/synonyms.yaml`: the team's own synonyms for the search, beside those of
 * OpenThesaurus (see src/lib/search/synonyms.ts). `synonyms` lists sets of words that mean the same
 * for this report's readers (a reader's word and the report's: `[Freiwillige, Ehrenamtliche]`);
 * `blocked` lists pairs the thesaurus gives that lead readers astray (`[Eröffnung, Bildung]`).
 */
import { z } from 'astro/zod';

/** One word as a reader types it: letters and hyphens, no spaces. */
const word = z
  .string()
  .trim()
  .regex(/^\p{L}[\p{L}-]*\p{L}$/u, { error: 'must be one word (letters and hyphens, no spaces)' });

export const synonymRulesSchema = z.strictObject({
  /** Sets of words that mean the same; each set has at least two words. */
  synonyms: z
    .array(z.array(word).min(2, { error: 'a set needs at least two words' }))
    .nullish()
    .transform((sets) => sets ?? []),
  /** Pairs that are not to be searched for each other, whatever the thesaurus says. */
  blocked: z
    .array(z.tuple([word, word], { error: 'a blocked pair is two words: [Wort, Wort]' }))
    .nullish()
    .transform((pairs) => pairs ?? []),
});

export type SynonymRulesFile = z.infer<typeof synonymRulesSchema>;
