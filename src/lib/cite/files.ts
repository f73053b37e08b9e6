/**
 * The static BibTeX and RIS downloads: one pair for each section (`/<event>/<section>/zitat.bib`)
 * and one for the whole report (`/<event>/zitat.bib`). Each of the four endpoint routes is one call here.
 */
import type { APIContext, APIRoute } from 'astro';
import { getConferences, type Conference, type ReportSection } from '~/lib/report';
import { reportWork, sectionWork } from '~/lib/cite/works';
import { toBibtex, toRis, type CitableWork } from '~/lib/cite/formats';

/** File name of the downloads in a page's folder. */
export const CITATION_FILE = 'zitat';

const types = {
  bib: 'application/x-bibtex; charset=utf-8',
  ris: 'application/x-research-info-systems; charset=utf-8',
} as const;

/** A download response for one work. */
function citationResponse(work: CitableWork, format: CitationFormat): Response {
  const body = format === 'bib' ? toBibtex(work) : toRis(work);
  return new Response(body, { headers: { 'content-type': types[format] } });
}

/** The site origin the build runs for (`SITE`); required for absolute URLs. */
function siteOf(context: Pick<APIContext, 'site'>): URL {
  if (!context.site) throw new Error('astro.config.mjs: `site` is not set (set SITE)');
  return context.site;
}

export type CitationFormat = keyof typeof types;

/** The route of a whole report's file: `export const { getStaticPaths, GET } = reportCitationRoute('bib')`. */
export function reportCitationRoute(format: CitationFormat) {
  const getStaticPaths = async () =>
    (await getConferences()).map((conference) => ({
      params: { event: conference.slug },
      props: { conference },
    }));
  const GET: APIRoute<{ conference: Conference }> = (context) =>
    citationResponse(reportWork(context.props.conference, siteOf(context)), format);
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
    citationResponse(sectionWork(context.props.section, context.props.conference, siteOf(context)), format);
  return { getStaticPaths, GET };
}
