/**
 * The source-text rules of the developers' guide: a report as extracted from its PDF becomes clean blocks,
 * and only the PDF's artefacts go:
 *
 * - a hyphen at a line end is removed when the next line starts lower case
 *   (`Ge-` / `lingensbedingungen` → `Gelingensbedingungen`) and kept otherwise
 *   (`INTESO-Online-` / `Befragung`, `(Nicht-` / `)Nutzung`); a hyphen before `und`, `oder` … is the
 *   first half of a pair (`Haupt-` / `und Ehrenamtliche`) and keeps its space;
 * - a page-break gap inside a paragraph closes up (`Welco-` … `me Points`);
 * - page numbers and running heads (lines at the top or bottom of two or more pages that read alike,
 *   digits aside) are not text, nor is the bookmark list at the end (lines that start with a tab);
 * - runs of white space become one space.
 *
 * Spelling, gender forms and slips of the pen stay as they are. The importer and the tests share these
 * rules.
 */
import type { SourceBlock } from '#src/lib/import/blocks.ts';
import { classifyBlock, HeadingSequence, headingParts } from '#src/lib/import/headings.ts';
import { HEADING_MARK } from '#src/lib/import/read-pdf.ts';

const LOWER_CASE_START = /^[a-zäöüß]/u;

/** A line-end hyphen before one of these words ends the first half of a pair (`Haupt- und Ehrenamt`). */
const PAIR_CONTINUATION = /^(?:und|oder|bzw\.|sowie|bis|als auch|wie)\s/u;

/** Joins the lines of one block, applying the line-end hyphen rule. */
export function joinLines(lines: readonly string[]): string {
  let text = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    if (text === '') {
      text = line;
    } else if (text.endsWith('-') && PAIR_CONTINUATION.test(line)) {
      text = `${text} ${line}`;
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

/** A page of extracted text: its lines, blank lines included. */
type Page = string[];

/** A page break in text without form feeds: three or more blank lines in a row. */
const PAGE_GAP = 3;

/** Splits the text into pages: at form feeds where the extraction wrote them, else at long gaps. */
function splitPages(lines: readonly string[], formFeeds: boolean): Page[] {
  if (formFeeds) {
    const pages: Page[] = [[]];
    for (const line of lines) {
      const parts = line.split('\f');
      pages[pages.length - 1]?.push(parts[0] ?? '');
      for (const part of parts.slice(1)) pages.push([part]);
    }
    return pages;
  }
  const pages: Page[] = [];
  let current: Page = [];
  let blanks = 0;
  for (const line of lines) {
    if (line.trim() === '') {
      blanks += 1;
      current.push(line);
      continue;
    }
    if (blanks >= PAGE_GAP && current.some((entry) => entry.trim() !== '')) {
      pages.push(current);
      current = [];
    }
    blanks = 0;
    current.push(line);
  }
  pages.push(current);
  return pages;
}

/** A page number on its own line: `3`, `- 3 -`, `Seite 3`, `Seite 3 von 12`, `3 / 12`. */
const PAGE_NUMBER = /^(?:Seite\s+|S\.\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:\/|von)\s*\d{1,4})?$/iu;

/** How an edge line reads once its digits are set aside: running heads often carry the page number. */
const furnitureKey = (line: string) => collapseWhitespace(line).replace(/\d+/gu, '#');

/** A page's first two and last two non-blank lines (by index): where running heads and page numbers sit. */
function edgeLines(page: Page): { top: number[]; bottom: number[] } {
  const filled = page.flatMap((line, index) => (line.trim() === '' ? [] : [index]));
  return { top: filled.slice(0, 2), bottom: filled.slice(-2) };
}

/**
 * Removes page numbers and running heads: lines at a page's top or bottom that are a page number, or
 * that read alike (digits aside) at the same edge of two or more pages, and of at least 40 % of them.
 */
export function removePageFurniture(pages: readonly Page[]): Page[] {
  const seen = new Map<string, number>();
  const keysOf = (page: Page) => {
    const { top, bottom } = edgeLines(page);
    const keys = (edge: string, indexes: number[]) =>
      indexes.map((index) => ({ index, key: `${edge}:${furnitureKey(page[index] ?? '')}` }));
    return [...keys('top', top), ...keys('bottom', bottom)];
  };
  for (const page of pages) {
    for (const key of new Set(keysOf(page).map((edge) => edge.key))) seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  const least = Math.max(2, Math.ceil(pages.length * 0.4));
  return pages.map((page) => {
    const furniture = new Set(
      keysOf(page)
        .filter(({ index, key }) => {
          const text = collapseWhitespace(page[index] ?? '');
          return PAGE_NUMBER.test(text) || (text.length <= 120 && (seen.get(key) ?? 0) >= least);
        })
        .map(({ index }) => index),
    );
    return page.map((line, index) => (furniture.has(index) ? '' : line));
  });
}

/** The bookmark list a PDF extraction appends: from the first line that starts with a tab, to the end. */
function withoutBookmarks(lines: readonly string[]): string[] {
  let start = lines.length;
  for (let index = lines.length - 1; index >= 0; index -= 1) {
    const line = lines[index] ?? '';
    if (line.startsWith('\t')) start = index;
    else if (line.trim() !== '') break;
  }
  return lines.slice(0, start);
}

/** A sentence ends with a full stop, a question or exclamation mark or a colon, perhaps then a quote or bracket. */
const SENTENCE_END = /[.!?:…][“”"»)]?$/u;

/**
 * True when the first line of a page goes on with the block the previous page ended with: it starts
 * lower case, or that block (a paragraph of two or more lines, not a heading) stopped mid-sentence.
 */
function continuesAcrossPages(previous: readonly string[] | undefined, line: string): boolean {
  if (previous === undefined) return false;
  if (LOWER_CASE_START.test(line.trim())) return true;
  const last = previous[previous.length - 1]?.trim() ?? '';
  return previous.length >= 2 && !SENTENCE_END.test(last);
}

/**
 * Splits extracted text into blocks of lines. A block that ends in a hyphen, or a page whose text
 * goes on in lower case, continues across a page-break gap.
 */
export function splitIntoLineBlocks(raw: string): string[][] {
  const lines = withoutBookmarks(raw.replace(/\r\n?/gu, '\n').split('\n'));
  const pages = removePageFurniture(splitPages(lines, raw.includes('\f')));
  const blocks: string[][] = [];
  let current: string[] = [];
  let pageBreak = false;
  const close = () => {
    if (current.length > 0) blocks.push(current);
    current = [];
  };
  pages.forEach((page, pageIndex) => {
    if (pageIndex > 0) pageBreak = true;
    for (const line of page) {
      if (line.trim() === '') {
        // A block that ends in a hyphen continues after the gap (a page break within a word).
        const last = current[current.length - 1]?.trim() ?? '';
        if (!last.endsWith('-')) close();
        continue;
      }
      if (pageBreak && current.length === 0 && continuesAcrossPages(blocks[blocks.length - 1], line)) {
        // The page goes on with the paragraph the previous page ended with.
        current = blocks.pop() ?? [];
      }
      pageBreak = false;
      current.push(line);
    }
  });
  close();
  return blocks;
}

/**
 * Parses text extracted from a PDF (or from the importer's PDF reader) into headings, paragraphs and
 * numbered list items. The first block is the report's title when it reads like one.
 */
export function parseSourceText(raw: string): SourceBlock[] {
  const sequence = new HeadingSequence();
  return splitIntoLineBlocks(raw).map((lines, index) => {
    const first = lines[0] ?? '';
    const marked = first.startsWith(HEADING_MARK) ? /^.(\d)/u.exec(first) : null;
    if (marked) {
      // A heading the PDF reader found by its type size (`read-pdf.ts`): its level, and its number if typed.
      const text = joinLines([first.slice(2), ...lines.slice(1)]);
      const parts = headingParts(text);
      if (parts) sequence.accept(parts.number);
      return {
        kind: 'heading',
        number: parts?.number ?? null,
        text: parts?.title ?? text,
        level: Number(marked[1]),
      };
    }
    return classifyBlock(joinLines(lines), { lines: lines.length, first: index === 0, sequence });
  });
}
