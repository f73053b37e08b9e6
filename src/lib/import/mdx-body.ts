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

/** One block as MDX; `lead` is the paragraph before it (a numbered list's ids follow its words). */
function blockMdx(
  block: SectionBlock,
  lead: SectionBlock | undefined,
  ids: ListIds,
  listIds: string[],
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
      const itemIds = ids.next(lead?.kind === 'paragraph' ? lead.text : undefined, block.items.length);
      listIds.push(...itemIds);
      const items = block.items.map(
        (text, item) => `  <li id="${itemIds[item]}">${block.markups?.[item] ?? escapeMdx(text)}</li>`,
      );
      return ['<ol>', ...items, '</ol>'].join('\n');
    }
    default:
      return '';
  }
}

/** The MDX body of a section, and the ids its numbered lists' items got. */
export function sectionBody(blocks: readonly SectionBlock[]): { body: string; listIds: string[] } {
  const ids = new ListIds();
  const listIds: string[] = [];
  const parts = blocks.map((block, index) => blockMdx(block, blocks[index - 1], ids, listIds));
  return { body: parts.filter((part) => part !== '').join('\n\n'), listIds };
}
