/**
 * The content's choices: the values of each `z.enum` in the schemas, and the German word for each
 * value. The schemas declare these words with the enum (`.meta({ labels })`), where the editor reads
 * them; the site reads the same records (`src/lib/naming/labels.ts`, `src/lib/materials/labels.ts`).
 * No Zod here, so that browser code that names a value (the share panel's snippets) stays small.
 */
import type { MaterialKind } from '#src/lib/file-types.ts';

/** The kinds of contribution a report section records. */
export const sectionKinds = [
  'introduction',
  'welcome',
  'chapter-intro',
  'project-talk',
  'guest-talk',
  'panel',
  'workshop',
  'closing-comment',
] as const;
export type SectionKind = (typeof sectionKinds)[number];

/** How each kind of section is called, on the site and in the editor. */
export const sectionKindLabels: Readonly<Record<SectionKind, string>> = {
  introduction: 'Einleitung',
  welcome: 'Begrüßung',
  'chapter-intro': 'Kapiteleinleitung',
  'project-talk': 'Projektvortrag',
  'guest-talk': 'Gastvortrag',
  panel: 'Podium',
  workshop: 'Workshop',
  'closing-comment': 'Schlusskommentar',
};

/** What kind of institution an organization is. */
export const organizationKinds = [
  'hochschule',
  'institut',
  'forschungsprojekt',
  'forschungsgruppe',
  'foerderprogramm',
  'verwaltung',
  'ministerium',
  'stiftung',
  'unternehmen',
  'einrichtung',
] as const;

/** How each kind of organization is called, in the register and in the editor. */
export const organizationKindLabels: Readonly<Record<(typeof organizationKinds)[number], string>> = {
  hochschule: 'Hochschule',
  institut: 'Institut',
  forschungsprojekt: 'Forschungsprojekt',
  forschungsgruppe: 'Forschungsgruppe',
  foerderprogramm: 'Förderprogramm',
  verwaltung: 'Verwaltung',
  ministerium: 'Ministerium',
  stiftung: 'Stiftung',
  unternehmen: 'Unternehmen',
  einrichtung: 'Einrichtung',
};

/** What kind of place a place is. */
export const placeKinds = ['kommune', 'stadtbezirk', 'land', 'staat'] as const;

/** How each kind of place is called, in the register and in the editor. */
export const placeKindLabels: Readonly<Record<(typeof placeKinds)[number], string>> = {
  kommune: 'Kommune',
  stadtbezirk: 'Stadtbezirk',
  land: 'Bundesland',
  staat: 'Staat',
};

/**
 * How each kind of material is called, in the list after a section's text and in the editor (the
 * kinds themselves are in `src/lib/file-types.ts`, with the file types a material may be).
 */
export const materialKindLabels: Readonly<Record<MaterialKind, string>> = {
  slides: 'Folien',
  handout: 'Handout',
  poster: 'Poster',
  document: 'Dokument',
};
