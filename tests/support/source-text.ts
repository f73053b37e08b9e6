/**
 * Turns the report as extracted from its PDF into clean paragraphs, removing only PDF artefacts:
 *
 * - a hyphen at a line end is removed when the next line starts lower case
 *   (`Ge-` / `lingensbedingungen` → `Gelingensbedingungen`) and kept otherwise
 *   (`INTESO-Online-` / `Befragung`, `(Nicht-` / `)Nutzung`);
 * - a page-break gap inside a hyphenated word closes up (`Welco-` … `me Points`);
 * - the bookmark list at the end (lines that start with a tab) is not text;
 * - runs of white space become one space.
 *
 * Spelling, gender forms and slips of the pen stay as they are.
 */

/** One block of the report: a heading, a paragraph or an item of a numbered list. */
export type SourceBlock =
  | { kind: 'heading'; number: string | null; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list-item'; ordinal: number; text: string };

const LOWER_CASE_START = /^[a-zäöüß]/u;
const SECTION_HEADING = /^(\d+(?:\.\d+)?) (\S.*)$/u;
const LIST_ITEM = /^(\d+)\. (\S.*)$/u;

/** Joins the lines of one block, applying the line-end hyphen rule. */
export function joinLines(lines: readonly string[]): string {
  let text = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    if (text === '') {
      text = line;
    } else if (text.endsWith('-')) {
      text = LOWER_CASE_START.test(line) ? text.slice(0, -1) + line : text + line;
    } else {
      text = `${text} ${line}`;
    }
  }
  return collapseWhitespace(text);
}

/** Collapses every run of white space (including no-break spaces) to one space and trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0]+/gu, ' ').trim();
}

/** Splits the raw extracted text into blocks of lines, closing up gaps that split a hyphenated word. */
function splitIntoLineBlocks(raw: string): string[][] {
  const lines = raw.replace(/\r\n?/gu, '\n').split('\n');
  const firstBookmark = lines.findIndex((line) => line.startsWith('\t'));
  const textLines = firstBookmark === -1 ? lines : lines.slice(0, firstBookmark);

  const blocks: string[][] = [];
  let current: string[] = [];
  for (const line of textLines) {
    if (line.trim() !== '') {
      current.push(line);
      continue;
    }
    if (current.length === 0) continue;
    // A block that ends in a hyphen continues after a page-break gap.
    const last = current[current.length - 1]?.trim() ?? '';
    if (last.endsWith('-')) continue;
    blocks.push(current);
    current = [];
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

/** Parses the extracted report into headings, paragraphs and numbered list items. */
export function parseSourceText(raw: string): SourceBlock[] {
  return splitIntoLineBlocks(raw).map((lines, index): SourceBlock => {
    const text = joinLines(lines);
    if (index === 0) return { kind: 'heading', number: null, text };
    const heading = SECTION_HEADING.exec(text);
    if (heading?.[1] && heading[2]) return { kind: 'heading', number: heading[1], text: heading[2] };
    const item = LIST_ITEM.exec(text);
    if (item?.[1] && item[2]) return { kind: 'list-item', ordinal: Number(item[1]), text: item[2] };
    return { kind: 'paragraph', text };
  });
}

/** Abbreviations the report uses; a full stop after one of them does not end a sentence. */
const ABBREVIATIONS = /(?:^|[\s(])(?:Prof|Dr|em|ca|bzw|ggf|Bsp|s|u\.a|v\.a|z\.B|Nr)\.$/u;

/**
 * Splits a paragraph into sentences, for checks and reports that work sentence by sentence.
 * A full stop after a known abbreviation (`Prof.`, `v.a.`) does not end a sentence.
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  for (const piece of text.split(/(?<=[.?!:])\s+(?=[A-ZÄÖÜ„(])/u)) {
    const previous = sentences[sentences.length - 1];
    if (previous !== undefined && ABBREVIATIONS.test(previous)) {
      sentences[sentences.length - 1] = `${previous} ${piece}`;
    } else {
      sentences.push(piece);
    }
  }
  return sentences.map((sentence) => sentence.trim()).filter((sentence) => sentence !== '');
}
