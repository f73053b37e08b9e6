/**
 * The static BibTeX and RIS downloads: one pair for each section (`/<conference>/<section>/zitat.bib`)
 * and one for the whole report (`/<conference>/zitat.bib`). Each of the four endpoint routes answers
 * with one call here.
 */
import { siteOrigin } from '#src/lib/addresses/origin.ts';
import type { CitationFormat } from '#src/lib/addresses/paths.ts';
import type { Conference, ReportSection } from '#src/lib/report.ts';
import { conferenceWork, sectionWork } from '#src/lib/cite/works.ts';
import { toBibtex, toRis, type CitableWork } from '#src/lib/cite/formats.ts';

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
