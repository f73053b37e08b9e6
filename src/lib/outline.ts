/**
 * The report as a book's table of contents: sections nested by their numbers (`2` holds `2.1`–`2.3`),
 * and whether a section's kind is worth a label of its own beside its title.
 */
import { wordsOf } from '#src/lib/german/words.ts';
import { parentNumber } from '#src/lib/sections.ts';

/** A section with the sections numbered below it. */
export interface OutlineEntry<T> {
  section: T;
  children: OutlineEntry<T>[];
}

/**
 * Nests sections in reading order by their numbers: `2.1` goes below `2`, an unnumbered section or
 * one whose parent number is not in the list stays on the top level.
 */
export function nestSections<T extends { number?: string | undefined }>(
  sections: readonly T[],
): OutlineEntry<T>[] {
  const top: OutlineEntry<T>[] = [];
  const byNumber = new Map<string, OutlineEntry<T>>();
  for (const section of sections) {
    const entry: OutlineEntry<T> = { section, children: [] };
    const parent = byNumber.get(parentNumber(section.number) ?? '');
    (parent ? parent.children : top).push(entry);
    if (section.number !== undefined) byNumber.set(section.number, entry);
  }
  return top;
}

/**
 * Whether the kind's label adds something to the title: not for „Einleitung“ over „Einleitung“, nor
 * „Begrüßung“ over „Begrüßung und Auftakt“. Compared word by word, case aside, with every given title.
 */
export function kindAddsToTitle(kindLabel: string, titles: readonly string[]): boolean {
  const label = kindLabel.toLocaleLowerCase('de');
  return !titles.some((title) => wordsOf(title.toLocaleLowerCase('de')).includes(label));
}

/** A section's kind as a label beside its title, or undefined where the title already says it. */
export function shownKind(section: {
  kindLabel: string;
  title: string;
  shortTitle: string;
}): string | undefined {
  return kindAddsToTitle(section.kindLabel, [section.title, section.shortTitle])
    ? section.kindLabel
    : undefined;
}
