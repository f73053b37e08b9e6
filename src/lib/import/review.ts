/**
 * The review list's bookkeeping: while an import is planned, each guess or gap is kept as data — the
 * file, the field it concerns (a front matter or YAML key, `body` for the text, `file` for a whole new
 * entry) and the value it is about — and turned into a line number once, from the text of the files
 * as they are written. A note whose place cannot be found names its file without a line; no line is
 * guessed.
 */

/** One guess or gap, before the files are written. */
export interface ReviewNote {
  /** Path of the file, relative to the project: `content/sections/tagung-2019/01-begruessung.mdx`. */
  file: string;
  /** The field (`presenters`), `body` for a place in the text, `file` for the file as a whole. */
  field: string;
  /** The list value the note is about (`ulrich-deinet`), or a piece of the text for `body`. */
  value?: string | undefined;
  /** What was guessed or left open, in German. */
  note: string;
  /** True for a placeholder: a publication build refuses it until it is filled in. */
  placeholder: boolean;
}

/** One guess or gap the team should look at: where it is written, and what the importer did. */
export interface ReviewItem {
  file: string;
  /** Line in that file (counted from 1); undefined where the place could not be found. */
  line: number | undefined;
  note: string;
  placeholder: boolean;
}

/** The line (from 1) of the first line at or after `from` that satisfies `test`. */
function lineWhere(lines: readonly string[], test: (line: string) => boolean, from = 0): number | undefined {
  for (let index = from; index < lines.length; index += 1) if (test(lines[index] ?? '')) return index + 1;
  return undefined;
}

/** Where a note's field (and value) stands in a written file. */
export function lineOf(text: string, field: string, value?: string): number | undefined {
  const lines = text.split('\n');
  if (field === 'file') return 1;
  if (field === 'body') {
    const end = text.startsWith('---\n') ? lines.indexOf('---', 1) + 1 : 0;
    return value === undefined ? end + 1 : lineWhere(lines, (line) => line.includes(value), end);
  }
  const start = lineWhere(lines, (line) => line.startsWith(`${field}:`));
  if (value === undefined || start === undefined) return start;
  // A list of ids (`  - ulrich-deinet`), or of objects whose first field holds the value (`  - file: ./bilder/…`).
  return lineWhere(
    lines,
    (line) => line === `  - ${value}` || (/^ {2}- [\w]+: /u.test(line) && line.endsWith(`: ${value}`)),
    start,
  );
}

/** The notes with their lines, in the order of the files given, by line within a file. */
export function locateNotes(notes: readonly ReviewNote[], files: ReadonlyMap<string, string>): ReviewItem[] {
  const order = [...files.keys()];
  return notes
    .map(({ file, field, value, note, placeholder }) => ({
      file,
      line: lineOf(files.get(file) ?? '', field, value),
      note,
      placeholder,
    }))
    .sort(
      (a, b) =>
        order.indexOf(a.file) - order.indexOf(b.file) ||
        (a.line ?? Number.POSITIVE_INFINITY) - (b.line ?? Number.POSITIVE_INFINITY),
    );
}
