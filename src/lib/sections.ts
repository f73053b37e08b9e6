/**
 * Pure helpers for the structure of a report: order, nesting by section number, neighbours.
 */

/** The fields these helpers need from a section. */
export interface SectionPosition {
  order: number;
  number?: string | undefined;
  slug: string;
}

/** Sorts sections by their position in the report (a new array). */
export function sortByOrder<T extends SectionPosition>(sections: readonly T[]): T[] {
  return [...sections].sort((a, b) => a.order - b.order);
}

/** `2.1` → `2`; `2` → undefined. */
export function parentNumber(number: string | undefined): string | undefined {
  if (number === undefined) return undefined;
  const cut = number.lastIndexOf('.');
  return cut === -1 ? undefined : number.slice(0, cut);
}

/** Nesting depth by number: the opening paragraphs and `2` are 1, `2.1` is 2. */
export function depthOf(number: string | undefined): number {
  return number === undefined ? 1 : number.split('.').length;
}

/** The section whose number is the parent of this one's, if any. */
export function findParent<T extends SectionPosition>(section: T, sections: readonly T[]): T | undefined {
  const parent = parentNumber(section.number);
  return parent === undefined ? undefined : sections.find((candidate) => candidate.number === parent);
}

/** The sections directly below this one (`2` → `2.1`, `2.2`, `2.3`), in report order. */
export function findChildren<T extends SectionPosition>(section: T, sections: readonly T[]): T[] {
  if (section.number === undefined) return [];
  return sortByOrder(sections.filter((candidate) => parentNumber(candidate.number) === section.number));
}

/** The sections before and after this one in reading order. */
export function findNeighbours<T extends SectionPosition>(
  section: T,
  sections: readonly T[],
): { previous: T | undefined; next: T | undefined } {
  const sorted = sortByOrder(sections);
  const index = sorted.findIndex((candidate) => candidate.slug === section.slug);
  return { previous: index > 0 ? sorted[index - 1] : undefined, next: sorted[index + 1] };
}

/** `2.1 INTESO – Forschungsdesign und Rückblick`, or the title alone where there is no number. */
export function numberedTitle(section: { number?: string | undefined; title: string }): string {
  return section.number === undefined ? section.title : `${section.number} ${section.title}`;
}
