/**
 * The one front-matter splitter: an MDX file's YAML between two `---` lines, and the text below it.
 * Line ends may be `\n` or `\r\n`. The build's safety check, the editor's YAML style, the importer and
 * the tools split section files here; Astro reads them with its own parser. Pure, no dependencies.
 */

/** An MDX file split at its front matter. */
export interface FrontMatterParts {
  /** The YAML between the two `---` lines, unparsed. */
  frontMatter: string;
  /** Everything after the closing `---` line. */
  body: string;
  /** The 1-based line of the file on which `body` begins. */
  bodyLine: number;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/u;

/** Splits a file at its front matter; `undefined` when it does not begin with one. */
export function splitFrontMatter(text: string): FrontMatterParts | undefined {
  const match = FRONT_MATTER.exec(text);
  if (!match) return undefined;
  return {
    frontMatter: match[1] ?? '',
    body: text.slice(match[0].length),
    bodyLine: match[0].split('\n').length + (match[0].endsWith('\n') ? 0 : 1),
  };
}
