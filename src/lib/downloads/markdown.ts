/**
 * The report as Markdown: each section at `/<conference>/<slug>.md`, the whole report at `/<conference>.md`.
 * Rendered text, not the MDX source: the title, presenters and address, then the text, with no
 * frontmatter or MDX syntax. Characters that Markdown would read as markup are escaped
 * (`escapeMarkdown`); an underscore inside a word (`Mitarbeiter_innen`) is not markup and stays as it is.
 */
import { joinGerman } from '#src/lib/german/joining.ts';
import { licenseNote, type Book, type Chapter } from '#src/lib/downloads/book.ts';
import type { Block, Inline } from '#src/lib/content/document.ts';
import { escapeMarkdown } from '#src/lib/markdown.ts';

/** Escapes what would start a block at the beginning of a line (`# `, `> `, `- `, `1. `). */
function escapeLineStart(text: string): string {
  return text.replace(/^(#{1,6}|[>+=-]|\d+(?=[.)]))/u, (match) =>
    /^\d/u.test(match) ? `${match}\\` : `\\${match}`,
  );
}

function inline(content: readonly Inline[]): string {
  return content
    .map((run) => {
      if (run.type === 'text') return escapeMarkdown(run.value);
      if (run.type === 'break') return '  \n';
      if (run.type === 'emphasis') return `*${inline(run.children)}*`;
      if (run.type === 'strong') return `**${inline(run.children)}**`;
      if (run.type === 'code') return `\`${run.value}\``;
      return `[${inline(run.children)}](${run.href.replace(/[()\s]/gu, encodeURIComponent)})`;
    })
    .join('');
}

function block(item: Block, depth: number): string {
  switch (item.type) {
    case 'paragraph':
      return escapeLineStart(inline(item.content));
    case 'heading':
      return `${'#'.repeat(Math.min(depth + item.level, 6))} ${inline(item.content)}`;
    case 'list':
      return item.items
        .map((entry, index) =>
          [
            `${item.ordered ? `${index + 1}.` : '-'} ${inline(entry.content)}`,
            ...(entry.lists ?? []).map((inner) => block(inner, depth).replace(/^/gmu, '   ')),
          ].join('\n'),
        )
        .join('\n');
    case 'quote':
      return item.blocks.map((inner) => block(inner, depth).replace(/^/gmu, '> ')).join('\n>\n');
    case 'code': {
      const fence = '`'.repeat(
        Math.max(3, ...[...item.text.matchAll(/`+/gu)].map((run) => run[0].length + 1)),
      );
      return `${fence}\n${item.text}\n${fence}`;
    }
    case 'table': {
      const row = (cells: readonly Inline[][]) =>
        `| ${cells.map((cell) => inline(cell).replace(/\|/gu, '\\|')).join(' | ')} |`;
      const [head = [], ...body] = item.rows;
      return [row(head), `|${head.map(() => ' --- |').join('')}`, ...body.map(row)].join('\n');
    }
  }
}

/** A section: heading at `level`, presenters, address, text. */
function chapterMarkdown(chapter: Chapter, level: number): string {
  return [
    `${'#'.repeat(level)} ${escapeMarkdown(chapter.title)}`,
    ...(chapter.presenters.length > 0
      ? [`Referierende: ${escapeMarkdown(joinGerman(chapter.presenters))}`]
      : []),
    `<${chapter.url}>`,
    ...chapter.blocks.map((item) => block(item, level)),
  ].join('\n\n');
}

/** One section as a Markdown file, with a line saying which report it belongs to. */
export function sectionMarkdown(chapter: Chapter, book: Book): string {
  const source = `Aus: ${escapeMarkdown(book.title)}, ${escapeMarkdown(book.dateLabel)}. ${escapeMarkdown(book.author)}.`;
  return `${chapterMarkdown(chapter, 1)}\n\n---\n\n${source} <${book.url}>\n`;
}

/** The whole report as one Markdown file: title, facts, then every section at the level of its number. */
export function reportMarkdown(book: Book): string {
  const facts = [
    `Veranstalter: ${escapeMarkdown(book.author)}${book.organizerFullName ? ` (${escapeMarkdown(book.organizerFullName)})` : ''}`,
    ...(book.funding ? [`Förderung: ${escapeMarkdown(book.funding)}`] : []),
    `Online: <${book.url}>`,
    escapeMarkdown(licenseNote(book.license)) + (book.license?.url ? ` <${book.license.url}>` : ''),
  ];
  const head = [
    `# ${escapeMarkdown(book.title)}`,
    escapeMarkdown(book.dateLabel),
    facts.map((line) => `- ${line}`).join('\n'),
  ];
  return `${[...head, ...book.chapters.map((chapter) => chapterMarkdown(chapter, chapter.depth + 1))].join('\n\n')}\n`;
}
