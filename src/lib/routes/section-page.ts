/**
 * What a report section's page shows beside its text, assembled from the data module: title and card,
 * citation meta tags and structured data, breadcrumbs, the chapter's sections and the neighbours, the
 * „Teilen“ snippet and the citation box. The route (`src/pages/[conference]/[section].astro`) renders it.
 */
import { render } from 'astro:content';
import { absoluteUrl, siteOrigin } from '#src/lib/addresses/origin.ts';
import { licenseLine } from '#src/lib/downloads/book.ts';
import { citationPath, homePath, legalPagePath, recordingPosterPath } from '#src/lib/addresses/paths.ts';
import { drawnPosterSource, POSTER_HEIGHT, POSTER_WIDTH } from '#src/lib/materials/poster.ts';
import { recordingCspDirectives } from '#src/lib/materials/platforms.ts';
import { sectionCard } from '#src/lib/cards/card-text.ts';
import { CARD_HEIGHT, CARD_WIDTH } from '#src/lib/cards/draw.ts';
import { germanCitation, highwireTags } from '#src/lib/cite/formats.ts';
import { sectionGraph } from '#src/lib/cite/jsonld-report.ts';
import { conferenceWork, sectionWork } from '#src/lib/cite/works.ts';
import { getConferences, getRegister, type Conference, type ReportSection } from '#src/lib/report.ts';
import { reportCrumbLabel } from '#src/lib/naming/labels.ts';
import { findChildren, findNeighbours, findParent, numberedTitle } from '#src/lib/sections.ts';
import { sectionShareContent, snippetConferenceLine, utmFromEnv } from '#src/lib/share/snippets.ts';
import { shownKind } from '#src/lib/outline.ts';

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
