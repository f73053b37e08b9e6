/**
 * Turns the report's sections and conferences into citable works (see `formats.ts`), with absolute
 * URLs under the configured site. Pure: takes the shaped report objects and the site origin.
 */
import type { ConferenceDate } from '#src/lib/conference-date.ts';
import { absoluteUrl } from '#src/lib/addresses/origin.ts';
import type { CitableWork, Creator } from '#src/lib/cite/formats.ts';
import { personCreator } from '#src/lib/cite/formats.ts';
import { organizationName, type NamedOrganization } from '#src/lib/naming/names.ts';
import { numberedTitle } from '#src/lib/sections.ts';

/** The fields of a conference these helpers use. */
export interface CitedConference {
  slug: string;
  title: string;
  reportTitle: string;
  date: ConferenceDate;
  url: string;
  organizer: NamedOrganization & { kind: string };
}

/** The fields of a section these helpers use. */
export interface CitedSection {
  slug: string;
  number?: string | undefined;
  title: string;
  url: string;
  presenters: readonly {
    sortName: string;
    name: string;
    honorific?: string | undefined;
    displayName: string;
  }[];
}

/** The organiser as publisher and editor: `Forschungsprojekt INTESO`. */
export function organizerName(organizer: CitedConference['organizer']): string {
  const name = organizer.shortName ?? organizationName(organizer);
  return organizer.kind === 'forschungsprojekt' ? `Forschungsprojekt ${name}` : name;
}

function bibKey(conference: CitedConference, suffix?: string): string {
  const organizer = (conference.organizer.shortName ?? conference.slug)
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '');
  const base = `${organizer}${conference.date.year}`;
  return suffix ? `${base}-${suffix}` : base;
}

/** One section as a citable work: its presenters as authors, or the organiser where there are none. */
export function sectionWork(
  section: CitedSection,
  conference: CitedConference,
  site: URL | string,
): CitableWork {
  const publisher = organizerName(conference.organizer);
  const creators: Creator[] =
    section.presenters.length > 0
      ? section.presenters.map(personCreator)
      : [{ kind: 'organization', name: publisher }];
  return {
    kind: 'section',
    key: bibKey(conference, section.slug),
    title: numberedTitle(section),
    creators,
    publisher,
    reportTitle: conference.reportTitle,
    conferenceTitle: conference.title,
    date: conference.date,
    url: absoluteUrl(section.url, site),
  };
}

/** A conference's whole report as a citable work, credited to the organiser. */
export function conferenceWork(conference: CitedConference, site: URL | string): CitableWork {
  const publisher = organizerName(conference.organizer);
  return {
    kind: 'report',
    key: bibKey(conference),
    title: conference.reportTitle,
    creators: [{ kind: 'organization', name: publisher }],
    publisher,
    reportTitle: conference.reportTitle,
    conferenceTitle: conference.title,
    date: conference.date,
    url: absoluteUrl(conference.url, site),
  };
}
