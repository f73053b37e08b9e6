/**
 * A section's blocks as the MDX body the importer writes: paragraphs, quotes and footnotes with the
 * author's inline markup (`inline.ts`), bullet lists as Markdown lists with their nesting, numbered
 * lists with a passage id on each item (`ergebnis-1`, `schritt-1` or `punkt-1`, by the sentence that
 * leads into the list; see `list-ids.ts`), subheadings one level below the page's title, code in a
 * fence that nothing inside it closes, tables as tables. Images and what cannot be carried leave no
 * text; the review list names them.
 */
import type { InlineText } from '#src/lib/import/blocks.ts';
import { escapeMdx } from '#src/lib/import/inline.ts';
import { ListIds } from '#src/lib/import/list-ids.ts';
import type { SectionBlock } from '#src/lib/import/sections.ts';

const markupOf = (inline: InlineText) => inline.markup ?? escapeMdx(inline.text);

/** A code block in a fence longer than any run of backticks inside it. */
function codeFence(text: string, language: string | undefined): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/gu)].map((run) => run[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${language ?? ''}\n${text}\n${fence}`;
}

/** A table in GFM's pipe syntax, the first row its header. */
function table(rows: readonly (readonly InlineText[])[]): string {
  const width = Math.max(1, ...rows.map((row) => row.length));
  const line = (row: readonly InlineText[]) =>
    `| ${Array.from({ length: width }, (_, index) => markupOf(row[index] ?? { text: '' }).replace(/\|/gu, '\\|')).join(' | ')} |`;
  const [head = [], ...body] = rows;
  return [
    line(head),
    `| ${Array.from({ length: width }, () => '---').join(' | ')} |`,
    ...body.map(line),
  ].join('\n');
}

/**
 * One block as MDX; `lead` is the block before it (a numbered list's ids follow the words of a paragraph
 * there); `listIds` and `listDelimiters` collect the numbered lists' ids and delimiters so far.
 */
function blockMdx(
  block: SectionBlock,
  lead: SectionBlock | undefined,
  ids: ListIds,
  listIds: string[],
  listDelimiters: string[],
): string {
  switch (block.kind) {
    case 'paragraph':
      return markupOf(block);
    case 'quote':
      return `> ${markupOf(block)}`;
    case 'footnote':
      return `[^${block.label}]: ${markupOf(block)}`;
    case 'subheading':
      return `${'#'.repeat(Math.min(block.level + 1, 6))} ${escapeMdx(block.text)}`;
    case 'code':
      return codeFence(block.text, block.language);
    case 'table':
      return table(block.rows);
    case 'bullets':
      return block.items
        .map((item) => `${block.quoted ? '> ' : ''}${'  '.repeat(item.depth)}- ${markupOf(item)}`)
        .join('\n');
    case 'list': {
      // The ids are the ones the build gives the items (by the sentence before the list); the text is a
      // plain Markdown list, as the editor shows it, with no ids to keep.
      listIds.push(...ids.next(lead?.kind === 'paragraph' ? lead.text : undefined, block.items.length));
      // A numbered list right after another would join it in Markdown, unless its delimiter differs.
      const delimiter = lead?.kind === 'list' && listDelimiters.at(-1) === '.' ? ')' : '.';
      listDelimiters.push(delimiter);
      return block.items
        .map((text, item) => `${item + 1}${delimiter} ${block.markups?.[item] ?? escapeMdx(text)}`)
        .join('\n');
    }
    default:
      return '';
  }
}

/** The MDX body of a section, and the ids its numbered lists' items got. */
export function sectionBody(blocks: readonly SectionBlock[]): { body: string; listIds: string[] } {
  const ids = new ListIds();
  const listIds: string[] = [];
  const listDelimiters: string[] = [];
  const parts = blocks.map((block, index) =>
    blockMdx(block, blocks[index - 1], ids, listIds, listDelimiters),
  );
  return { body: parts.filter((part) => part !== '').join('\n\n'), listIds };
}
