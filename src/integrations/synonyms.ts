/**
 * Reads the search's synonym sources at build time: OpenThesaurus (a committed, gzipped copy in
 * src/data/openthesaurus/, LGPL; see its README) and the team's `content/synonyms.yaml`. Bad input
 * in the team's file fails the build with the file and the field.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { synonymRulesSchema } from '#src/schemas/synonyms.ts';
import { contentFile } from '#src/lib/content/collections.ts';
import { parseThesaurus, type SynonymRules, type SynonymSet } from '#src/lib/search/synonyms.ts';

const THESAURUS = fileURLToPath(new URL('../data/openthesaurus/openthesaurus.txt.gz', import.meta.url));

/** OpenThesaurus's sets, single words only. */
export function loadThesaurus(path = THESAURUS): SynonymSet[] {
  return parseThesaurus(gunzipSync(readFileSync(path)).toString('utf8'));
}

/** Where the team's file lives: `content/synonyms.yaml`, or below `TAGUNGSDOKU_CONTENT`. */
export function synonymRulesPath(): string {
  return contentFile('synonyms');
}

/** Parses the team's synonym file; bad input fails with the file and the field. */
export function parseSynonymRules(text: string, filePath: string): SynonymRules {
  let data: unknown;
  try {
    data = parse(text) ?? {};
  } catch (error) {
    throw new Error(`${filePath}: ${(error as Error).message}`, { cause: error });
  }
  const result = synonymRulesSchema.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`,
    );
    throw new Error(`${filePath}: ${problems.join('; ')}`);
  }
  return { sets: result.data.synonyms, blocked: result.data.blocked };
}

/** The team's rules; no file means none. */
export function loadSynonymRules(path = synonymRulesPath()): SynonymRules {
  if (!existsSync(path)) return { sets: [], blocked: [] };
  return parseSynonymRules(readFileSync(path, 'utf8'), path);
}
