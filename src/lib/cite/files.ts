/**
 * The static BibTeX and RIS downloads: one pair for each section (`/<event>/<section>/zitat.bib`)
 * and one for the whole report (`/<event>/zitat.bib`). Shared by the four endpoint routes.
 */
import type { APIContext } from 'astro';
import { getConferences } from '~/lib/report';
import { reportWork, sectionWork } from '~/lib/cite/works';
import { toBibtex, toRis, type CitableWork } from '~/lib/cite/formats';

/** File name of the downloads in a page's folder. */
export const CITATION_FILE = 'zitat';

const types = {
  bib: 'application/x-bibtex; charset=utf-8',
  ris: 'application/x-research-info-systems; charset=utf-8',
} as const;

/** A download response for one work. */
export function citationResponse(work: CitableWork, format: keyof typeof types): Response {
  const body = format === 'bib' ? toBibtex(work) : toRis(work);
  return new Response(body, { headers: { 'content-type': types[format] } });
}

/** Static paths for the whole reports' files. */
export async function reportCitationPaths() {
  return (await getConferences()).map((conference) => ({
    params: { event: conference.slug },
    props: { conference },
  }));
}

/** Static paths for the sections' files. */
export async function sectionCitationPaths() {
  return (await getConferences()).flatMap((conference) =>
    conference.sections.map((section) => ({
      params: { event: conference.slug, section: section.slug },
      props: { conference, section },
    })),
  );
}

/** The site origin the build runs for (`SITE`); required for absolute URLs. */
export function siteOf(context: Pick<APIContext, 'site'>): URL {
  if (!context.site) throw new Error('astro.config.mjs: `site` is not set (set SITE)');
  return context.site;
}

export { reportWork, sectionWork };
