/**
 * One splitter for every reader: the blocks of a report become its title and its sections.
 *
 * Which headings start a section: a heading with a number (typed or Word's own) always does; of the
 * others, those down to the level that divides the report into its talks and parts — the shallowest
 * level of the document's markup that occurs at least twice (a lone heading above it, „Vorkonferenz“
 * before five `##` talks, is a part of its own), or the level of the numbered headings when there are
 * some. Deeper headings stay inside their section as subheadings. Text before the first section
 * heading is the section „Einleitung“; a report without any heading is one section, and says so
 * (`unstructured`) for the review list. Consecutive items of a numbered list become one list, bullet
 * items one bullet list; a footnote goes to the section whose text points to it.
 */
import type { InlineText, SourceBlock } from '#src/lib/import/blocks.ts';

/** A block of a section's text. */
export type SectionBlock =
  | ({ kind: 'paragraph' } & InlineText)
  /** A numbered list; `markups` holds each item's markup where it has any. */
  | { kind: 'list'; items: string[]; markups?: (string | undefined)[] }
  | { kind: 'bullets'; items: (InlineText & { depth: number })[]; quoted?: boolean }
  /** A heading below the section's level; `level` 1 is the first level below the section title. */
  | { kind: 'subheading'; level: number; text: string }
  | ({ kind: 'quote' } & InlineText)
  | { kind: 'code'; text: string; language?: string | undefined }
  | ({ kind: 'footnote'; label: string } & InlineText)
  | { kind: 'table'; rows: InlineText[][]; text: string }
  | { kind: 'image'; contentType: string; base64: string; alt: string; text: string }
  | { kind: 'dropped'; what: string };

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
  /** True when the report has no heading to divide it: it is one section. */
  unstructured?: boolean;
}

/** The title the opening text gets when the report gives it none. */
export const OPENING_TITLE = 'Einleitung';
/** The title of the one section of a report without headings. */
export const WHOLE_REPORT_TITLE = 'Bericht';

type Heading = Extract<SourceBlock, { kind: 'heading' }>;

/** The index of the report's title among the blocks, or -1. */
function titleIndex(blocks: readonly SourceBlock[]): number {
  const marked = blocks.findIndex((block) => block.kind === 'heading' && block.title === true);
  if (marked >= 0) return marked;
  const first = blocks[0];
  return first?.kind === 'heading' && first.number === null ? 0 : -1;
}

/** Decides for each heading (by its index) whether it starts a section; the rest are subheadings. */
export function sectionHeadings(blocks: readonly SourceBlock[], title: number): Map<number, boolean> {
  const headings = blocks.flatMap((block, index) =>
    block.kind === 'heading' && index !== title ? [{ block, index }] : [],
  );
  const numberedLevels = headings.flatMap(({ block }) =>
    block.number !== null && block.level !== undefined ? [block.level] : [],
  );
  let sectionLevel: number;
  if (headings.some(({ block }) => block.number !== null)) {
    sectionLevel = numberedLevels.length > 0 ? Math.max(...numberedLevels) : Number.POSITIVE_INFINITY;
  } else {
    const counts = new Map<number, number>();
    for (const { block } of headings)
      if (block.level !== undefined) counts.set(block.level, (counts.get(block.level) ?? 0) + 1);
    const levels = [...counts.keys()].sort((a, b) => a - b);
    sectionLevel = levels.find((level) => (counts.get(level) ?? 0) >= 2) ?? levels[0] ?? 0;
  }
  return new Map(
    headings.map(({ block, index }) => [
      index,
      block.number !== null || block.level === undefined || block.level <= sectionLevel,
    ]),
  );
}

/** Adds a block to a section, joining list items to the list before them. */
function append(section: ImportedSection, block: SourceBlock, subLevel: (heading: Heading) => number): void {
  const last = section.blocks[section.blocks.length - 1];
  const inline = (value: { text: string; markup?: string | undefined }) =>
    value.markup === undefined ? { text: value.text } : { text: value.text, markup: value.markup };
  if (block.kind === 'list-item') {
    if (last?.kind === 'list' && block.ordinal === last.items.length + 1) {
      last.items.push(block.text);
      (last.markups ??= []).push(block.markup);
    } else if (block.ordinal === 1)
      section.blocks.push({ kind: 'list', items: [block.text], markups: [block.markup] });
    else section.blocks.push({ kind: 'paragraph', text: `${block.ordinal}. ${block.text}` });
  } else if (block.kind === 'bullet') {
    const item = { depth: block.depth, ...inline(block) };
    if (last?.kind === 'bullets' && (last.quoted ?? false) === (block.quoted ?? false)) last.items.push(item);
    else section.blocks.push({ kind: 'bullets', items: [item], ...(block.quoted ? { quoted: true } : {}) });
  } else if (block.kind === 'heading') {
    section.blocks.push({ kind: 'subheading', level: subLevel(block), text: block.text });
  } else if (block.kind === 'dropped') section.blocks.push({ kind: 'dropped', what: block.what });
  else if (block.kind === 'paragraph' || block.kind === 'quote')
    section.blocks.push({ kind: block.kind, ...inline(block) });
  else section.blocks.push(block);
}

/** Moves each footnote to the section whose text carries its mark (Word puts them all at the end). */
function placeFootnotes(sections: ImportedSection[]): void {
  const notes = sections.flatMap((section) => {
    const own = section.blocks.filter((block) => block.kind === 'footnote');
    section.blocks = section.blocks.filter((block) => block.kind !== 'footnote');
    return own;
  });
  for (const note of notes) {
    const mark = `[^${note.label}]`;
    const home =
      sections.find((section) => section.blocks.some((block) => JSON.stringify(block).includes(mark))) ??
      sections[sections.length - 1];
    home?.blocks.push(note);
  }
}

/** Splits the blocks of a report into its title and sections. */
export function splitIntoSections(blocks: readonly SourceBlock[]): ImportedReport {
  const titleAt = titleIndex(blocks);
  const title = titleAt >= 0 ? (blocks[titleAt] as Heading).text : undefined;
  const starts = sectionHeadings(blocks, titleAt);
  const anySection = [...starts.values()].some(Boolean);
  const sections: ImportedSection[] = [];
  let current: ImportedSection | undefined;
  let currentLevel = 0;
  const subLevel = (heading: Heading) => Math.max(1, (heading.level ?? currentLevel + 1) - currentLevel);

  blocks.forEach((block, index) => {
    if (index === titleAt) return;
    if (block.kind === 'heading' && starts.get(index)) {
      current = { number: block.number ?? undefined, title: block.text, blocks: [] };
      currentLevel = block.level ?? 0;
      sections.push(current);
      return;
    }
    if (current === undefined) {
      current = { number: undefined, title: anySection ? OPENING_TITLE : WHOLE_REPORT_TITLE, blocks: [] };
      sections.push(current);
    }
    append(current, block, subLevel);
  });
  placeFootnotes(sections);
  return {
    title,
    sections,
    ...(anySection ? {} : { unstructured: true }),
  };
}

/** The running text of a block — paragraphs, list items, quotes, notes, table cells — in reading order. */
export function blockTexts(block: SectionBlock): string[] {
  switch (block.kind) {
    case 'list':
      return block.items;
    case 'bullets':
      return block.items.map((item) => item.text);
    case 'table':
      return block.rows.flatMap((row) => row.map((cell) => cell.text));
    case 'paragraph':
    case 'quote':
    case 'footnote':
      return [block.text];
    default:
      return [];
  }
}
