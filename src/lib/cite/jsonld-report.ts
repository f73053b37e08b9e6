/**
 * schema.org structured data for the report, as JSON-LD: the conference as an `Event` whose talks are
 * sub-events, the whole report as a `Report` about it, and each section as a `Report` that is part of
 * the whole. Pure: takes the citable works (`works.ts`) and plain facts, returns plain objects.
 * Nothing is added that the report does not give: no venue, no times, no publication date.
 */
import type { CitableWork, Creator } from '#src/lib/cite/formats.ts';
import { formatIsoDate } from '#src/lib/naming/labels.ts';

type JsonLd = Record<string, unknown>;

/** `@id`s: the page URL with a fragment that names what the node is. */
export const nodeId = {
  conference: (reportUrl: string) => `${reportUrl}#tagung`,
  report: (reportUrl: string) => `${reportUrl}#bericht`,
  organizer: (reportUrl: string) => `${reportUrl}#veranstalter`,
  talk: (sectionUrl: string) => `${sectionUrl}#vortrag`,
  section: (sectionUrl: string) => `${sectionUrl}#abschnitt`,
};

function creatorNode(creator: Creator, organizerId: string): JsonLd {
  return creator.kind === 'person'
    ? {
        '@type': 'Person',
        name: creator.name,
        ...(creator.honorific ? { honorificPrefix: creator.honorific } : {}),
        familyName: creator.family,
        givenName: creator.given,
      }
    : { '@id': organizerId };
}

function organizerNode(report: CitableWork): JsonLd {
  return { '@type': 'ResearchProject', '@id': nodeId.organizer(report.url), name: report.publisher };
}

/** The conference as an `Event`, without its talks. */
function conferenceNode(report: CitableWork): JsonLd {
  return {
    '@type': 'Event',
    '@id': nodeId.conference(report.url),
    name: report.conferenceTitle,
    startDate: formatIsoDate(report.date),
    endDate: formatIsoDate(report.date),
    inLanguage: 'de',
    url: report.url,
    organizer: { '@id': nodeId.organizer(report.url) },
  };
}

/** One talk as an `Event` of the conference, with its presenters as performers. */
function talkEvent(talk: CitableWork, report: CitableWork): JsonLd {
  return {
    '@type': 'Event',
    '@id': nodeId.talk(talk.url),
    name: talk.title,
    startDate: formatIsoDate(talk.date),
    url: talk.url,
    performer: talk.creators.map((creator) => creatorNode(creator, nodeId.organizer(report.url))),
    superEvent: { '@id': nodeId.conference(report.url) },
  };
}

/** The conference as an `Event`, with one sub-event per talk (sections with presenters). */
export function conferenceEvent(report: CitableWork, talks: readonly CitableWork[]): JsonLd {
  return {
    ...conferenceNode(report),
    subEvent: talks.filter(hasPresenters).map((talk) => talkEvent(talk, report)),
  };
}

/** The whole report: a `Report` about the conference, credited to the organiser. */
function reportSummary(report: CitableWork): JsonLd {
  return {
    '@type': 'Report',
    '@id': nodeId.report(report.url),
    name: report.title,
    url: report.url,
    inLanguage: 'de',
    author: { '@id': nodeId.organizer(report.url) },
    publisher: { '@id': nodeId.organizer(report.url) },
    about: { '@id': nodeId.conference(report.url) },
  };
}

/** The whole report with its sections as parts. */
export function reportNode(report: CitableWork, sections: readonly CitableWork[]): JsonLd {
  return {
    ...reportSummary(report),
    hasPart: sections.map((section) => ({ '@id': nodeId.section(section.url) })),
  };
}

/** One section: a `Report` that is part of the whole report and records its talk. */
export function sectionNode(section: CitableWork, report: CitableWork, isTalk: boolean): JsonLd {
  const organizerId = nodeId.organizer(report.url);
  return {
    '@type': 'Report',
    '@id': nodeId.section(section.url),
    name: section.title,
    url: section.url,
    inLanguage: 'de',
    author: section.creators.map((creator) => creatorNode(creator, organizerId)),
    publisher: { '@id': organizerId },
    isPartOf: { '@id': nodeId.report(report.url) },
    ...(isTalk
      ? { about: { '@id': nodeId.talk(section.url) } }
      : { about: { '@id': nodeId.conference(report.url) } }),
  };
}

/** The graph for the whole report's page (and the home page): organiser, conference, report, sections. */
export function reportGraph(report: CitableWork, sections: readonly CitableWork[]): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@graph': [
      organizerNode(report),
      conferenceEvent(report, sections),
      reportNode(report, sections),
      ...sections.map((section) => sectionNode(section, report, hasPresenters(section))),
    ],
  };
}

/**
 * The graph for one section's page: the section, its talk (if it was one), and the whole report
 * and the conference it belongs to, described but without their lists of parts and talks, which
 * live on the whole report's page. So a section page's data does not grow with the report.
 */
export function sectionGraph(section: CitableWork, report: CitableWork): JsonLd {
  const isTalk = hasPresenters(section);
  return {
    '@context': 'https://schema.org',
    '@graph': [
      organizerNode(report),
      sectionNode(section, report, isTalk),
      ...(isTalk ? [talkEvent(section, report)] : []),
      reportSummary(report),
      conferenceNode(report),
    ],
  };
}

/** The graph for the home page: the organiser and the conference with its talks. */
export function conferenceGraph(report: CitableWork, sections: readonly CitableWork[]): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@graph': [organizerNode(report), conferenceEvent(report, sections)],
  };
}

function hasPresenters(work: CitableWork): boolean {
  return work.creators.some((creator) => creator.kind === 'person');
}
