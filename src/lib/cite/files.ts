/**
 * The static BibTeX and RIS downloads: one pair for each section (`/<conference>/<section>/zitat.bib`)
 * and one for the whole report (`/<conference>/zitat.bib`). Each of the four endpoint routes answers
 * with one call here.
 */
import { siteOrigin } from '~/lib/addresses/origin';
import type { CitationFormat } from '~/lib/addresses/paths';
import type { Conference, ReportSection } from '~/lib/report';
import { conferenceWork, sectionWork } from '~/lib/cite/works';
import { toBibtex, toRis, type CitableWork } from '~/lib/cite/formats';

const types: Record<CitationFormat, string> = {
  bib: 'application/x-bibtex; charset=utf-8',
  ris: 'application/x-research-info-systems; charset=utf-8',
};

/** A download response for one work. */
function citationResponse(work: CitableWork, format: CitationFormat): Response {
  const body = format === 'bib' ? toBibtex(work) : toRis(work);
  return new Response(body, { headers: { 'content-type': types[format] } });
}

/** The whole report's citation file. */
export function conferenceCitationFile(conference: Conference, format: CitationFormat): Response {
  return citationResponse(conferenceWork(conference, siteOrigin()), format);
}

/** One section's citation file. */
export function sectionCitationFile(
  section: ReportSection,
  conference: Conference,
  format: CitationFormat,
): Response {
  return citationResponse(sectionWork(section, conference, siteOrigin()), format);
}
