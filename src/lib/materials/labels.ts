/**
 * What the site calls materials and their files: the German label of each kind (declared with the
 * schema, `src/schemas/choices.ts`, which the editor shows too), page counts and a section's media in
 * a few words. The file types themselves are in `src/lib/file-types.ts`. Pure.
 */
import type { MaterialKind } from '#src/lib/file-types.ts';
import { materialKindLabels } from '#src/schemas/choices.ts';
import { joinGerman } from '#src/lib/german/joining.ts';

export { materialKindLabels };

/** `1 Seite`, `12 Seiten`, with a no-break space: the number never ends a line without its word. */
export function countPages(pages: number): string {
  return pages === 1 ? '1\u00a0Seite' : `${pages}\u00a0Seiten`;
}

/** The fields of a section that say what it carries beyond its text. */
export interface MediaCarrier {
  materials: readonly { kind: MaterialKind }[];
  photos: readonly unknown[];
  recording?: unknown;
}

/**
 * What a section carries beyond its text, in a few words for its search result and its newsletter
 * snippet: `Folien, Fotos und Aufzeichnung`; empty when it carries nothing.
 */
export function mediaSummary(section: MediaCarrier): string {
  const parts = [...new Set(section.materials.map((material) => materialKindLabels[material.kind]))];
  if (section.photos.length > 0) parts.push('Fotos');
  if (section.recording !== undefined) parts.push('Aufzeichnung');
  return joinGerman(parts);
}

/** A material's file as a list names it: `PDF, 3 Seiten, 16 KB`. */
export function materialFile(material: { format: string; pages: number | undefined; size: string }): string {
  return [material.format, material.pages === undefined ? '' : countPages(material.pages), material.size]
    .filter(Boolean)
    .join(', ');
}

/** A material's facts after its title: `Folien · PDF, 3 Seiten, 16 KB`. */
export function materialFacts(material: {
  kindLabel: string;
  format: string;
  pages: number | undefined;
  size: string;
}): string {
  return `${material.kindLabel} · ${materialFile(material)}`;
}
