/**
 * German words for the content model's values, in one place. The labels of the schemas' choices (the
 * kinds of section, organization and place) are in `src/schemas/choices.ts`, which the schemas declare
 * with each `z.enum` (`.meta({ labels })`) for the editor; the site reads them here.
 */
import { germanConferenceDate, isoConferenceDate, type ConferenceDate } from '#src/lib/conference-date.ts';
import type { OrganizationData } from '#src/schemas/index.ts';
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
export function reportCrumbLabel(conference: { date: ConferenceDate }, conferenceCount: number): string {
  return conferenceCount > 1 ? `Bericht ${conference.date.year}` : REPORT_PAGE_NAME;
}

/** What each part of the register is called (its overview's title, its breadcrumb). */
export const registerKindLabels: Record<RegisterKind, string> = {
  people: 'Referierende',
  topics: 'Themen',
  organizations: 'Institutionen',
  places: 'Orte',
};

export { organizationKindLabels, placeKindLabels, sectionKindLabels } from '#src/schemas/choices.ts';

/**
 * What an entry's page in each part of the register shows, said where two parts hold an entry of the
 * same name (`Welcome Points`, a topic and an institution), so that a reader knows which is which.
 */
export const registerKindContents: Record<RegisterKind, string> = {
  people: 'die Person, mit ihren Funktionen und Beiträgen',
  topics: 'das Thema, mit den wichtigsten Stellen, die davon handeln',
  organizations: 'die Institution selbst, mit ihrer Art, ihrem Ort und den Abschnitten, die sie nennen',
  places: 'der Ort selbst, mit den Abschnitten, die ihn nennen',
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

/** `15. Juni 2018`; a conference's month date `September 2021` (`src/lib/conference-date.ts`). */
export function formatDateGerman(date: Date | ConferenceDate): string {
  return date instanceof Date ? longDate.format(date) : germanConferenceDate(date);
}

/** `2018-06-15`, for `<time datetime>`; a conference's month date `2021-09`, which ISO 8601 allows. */
export function formatIsoDate(date: Date | ConferenceDate): string {
  return date instanceof Date ? date.toISOString().slice(0, 10) : isoConferenceDate(date);
}

/**
 * A conference in one line, by its report's title and its date: `Tagung „Integration im Sozialraum“ ·
 * 15. Juni 2018` on its social cards; with `separator` `, ` where the line runs on as text (snippets).
 */
export function conferenceLine(
  conference: { reportTitle: string; date: ConferenceDate },
  separator = ' · ',
): string {
  return `${conference.reportTitle}${separator}${formatDateGerman(conference.date)}`;
}
