/**
 * What a report section's page shows beside its text, assembled from the data module: title and card,
 * citation meta tags and structured data, breadcrumbs, the chapter's sections and the neighbours, the
 * „Teilen“ snippet and the citation box. The route (`src/pages/[conference]/[section].astro`) renders it.
 */
import { render } from 'astro:content';
import { absoluteUrl, siteOrigin } from '~/lib/addresses/origin';
import { licenseLine } from '~/lib/downloads/book';
import { citationPath, homePath, legalPagePath, recordingPosterPath } from '~/lib/addresses/paths';
import { drawnPosterSource, POSTER_HEIGHT, POSTER_WIDTH } from '~/lib/materials/poster';
import { recordingCspDirectives } from '~/lib/materials/platforms';
import { sectionCard } from '~/lib/cards/card-text';
import { CARD_HEIGHT, CARD_WIDTH } from '~/lib/cards/draw';
import { germanCitation, highwireTags } from '~/lib/cite/formats';
import { sectionGraph } from '~/lib/cite/jsonld-report';
import { conferenceWork, sectionWork } from '~/lib/cite/works';
import { getConferences, getRegister, type Conference, type ReportSection } from '~/lib/report';
import { reportCrumbLabel } from '~/lib/naming/labels';
import { findChildren, findNeighbours, findParent, numberedTitle } from '~/lib/sections';
import { sectionShareContent, snippetConferenceLine, utmFromEnv } from '~/lib/share/snippets';
import { shownKind } from '~/lib/outline';

/** Everything the section's page needs, for one section of one conference. */
export async function sectionPage(conference: Conference, section: ReportSection) {
  const [{ Content }, register, conferences] = await Promise.all([
    render(section.entry),
    getRegister(),
    getConferences(),
  ]);
  const site = siteOrigin();
  const work = sectionWork(section, conference, site);
  const card = sectionCard(section, conference);
  const title = numberedTitle({ number: section.number, title: section.shortTitle });
  const parent = findParent(section, conference.sections);
  return {
    /** The section's text. */
    Content,
    /** The short title, numbered: the page's title and its last breadcrumb. */
    title,
    /** The small line above the heading (the section's kind), where the title does not say it. */
    kind: shownKind(section),
    card: { path: card.path, alt: card.alt },
    /** Google Scholar's `citation_*` meta tags. */
    highwireTags: highwireTags(work),
    jsonLd: sectionGraph(work, conferenceWork(conference, site)),
    /** `Start › Ganzer Bericht › 2 Chapter › 2.1 Section`. */
    crumbs: [
      { label: 'Start', href: homePath() },
      { label: reportCrumbLabel(conference, conferences.length), href: conference.url },
      ...(parent ? [{ label: parent.numberedTitle, href: parent.url }] : []),
      { label: title },
    ],
    /** Who has a page of their own in the register (the facts link people there or to the list). */
    presenterIds: register.presenterIds,
    /** The sections of the chapter this section opens. */
    children: findChildren(section, conference.sections),
    ...findNeighbours(section, conference.sections),
    share: sectionShareContent(section, snippetConferenceLine(conference), work.url, {
      url: absoluteUrl(card.path, site),
      alt: card.alt,
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
    }),
    /** What the section carries beyond its text: materials, photos, a recording. */
    media: { materials: section.materials, photos: section.photos, recording: section.recording },
    /** The poster the site draws for a video recording that has no poster file. */
    drawnPoster:
      drawnPosterSource(section.recording) !== undefined
        ? {
            src: recordingPosterPath(conference.slug, section.slug),
            width: POSTER_WIDTH,
            height: POSTER_HEIGHT,
          }
        : undefined,
    /** The Datenschutzerklärung, which a platform recording's note links. */
    privacyPath: legalPagePath('datenschutz'),
    /** What this page adds to the site's CSP: the frame of the platform it embeds on click, if any. */
    cspDirectives: recordingCspDirectives(section),
    /** UTM parameters set for this build (`SHARE_UTM_*`). */
    utm: utmFromEnv(process.env),
    /** The citation box's props. */
    citation: {
      citation: germanCitation(work),
      bibtex: citationPath(section.url, 'bib'),
      ris: citationPath(section.url, 'ris'),
      license: licenseLine(conference.license),
      fileName: work.key,
    },
  };
}
