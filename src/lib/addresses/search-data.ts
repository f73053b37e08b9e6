/**
 * The addresses of the data files the search loads beside Pagefind's index: the instant answers and
 * the synonyms. Apart from paths.ts, so that the always-loaded search starter, which shares that
 * module, does not carry them.
 */
import { sitePath } from '#src/lib/addresses/base.ts';
import { pagefindPath } from '#src/lib/addresses/paths.ts';

/** The search's instant answers: names, topics, places and titles with their pages. */
export function searchAnswersPath(base?: string): string {
  return sitePath('/suche/antworten.json', base);
}

/** The synonyms of the words beginning with a letter (`a`–`z`, `_` for the rest), beside the index. */
export function searchSynonymsPath(shard: string): string {
  return pagefindPath(`synonyme/${shard}.json`);
}
