/**
 * The report as a book's table of contents: sections nested by their numbers (`2` holds `2.1`–`2.3`),
 * and what a list says beside a section's title: its kind where the title does not say it, and who
 * presented it where the title does not name them. One rule for every list (programme, whole report,
 * register, topics), so that the same section reads the same wherever it is listed.
 */
import { joinGerman } from '#src/lib/german/joining.ts';
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

/** A title as a reader sees it, for comparing: no soft hyphens, one space between words. */
function plainTitle(title: string): string {
  return title.replace(/\u00ad/gu, '').replace(/\s+/gu, ' ');
}

/**
 * The presenters a title does not name already: `Schlusskommentar durch Prof. Dr. Ulrich Deinet` names
 * its presenter, so a byline below it would say the name twice. Compared by the name without the
 * academic title, so that `Ulrich Deinet: …` counts too.
 */
export function presentersNotInTitle<P extends { name: string }>(
  title: string,
  presenters: readonly P[],
): P[] {
  const shown = plainTitle(title);
  return presenters.filter((person) => !shown.includes(plainTitle(person.name)));
}

/**
 * The line below a section's title in a list: its kind where the titles do not say it, then the
 * presenters the shown title does not name (`Projektvortrag · Katja Jepkens und Kai Hauprich`);
 * empty when both are said already. `shownTitle` is the title the list sets (the short or the full one).
 */
export function sectionByline(
  section: {
    kindLabel: string;
    title: string;
    shortTitle: string;
    presenters: readonly { name: string; displayName: string }[];
  },
  shownTitle: string,
): string {
  const people = presentersNotInTitle(shownTitle, section.presenters).map((person) => person.displayName);
  return [shownKind(section), joinGerman(people)].filter(Boolean).join(' · ');
}
