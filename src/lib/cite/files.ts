/**
 * The static BibTeX and RIS downloads: one pair for each section (`/<event>/<section>/zitat.bib`)
 * and one for the whole report (`/<event>/zitat.bib`). Each of the four endpoint routes is one call here.
 */
import type { APIRoute } from 'astro';
import { siteOrigin } from '~/lib/addresses/origin';
import { getConferences, type Conference, type ReportSection } from '~/lib/report';
import { reportWork, sectionWork } from '~/lib/cite/works';
import { toBibtex, toRis, type CitableWork } from '~/lib/cite/formats';
import type { CitationFormat } from '~/lib/addresses/paths';

const types: Record<CitationFormat, string> = {
  bib: 'application/x-bibtex; charset=utf-8',
  ris: 'application/x-research-info-systems; charset=utf-8',
};

/** A download response for one work. */
function citationResponse(work: CitableWork, format: CitationFormat): Response {
  const body = format === 'bib' ? toBibtex(work) : toRis(work);
  return new Response(body, { headers: { 'content-type': types[format] } });
}

/** The route of a whole report's file: `export const { getStaticPaths, GET } = reportCitationRoute('bib')`. */
export function reportCitationRoute(format: CitationFormat) {
  const getStaticPaths = async () =>
    (await getConferences()).map((conference) => ({
      params: { event: conference.slug },
      props: { conference },
    }));
  const GET: APIRoute<{ conference: Conference }> = (context) =>
    citationResponse(reportWork(context.props.conference, siteOrigin()), format);
  return { getStaticPaths, GET };
}

/** The route of each section's file: `export const { getStaticPaths, GET } = sectionCitationRoute('ris')`. */
export function sectionCitationRoute(format: CitationFormat) {
  const getStaticPaths = async () =>
    (await getConferences()).flatMap((conference) =>
      conference.sections.map((section) => ({
        params: { event: conference.slug, section: section.slug },
        props: { conference, section },
      })),
    );
  const GET: APIRoute<{ conference: Conference; section: ReportSection }> = (context) =>
    citationResponse(sectionWork(context.props.section, context.props.conference, siteOrigin()), format);
  return { getStaticPaths, GET };
}
