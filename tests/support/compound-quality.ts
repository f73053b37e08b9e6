/**
 * Measures the compound splitter on a text whose compound boundaries are marked by hand
 * (`Jugend|hilfe|planung`, see tests/fixtures/compounds/): recall of the parts a reader may search
 * for, precision of the parts the splitter adds, and wrong parts that begin with a common word.
 */
import { readFileSync } from 'node:fs';

export interface MarkedWord {
  word: string;
  segments: string[];
}

/** The marked words of a fixture (lines starting with `#` are comments), each distinct word once. */
export function readMarkedWords(path: string): MarkedWord[] {
  const text = readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => !line.startsWith('#'))
    .join('\n');
  const seen = new Set<string>();
  const words: MarkedWord[] = [];
  for (const marked of text.match(/[\p{L}|]+/gu) ?? []) {
    const word = marked.replace(/\|/gu, '');
    if (seen.has(word)) continue;
    seen.add(word);
    words.push({ word, segments: marked.toLowerCase().split('|') });
  }
  return words;
}

/** The fixture's list of common words (one a line, `#` comments). */
export function readWordList(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

export interface SplitterQuality {
  /** Parts of five or more letters after a word's first part. */
  expected: number;
  /** Of those, the ones a search finds: some added part begins where the part begins and starts with it. */
  findable: number;
  misses: string[];
  /** Parts the splitter added. */
  added: number;
  /** Of those, the ones that begin at a marked boundary and end at one (or before a linking s/n/en/e/es/er/ns). */
  right: number;
  wrong: string[];
  /** Wrong parts that begin with a common word: a search for that word would find this word's page. */
  commonWordHits: string[];
}

const LINKING = /^(?:s|es|n|en|e|er|ns)$/u;

export function measureSplitter(
  words: readonly MarkedWord[],
  parts: (word: string) => string[],
  commonWords: readonly string[],
): SplitterQuality {
  const quality: SplitterQuality = {
    expected: 0,
    findable: 0,
    misses: [],
    added: 0,
    right: 0,
    wrong: [],
    commonWordHits: [],
  };
  for (const { word, segments } of words) {
    const lower = word.toLowerCase();
    const boundaries = new Set<number>();
    let at = 0;
    for (const segment of segments) {
      boundaries.add(at);
      at += segment.length;
    }
    boundaries.add(at);
    const found = parts(word);
    at = segments[0]?.length ?? 0;
    for (const segment of segments.slice(1)) {
      if (segment.length >= 5) {
        quality.expected += 1;
        const start = at;
        if (found.some((part) => lower.startsWith(part, start) && part.startsWith(segment)))
          quality.findable += 1;
        else quality.misses.push(`${word}: ${segment}`);
      }
      at += segment.length;
    }
    for (const part of found) {
      quality.added += 1;
      const starts = [...lower.matchAll(new RegExp(part, 'gu'))].map((match) => match.index);
      const right = starts.some((start) => {
        const end = start + part.length;
        if (!boundaries.has(start)) return false;
        if (boundaries.has(end)) return true;
        return [1, 2].some(
          (extra) => boundaries.has(end + extra) && LINKING.test(lower.slice(end, end + extra)),
        );
      });
      if (right) quality.right += 1;
      else {
        quality.wrong.push(`${word}: ${part}`);
        for (const common of commonWords)
          if (part.startsWith(common)) quality.commonWordHits.push(`${common} ← ${word}: ${part}`);
      }
    }
  }
  return quality;
}
