/**
 * The compound splitter with the real dictionary, measured on hand-marked text: the report's long
 * words and a held-out text written for this test (tests/fixtures/compounds/). Prints the figures.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { loadGermanLexicon } from '#src/integrations/german-dictionary.ts';
import { compoundSplitter } from '#src/lib/search/compound-parts.ts';
import { measureSplitter, readMarkedWords, readWordList } from '../support/compound-quality.ts';

const fixtures = new URL('../fixtures/compounds/', import.meta.url);
const commonWords = readWordList(new URL('common-words.txt', fixtures).pathname);
let parts: (word: string) => string[];

beforeAll(async () => {
  parts = compoundSplitter(await loadGermanLexicon());
});

describe.each([
  ['the report (every capitalized word of 11+ letters)', 'report-2018.txt'],
  ['the held-out text', 'held-out.txt'],
])('compound parts in %s', (name, file) => {
  test('at least 95 % of the parts of five or more letters are findable, and no wrong part begins with a common word', () => {
    const words = readMarkedWords(new URL(file, fixtures).pathname);
    expect(words.filter(({ segments }) => segments.length > 1).length).toBeGreaterThanOrEqual(40);
    const quality = measureSplitter(words, parts, commonWords);
    const percent = (a: number, b: number) => `${a}/${b} = ${((100 * a) / b).toFixed(1)} %`;
    console.info(
      [
        `${name}: recall ${percent(quality.findable, quality.expected)}, precision ${percent(quality.right, quality.added)}`,
        `  missed: ${quality.misses.join('; ') || 'none'}`,
        `  wrong: ${quality.wrong.join('; ') || 'none'}`,
      ].join('\n'),
    );
    expect(quality.findable / quality.expected).toBeGreaterThanOrEqual(0.95);
    expect(quality.commonWordHits).toEqual([]);
  });
});
