/**
 * The report as a book: what the PDF, the EPUB and the Markdown files say, shaped once from the same
 * content as the pages. Pure, with structural types, so it is unit-tested without Astro.
 */
import type { ConferenceDate } from '#src/lib/conference-date.ts';
import { absoluteUrl } from '#src/lib/addresses/origin.ts';
import { organizerName } from '#src/lib/cite/works.ts';
import { numberedTitle } from '#src/lib/sections.ts';
import { formatDateGerman, formatIsoDate } from '#src/lib/naming/labels.ts';
import { organizationName, type NamedOrganization } from '#src/lib/naming/names.ts';
import type { Block } from '#src/lib/content/document.ts';

/** The licence the project team gives the report under (`license` in the event file). */
export interface License {
  name: string;
  url?: string | undefined;
}

/** The fields of a conference the book uses. */
export interface BookConference {
  slug: string;
  title: string;
  reportTitle: string;
  date: ConferenceDate;
  url: string;
  summary: string;
  organizer: NamedOrganization & { kind: string };
  funding?: { funder: NamedOrganization; programme: string } | undefined;
  license?: License | undefined;
  sections: readonly BookSection[];
}

/** The fields of a section the book uses. */
export interface BookSection {
  slug: string;
  number?: string | undefined;
  title: string;
  shortTitle: string;
  depth: number;
  kindLabel: string;
  url: string;
  presenters: readonly { displayName: string }[];
}

/** One section of the report as a chapter. */
export interface Chapter {
  slug: string;
  number: string | undefined;
  /** `2.1 INTESO – Forschungsdesign und Rückblick`. */
  title: string;
  shortTitle: string;
  /** 1 for `2`, 2 for `2.1`. */
  depth: number;
  kindLabel: string;
  /** Display names of the presenters, in the report's order. */
  presenters: readonly string[];
  /** The section's page, absolute. */
  url: string;
  blocks: readonly Block[];
}

/** The whole report, ready to be written as PDF, EPUB or Markdown. */
export interface Book {
  slug: string;
  /** The report's heading: `Tagung „Integration im Sozialraum“`. */
  title: string;
  conferenceTitle: string;
  /** `15. Juni 2018`. */
  dateLabel: string;
  /** `2018-06-15`. */
  isoDate: string;
  /** The organiser as the report's author and publisher: `Forschungsprojekt INTESO`. */
  author: string;
  /** The organiser's full name where it says more than `author` (a project's long title). */
  organizerFullName: string | undefined;
  /** `Ministerium für Kultur und Wissenschaft des Landes NRW, Programm …`. */
  funding: string | undefined;
  summary: string;
  /** The whole report's page, absolute. */
  url: string;
  license: License | undefined;
  chapters: readonly Chapter[];
}

/**
 * Shapes a conference and its sections' text (`texts`, by section slug) into a book, with absolute
 * addresses under `site`.
 */
export function buildBook(
  conference: BookConference,
  texts: ReadonlyMap<string, readonly Block[]>,
  site: URL | string,
): Book {
  const author = organizerName(conference.organizer);
  const fullName = conference.organizer.name;
  return {
    slug: conference.slug,
    title: conference.reportTitle,
    conferenceTitle: conference.title,
    dateLabel: formatDateGerman(conference.date),
    isoDate: formatIsoDate(conference.date),
    author,
    organizerFullName: author.includes(fullName) ? undefined : fullName,
    funding: conference.funding
      ? `${organizationName(conference.funding.funder)}, ${conference.funding.programme}`
      : undefined,
    summary: conference.summary,
    url: absoluteUrl(conference.url, site),
    license: conference.license,
    chapters: conference.sections.map((section) => {
      const blocks = texts.get(section.slug);
      if (blocks === undefined)
        throw new Error(`No text for section "${section.slug}" of ${conference.slug}`);
      return {
        slug: section.slug,
        number: section.number,
        title: numberedTitle(section),
        shortTitle: section.shortTitle,
        depth: section.depth,
        kindLabel: section.kindLabel,
        presenters: section.presenters.map((person) => person.displayName),
        url: absoluteUrl(section.url, site),
        blocks,
      };
    }),
  };
}

/**
 * The short licence line of the download box and the citation, „Lizenz: CC BY 4.0“; none without a
 * licence, which the Impressum says once (`licenseNote`) instead of every box saying „nicht angegeben“.
 */
export function licenseLine(license: License | undefined): string | undefined {
  return license ? `Lizenz: ${license.name}` : undefined;
}

/** What the downloads say about reuse: the licence, or plainly that none is given. */
export function licenseNote(license: License | undefined): string {
  return license
    ? `Lizenz: ${license.name}`
    : 'Keine Lizenz angegeben: Die Weiterverwendung von Text und Daten ist nicht ausdrücklich erlaubt.';
}
