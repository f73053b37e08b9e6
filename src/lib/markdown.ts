/**
 * The site's one Markdown escaper, for text that goes into Markdown as it is: the snippets editors
 * paste into a newsletter and the Markdown downloads. Pure and dependency-free, so the browser's share
 * code uses it too.
 */

/**
 * Text with what Markdown would read as inline markup escaped: `\`, `` ` ``, `*`, `[`, `]`, `<`, `>`,
 * and an underscore at the edge of a word (`_betont_`). An underscore inside a word
 * (`Mitarbeiter_innen`) is no markup and stays as it is.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*[\]<>]/gu, (char) => `\\${char}`)
    .replace(/(^|[^\p{L}\p{N}])_|_(?=$|[^\p{L}\p{N}])/gu, (match) => match.replace('_', '\\_'));
}
