/** German words for the content model's values, in one place. */
import type { OrganizationData, PlaceData, SectionKind } from '#src/schemas/index.ts';
import type { RegisterKind } from '#src/lib/addresses/paths.ts';
import { organizationNameAlone, type NamedOrganization } from '#src/lib/naming/names.ts';

/** The site's name: in every page title, the header, the feeds, the cards and the JSON-LD. */
export const SITE_NAME = 'Tagungsdoku';

/** The help page for newsletter editors: its title and every link to it (src/pages/newsletter-hilfe.mdx). */
export const NEWSLETTER_HELP_NAME = 'Newsletter-Hilfe';

/** The one name of the page with the whole report on it: header, home page, contents and rail say it alike. */
export const REPORT_PAGE_NAME = 'Ganzer Bericht';

/**
 * What the breadcrumbs call a conference's whole report: its one name, or, when the site carries
 * several conferences, the year that tells them apart („Bericht 2018“).
 */
export function reportCrumbLabel(conference: { date: Date }, conferenceCount: number): string {
  return conferenceCount > 1 ? `Bericht ${conference.date.getUTCFullYear()}` : REPORT_PAGE_NAME;
}

/** How each kind of section is called on the site. */
export const sectionKindLabels: Record<SectionKind, string> = {
  introduction: 'Einleitung',
  welcome: 'Begrüßung',
  'chapter-intro': 'Kapiteleinleitung',
  'project-talk': 'Projektvortrag',
  'guest-talk': 'Gastvortrag',
  'closing-comment': 'Schlusskommentar',
};

/** What each part of the register is called (its overview's title, its breadcrumb). */
export const registerKindLabels: Record<RegisterKind, string> = {
  people: 'Referierende',
  topics: 'Themen',
  organizations: 'Institutionen',
  places: 'Orte',
};

/** What each kind of organization is called in the register. */
export const organizationKindLabels: Record<OrganizationData['kind'], string> = {
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

/** What each kind of place is called in the register. */
export const placeKindLabels: Record<PlaceData['kind'], string> = {
  kommune: 'Kommune',
  stadtbezirk: 'Stadtbezirk',
  land: 'Bundesland',
  staat: 'Staat',
};

/**
 * Whose conference it was, after „Tagung“: „des Forschungsprojekts INTESO“ for the kinds of
 * organization that go by a short name behind their kind; any other organizer by its name in
 * brackets („Tagung (Hochschule Düsseldorf)“), which needs no article the register does not know.
 */
const organizerGenitives: Partial<Record<OrganizationData['kind'], string>> = {
  forschungsprojekt: 'des Forschungsprojekts',
  forschungsgruppe: 'der Forschungsgruppe',
  foerderprogramm: 'des Förderprogramms',
};

/** „Tagung des Forschungsprojekts INTESO“, „Zweite Tagung (Hochschule Düsseldorf)“ (see above). */
export function conferenceByOrganizer(
  conferenceWord: string,
  organizer: NamedOrganization & { kind: OrganizationData['kind'] },
): string {
  const name = organizationNameAlone(organizer);
  const genitive = organizerGenitives[organizer.kind];
  return genitive ? `${conferenceWord} ${genitive} ${name}` : `${conferenceWord} (${name})`;
}

/** `1 Abschnitt`, `3 Abschnitte`. */
export function countSections(count: number): string {
  return count === 1 ? '1 Abschnitt' : `${count} Abschnitte`;
}

const longDate = new Intl.DateTimeFormat('de-DE', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** `15. Juni 2018`. */
export function formatDateGerman(date: Date): string {
  return longDate.format(date);
}

/** `2018-06-15`, for `<time datetime>`. */
export function formatIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * A conference in one line, by its report's title and its date: `Tagung „Integration im Sozialraum“ ·
 * 15. Juni 2018` on its social cards; with `separator` `, ` where the line runs on as text (snippets).
 */
export function conferenceLine(conference: { reportTitle: string; date: Date }, separator = ' · '): string {
  return `${conference.reportTitle}${separator}${formatDateGerman(conference.date)}`;
}
