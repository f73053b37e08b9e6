/**
 * One splitter for every reader: the blocks of a report become its title and its sections. A section
 * starts at each heading; text before the first numbered heading is the section „Einleitung“;
 * consecutive items of a numbered list become one list.
 */
import type { SourceBlock } from '#src/lib/import/blocks.ts';

/** A block of a section's text. */
export type SectionBlock = { kind: 'paragraph'; text: string } | { kind: 'list'; items: string[] };

/** A section of an imported report, before it gets a slug, kind and register entries. */
export interface ImportedSection {
  /** The report's number for it (`2.1`); undefined for the opening text and unnumbered headings. */
  number: string | undefined;
  title: string;
  blocks: SectionBlock[];
}

export interface ImportedReport {
  /** The report's own title (its first line, when that reads like a title). */
  title: string | undefined;
  sections: ImportedSection[];
}

/** The title the opening text gets when the report gives it none. */
export const OPENING_TITLE = 'Einleitung';

/** Splits the blocks of a report into its title and sections. */
export function splitIntoSections(blocks: readonly SourceBlock[]): ImportedReport {
  let title: string | undefined;
  const sections: ImportedSection[] = [];
  let current: ImportedSection | undefined;

  blocks.forEach((block, index) => {
    if (block.kind === 'heading') {
      if (block.number === null && index === 0) {
        title = block.text;
        return;
      }
      current = { number: block.number ?? undefined, title: block.text, blocks: [] };
      sections.push(current);
      return;
    }
    if (current === undefined) {
      current = { number: undefined, title: OPENING_TITLE, blocks: [] };
      sections.push(current);
    }
    const last = current.blocks[current.blocks.length - 1];
    if (block.kind === 'list-item') {
      if (last?.kind === 'list' && block.ordinal === last.items.length + 1) last.items.push(block.text);
      else if (block.ordinal === 1) current.blocks.push({ kind: 'list', items: [block.text] });
      else current.blocks.push({ kind: 'paragraph', text: `${block.ordinal}. ${block.text}` });
      return;
    }
    current.blocks.push({ kind: 'paragraph', text: block.text });
  });
  return {
    title,
    sections: sections.filter((section) => section.number !== undefined || section.blocks.length > 0),
  };
}

/** How many numbered headings the report has: none means it cannot be split. */
export function numberedSections(report: ImportedReport): number {
  return report.sections.filter((section) => section.number !== undefined).length;
}
