/**
 * A PDF's text layer as plain text, laid out the way the source-text rules read it: one line per
 * printed line, a blank line between paragraphs (a wider gap than the body's line spacing, or a change
 * of type size, as at a heading), a form feed between pages. Running heads and page numbers stay in;
 * `parseSourceText` recognises and removes them.
 */

/** A run of text on a page as pdf.js gives it: baseline position and size in points. */
export interface PositionedText {
  str: string;
  /** Left edge. */
  x: number;
  /** Baseline, from the page's bottom edge. */
  y: number;
  width: number;
  /** Type size. */
  height: number;
  /** The font's name in the PDF: a heading set in bold has another than the body. */
  font?: string | undefined;
}

interface PrintedLine {
  text: string;
  x: number;
  y: number;
  height: number;
  /** The font most of the line is set in. */
  font: string | undefined;
}

/** Runs whose baselines differ by less than this share a line. */
const SAME_LINE = 2;
/** A gap wider than this many times the body's line spacing separates paragraphs. */
const PARAGRAPH_GAP = 1.3;
/** Type sizes that differ by more than this share are a change of style (a heading). */
const SIZE_CHANGE = 0.05;

/** Groups a page's runs into printed lines, top to bottom, each line's runs left to right. */
function printedLines(items: readonly PositionedText[]): PrintedLine[] {
  const runs = items
    .filter((item) => item.str !== '')
    .toSorted((a, b) => (Math.abs(a.y - b.y) < SAME_LINE ? a.x - b.x : b.y - a.y));
  const lines: { runs: PositionedText[]; y: number }[] = [];
  for (const run of runs) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line.y - run.y) < SAME_LINE) line.runs.push(run);
    else lines.push({ runs: [run], y: run.y });
  }
  return lines.map(({ runs: lineRuns, y }) => {
    let text = '';
    let end: number | undefined;
    for (const run of lineRuns.toSorted((a, b) => a.x - b.x)) {
      const gap = end === undefined ? 0 : run.x - end;
      if (end !== undefined && gap > run.height * 0.15 && !/\s$/u.test(text) && !/^\s/u.test(run.str))
        text += ' ';
      text += run.str;
      end = run.x + run.width;
    }
    const visible = lineRuns.filter((run) => run.str.trim() !== '');
    const height = Math.max(0, ...visible.map((run) => run.height));
    const font = mostCommonFont(visible);
    return { text: text.replace(/\s+$/u, ''), x: lineRuns[0]?.x ?? 0, y, height, font };
  });
}

/** The font most of the runs' characters are set in. */
function mostCommonFont(runs: readonly PositionedText[]): string | undefined {
  const totals = new Map<string | undefined, number>();
  for (const run of runs) totals.set(run.font, (totals.get(run.font) ?? 0) + run.str.length);
  return [...totals.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** The most common value, weighted: the body's type size by its characters, its line spacing by its lines. */
function mostCommon(values: readonly { value: number; weight: number }[]): number | undefined {
  const totals = new Map<number, number>();
  for (const { value, weight } of values) totals.set(value, (totals.get(value) ?? 0) + weight);
  return [...totals.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

const round = (value: number) => Math.round(value * 2) / 2;

/** A numbered list item starts a line: „1. …“ or „1) …“. */
const LIST_MARK = /^\d{1,2}[.)]\s/u;
const SENTENCE_END = /[.!?:][“”"»)]?$/u;

/**
 * Marks the first line of a heading set in larger type than the body, with its level (1 for the
 * largest size): `parseSourceText` reads the block as a heading of that level, numbered or not.
 */
export const HEADING_MARK = '\u0001';
/** Type this much larger than the body's is a heading's. */
const HEADING_SIZE = 1.08;
/** A heading line is short and does not end like a sentence. */
const MAX_HEADING_LINE = 120;

/** The heading level of a printed line by its type size, or undefined for body text. */
function headingLevels(lines: readonly PrintedLine[], bodySize: number) {
  const isHeading = (line: PrintedLine) =>
    bodySize > 0 &&
    round(line.height) >= bodySize * HEADING_SIZE &&
    line.text.trim().length <= MAX_HEADING_LINE &&
    !/[.,;]$/u.test(line.text.trim());
  const sizes = [...new Set(lines.filter(isHeading).map((line) => round(line.height)))].sort((a, b) => b - a);
  return (line: PrintedLine) => (isHeading(line) ? sizes.indexOf(round(line.height)) + 1 : undefined);
}

/** The text of a PDF's pages, as `parseSourceText` reads it. */
export function pdfPagesToText(pages: readonly (readonly PositionedText[])[]): string {
  const linesOfPages = pages.map(printedLines);
  const all = linesOfPages.flat();
  const bodySize =
    mostCommon(all.map((line) => ({ value: round(line.height), weight: line.text.length }))) ?? 0;
  const spacings = linesOfPages.flatMap((lines) =>
    lines.slice(1).flatMap((line, index) => {
      const previous = lines[index];
      return previous && round(previous.height) === bodySize && round(line.height) === bodySize
        ? [{ value: round(previous.y - line.y), weight: 1 }]
        : [];
    }),
  );
  const spacing = mostCommon(spacings) ?? bodySize * 1.2;
  const levelOf = headingLevels(all, bodySize);

  return linesOfPages
    .map((lines) =>
      lines
        .flatMap((line, index) => {
          const previous = lines[index - 1];
          const level = levelOf(line);
          // The first line of a heading carries its level for the source-text rules (`HEADING_MARK`).
          const startsHeading =
            level !== undefined && (previous === undefined || levelOf(previous) !== level);
          const text = startsHeading ? `${HEADING_MARK}${level}${line.text}` : line.text;
          if (previous === undefined) return [text];
          const gap = previous.y - line.y;
          // Larger type has wider line spacing of its own: compare the gap with what its size needs.
          const expected = spacing * (Math.max(line.height, previous.height) / (bodySize || 1));
          const sizeChange =
            Math.abs(line.height - previous.height) > SIZE_CHANGE * Math.max(line.height, previous.height) ||
            line.font !== previous.font;
          const listStart = LIST_MARK.test(line.text) && SENTENCE_END.test(previous.text);
          return gap > expected * PARAGRAPH_GAP || sizeChange || listStart || startsHeading
            ? ['', text]
            : [text];
        })
        .join('\n'),
    )
    .join('\n\f');
}
